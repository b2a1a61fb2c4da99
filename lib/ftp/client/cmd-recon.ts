/**
 * Footprinting, run for real inside the simulation: `nmap` (-sV reads the banner, -sC runs ftp-anon,
 * ftp-bounce and ftp-syst, each script on its own connection as NSE does), `ftp user@host`, and `auth` (AUTH TLS).
 * Every probe is a TCP connect plus the script's commands, so the diagram shows what a scan does.
 */
import { bytesLatin1 } from "../../util/bytes";
import { open, user } from "./cmd-session";
import { command } from "./control";
import { dropData, openData } from "./data";
import {
  fingerprint,
  ftpAnonLines,
  ftpSystLines,
  latency,
  portTable,
  scriptBlock,
  VSFTPD_GENERIC,
  VSFTPD_PRELOGIN_HELP,
  type Fingerprint,
} from "./nmap-text";
import { ask, hangUp, probe, replyOrClose, stamp } from "./recon-net";
import { explain, say, show } from "./text";
import { transfer } from "./transfer";
import type { Ctx, Job } from "./types";

interface NmapArgs {
  readonly version: boolean;
  readonly scripts: boolean;
  readonly port: number;
  readonly host: string;
}

/** Options this nmap knows (a subset: one TCP port, -sV and -sC, -Pn and -sT accepted and implied). */
function parseNmap(args: readonly string[]): NmapArgs | null {
  let version = false;
  let scripts = false;
  let port = 21;
  let host: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const p = /^-p(\d*)$/.exec(a);
    if (a === "-sV") version = true;
    else if (a === "-sC") scripts = true;
    else if (a === "-sVC" || a === "-sCV" || a === "-A") [version, scripts] = [true, true];
    else if (a === "-Pn" || a === "-sT" || a === "-n") continue;
    else if (p) {
      const n = Number(p[1] === "" ? args[++i] : p[1]);
      if (!Number.isInteger(n) || n < 1 || n > 65535) return null;
      port = n;
    } else if (!a.startsWith("-") && host === null) host = a;
    else return null;
  }
  return host === null ? null : { version, scripts, port, host };
}

/** Scan run: `nmap [-sV] [-sC] [-p PORT] HOST`. */
export function* nmap(c: Ctx, args: readonly string[]): Job {
  if (c.s.connected || c.s.connecting)
    return say(c, "client.alreadyConnected", { host: c.s.host ?? "" }, "error");
  const o = parseNmap(args);
  if (!o) return say(c, "client.usage.nmap", undefined, "error");
  const start = c.now;
  c.s.recon = true;
  try {
    show(c, `Starting Nmap 7.93 ( https://nmap.org ) at ${stamp(c, false)} UTC`, "info");
    const first = yield* probe(c, o.host, o.port);
    if (first.state === "down") {
      show(c, "Note: Host seems down. If it is really up, but blocking our ping probes, try -Pn", "info");
      return done(c, start, 0);
    }
    let fp: Fingerprint | null = null;
    if (first.state === "open") {
      const banner = yield* replyOrClose(c);
      fp = banner ? fingerprint(banner.raw) : null;
      // A custom banner hides the version, but vsftpd's pre-login answer to HELP still gives it away.
      if (!fp && o.version && banner && banner.code === 220) {
        const help = yield* ask(c, "HELP");
        if (help?.text === VSFTPD_PRELOGIN_HELP) fp = VSFTPD_GENERIC;
      }
      yield* hangUp(c, false);
    }
    const scripts = first.state === "open" && o.scripts ? yield* runScripts(c, o) : [];
    const host = first.addr && first.addr !== o.host ? `${o.host} (${first.addr})` : o.host;
    const lines = [
      `Nmap scan report for ${host}`,
      `Host is up (${latency(first.rttMs)} latency).`,
      "",
      ...portTable(o.port, first.state, o.version ? (fp?.product ?? "") : null),
      ...scripts,
      ...(o.version && fp?.info ? [`Service Info: ${fp.info}`] : []),
    ];
    if (o.version)
      lines.push(
        "",
        "Service detection performed. Please report any incorrect results at https://nmap.org/submit/ .",
      );
    show(c, lines.join("\n"), "info");
    explain(c, "client.note.nmap", { port: o.port, state: first.state });
    done(c, start, 1);
  } finally {
    c.s.recon = false;
  }
}

function done(c: Ctx, start: number, up: number): void {
  const secs = ((c.now - start) / 1000).toFixed(2);
  show(c, `Nmap done: 1 IP address (${up} host${up === 1 ? "" : "s"} up) scanned in ${secs} seconds`, "info");
}

/** scanme.nmap.org, the third host ftp-bounce names in its PORT. */
const SCANME = "45.33.32.156";

/** The default scripts for FTP, in nmap's (alphabetical) order; each one logs in anonymously. */
function* runScripts(c: Ctx, o: NmapArgs): Job<string[]> {
  const out: string[] = [];
  const anon = yield* scriptSession(c, o, function* () {
    const mode = c.s.mode;
    c.s.mode = "passive"; // NSE's ftp library always asks for PASV
    try {
      if (!(yield* openData(c))) return "";
      const t = yield* transfer(c, "LIST");
      return bytesLatin1(t.received);
    } finally {
      c.s.mode = mode;
      dropData(c);
    }
  });
  if (anon) out.push(...scriptBlock("ftp-anon", ftpAnonLines(anon.code, anon.value)));
  // ftp-bounce asks the server to connect to a third host (scanme.nmap.org, port 80); it reports only
  // a server that accepts (vsftpd refuses unless port_promiscuous=YES, and the script stays silent).
  const bounce = yield* scriptSession(c, o, function* () {
    const r = yield* command(c, `PORT ${SCANME.split(".").join(",")},0,80`);
    return r?.code === 200;
  });
  if (bounce?.value) out.push(...scriptBlock("ftp-bounce", ["bounce working!"]));
  const syst = yield* scriptSession(c, o, function* () {
    yield* command(c, "SYST");
    const stat = yield* command(c, "STAT");
    return stat?.code === 211 ? stat.lines : null;
  });
  if (syst?.value) out.push(...scriptBlock("ftp-syst", ftpSystLines(syst.value)));
  return out;
}

/** Connect, log in as anonymous (IEUser@, NSE's password), run `body`, QUIT. Null if login failed. */
function* scriptSession<T>(c: Ctx, o: NmapArgs, body: () => Job<T>): Job<{ code: number; value: T } | null> {
  const p = yield* probe(c, o.host, o.port);
  if (p.state !== "open") return null;
  yield* replyOrClose(c);
  let r = yield* ask(c, "USER anonymous");
  if (r?.code === 331) r = yield* ask(c, "PASS IEUser@");
  if (r?.code !== 230) {
    yield* hangUp(c);
    return null;
  }
  const value = yield* body();
  yield* hangUp(c);
  return { code: 230, value };
}

/** `ftp [user@]host [port]`: open, then log in as that user at once (the password is asked). */
export function* ftp(c: Ctx, args: readonly string[]): Job {
  const [target, port] = args as [string, string?];
  const at = target.lastIndexOf("@");
  const name = at > 0 ? target.slice(0, at) : null;
  const host = at >= 0 ? target.slice(at + 1) : target;
  yield* open(c, port === undefined ? [host] : [host, port]);
  if (name !== null && c.s.connected) yield* user(c, [name]);
}

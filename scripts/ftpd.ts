/**
 * npm run ftpd -- [--host 127.0.0.1] [--port 2121] [--config vsftpd.conf] [--root DIR] [--etc DIR]
 *                 [--user NAME:PASS[:UID[:GID]]]… [--trace FILE|-] [--trace-limit MIB] [--upload-budget MIB]
 *                 [--max-clients N] [--max-per-ip N] [--write] [--write-limit MIB]
 *                 [--live] [--live-port N] [--live-origin URL]…
 * The simulator's vsftpd engine on real sockets. Loopback unless told otherwise (--host, or the config's
 * listen_address, or listen_ipv6=YES with listen_address6; listen_ipv6 alone listens on ::1). With --root or a config
 * naming anon_root/local_root it serves those directories from disk, as vsftpd does (real owners and
 * modes decide access); changes stay in memory (the disk is never written), within an upload budget.
 * --write makes them real on disk (when the config's write_enable and anon_* tunables allow them), at
 * most --write-limit MiB added in all and per file (lib/node/disk-writer.ts).
 * max_clients / max_per_ip come from the config (vsftpd's defaults 2000 / 50); the flags override them.
 * The trace is one JSON-lines stream for the whole run (seq continues across sessions; conn tells them apart).
 * --live also serves, on 127.0.0.1, each session's trace as it happens (lib/node/live-http.ts) and the built
 * workbench (out/), whose Live source draws them.
 */
import { createWriteStream, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { parseConfig } from "../lib/ftp/server/config";
import { buildHost, ownerOf } from "../lib/node/host";
import { RealFtpServer } from "../lib/node/real-server";
import { boundedSink } from "../lib/node/trace-writer";
import { LiveHub } from "../lib/node/live-hub";
import { RealDisk } from "../lib/node/disk-writer";
import { LiveHttp } from "../lib/node/live-http";
import { buildServer, type ServerHost } from "../lib/sim/compose";
import { DEFAULT_CONFIG } from "../lib/sim/defaults";
import type { ScenarioUser } from "../lib/sim/scenario";
import { ByteBudget } from "../lib/vfs/budget";

const MIB = 2 ** 20;
/** Bytes of trace a stream may have queued before entries are dropped (and counted). */
const TRACE_QUEUE = 4 * MIB;

interface Args {
  host?: string;
  port: number;
  config?: string;
  root?: string;
  /** Where passwd and group are read (owners' names, the anonymous account); /etc by default. */
  etc?: string;
  users: { name: string; password: string; uid?: number; gid?: number }[];
  trace?: string;
  traceLimitMib: number;
  uploadBudgetMib: number;
  maxClients?: number;
  maxPerIp?: number;
  write: boolean;
  writeLimitMib: number;
  live: boolean;
  livePort: number;
  liveOrigins: string[];
}

/** The live view's default port, the one the workbench's Live source proposes. */
const LIVE_PORT = 8021;

const USAGE =
  "usage: npm run ftpd -- [--host 127.0.0.1] [--port 2121] [--config vsftpd.conf] [--root DIR] [--etc DIR] [--user NAME:PASS[:UID[:GID]]]... [--trace FILE|-] [--trace-limit MIB] [--upload-budget MIB] [--max-clients N] [--max-per-ip N] [--write] [--write-limit MIB] [--live] [--live-port N] [--live-origin URL]...";

function fail(message: string): never {
  console.error(`ftpd: ${message}\n${USAGE}`);
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const a: Args = {
    port: 2121,
    users: [],
    traceLimitMib: 256,
    uploadBudgetMib: 1024,
    write: false,
    writeLimitMib: 2048,
    live: false,
    livePort: LIVE_PORT,
    liveOrigins: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = () => argv[++i] ?? fail(`${flag} needs a value`);
    const int = (v: string, lo: number, hi: number) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < lo || n > hi)
        fail(`${flag} wants a whole number from ${lo} to ${hi}, not "${v}"`);
      return n;
    };
    if (flag === "--host") a.host = value();
    else if (flag === "--port") a.port = int(value(), 0, 65535);
    else if (flag === "--config") a.config = value();
    else if (flag === "--root") a.root = value();
    else if (flag === "--etc") a.etc = value();
    else if (flag === "--trace") a.trace = value();
    else if (flag === "--trace-limit") a.traceLimitMib = int(value(), 1, 1 << 20);
    else if (flag === "--upload-budget") a.uploadBudgetMib = int(value(), 0, 1 << 20);
    else if (flag === "--max-clients") a.maxClients = int(value(), 0, 100000);
    else if (flag === "--max-per-ip") a.maxPerIp = int(value(), 0, 100000);
    else if (flag === "--write") a.write = true;
    else if (flag === "--write-limit") a.writeLimitMib = int(value(), 0, 1 << 22);
    else if (flag === "--live") a.live = true;
    else if (flag === "--live-port") a.livePort = int(value(), 0, 65535);
    else if (flag === "--live-origin") {
      const v = value();
      const origin = /^https?:\/\/[^/?#\s]+$/i.test(v) ? v.toLowerCase() : null;
      if (!origin)
        fail(
          `--live-origin wants an origin such as https://example.org (scheme and host, no path), not "${v}"`,
        );
      a.liveOrigins.push(origin);
    } else if (flag === "--user") {
      const v = value();
      const m = /^([^:]+):([^:]*)(?::(\d+)(?::(\d+))?)?$/.exec(v);
      if (!m) fail(`--user wants NAME:PASS[:UID[:GID]], not "${v}"`);
      const id = (t: string | undefined) => (t === undefined ? undefined : int(t, 0, 2 ** 32 - 2));
      const [uid, gid] = [id(m[3]), id(m[4])];
      a.users.push({
        name: m[1]!,
        password: m[2]!,
        ...(uid !== undefined ? { uid } : {}),
        ...(gid !== undefined ? { gid } : {}),
      });
    } else if (flag === "--help" || flag === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else fail(`unknown option ${flag}`);
  }
  return a;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  let configText: string | undefined;
  if (args.config) {
    try {
      configText = readFileSync(args.config, "latin1");
    } catch (e) {
      fail(`cannot read ${args.config}: ${(e as Error).message}`);
    }
  }
  // Without --config, the classroom defaults; their anon_root/local_root then name --root.
  const rootPath = args.root === undefined ? undefined : byteString(resolve(args.root));
  if (rootPath !== undefined && !statSync(args.root!, { throwIfNoEntry: false })?.isDirectory())
    fail(`--root ${args.root} is not a directory`);
  if (args.etc !== undefined && !statSync(args.etc, { throwIfNoEntry: false })?.isDirectory())
    fail(`--etc ${args.etc} is not a directory (it holds passwd and group)`);
  if (configText === undefined && rootPath !== undefined)
    configText = DEFAULT_CONFIG.replace(/^(anon_root|local_root)=.*$/gm, `$1=${rootPath}`);
  const parsed = parseConfig(configText ?? DEFAULT_CONFIG);
  const budget = new ByteBudget(args.uploadBudgetMib * MIB, Math.min(512 * MIB, args.uploadBudgetMib * MIB));
  let host: ServerHost | undefined;
  const limit = args.writeLimitMib * MIB;
  const disk = args.write ? new RealDisk({ perFile: limit, total: limit }) : undefined;
  let users: ScenarioUser[] = args.users.map((u, i) => ({ ...u, uid: u.uid ?? 1001 + i }));
  // A disk is served only when asked for: --root, or a config of the user's naming anon_root/local_root
  // (the classroom defaults name /srv/ftp for the simulation; without flags ftpd serves their tree).
  const named =
    args.config !== undefined && parsed.ok && (parsed.config.anon_root || parsed.config.local_root);
  if (parsed.ok && (rootPath !== undefined || named)) {
    host = buildHost({
      ...(disk ? { disk } : {}),
      config: parsed.config,
      ...(rootPath !== undefined ? { root: rootPath } : {}),
      ...(args.etc !== undefined ? { etc: resolve(args.etc) } : {}),
      budget,
    });
    // The first account owns the served tree by default: the uid and gid of --root's owner.
    const owner = ownerOf(rootPath ?? host.home) ?? { uid: 1001, gid: 1001 };
    users = args.users.map((u, i) => {
      const uid = u.uid ?? (i === 0 ? owner.uid : 1001 + i);
      return { ...u, uid, gid: u.gid ?? (i === 0 && u.uid === undefined ? owner.gid : uid) };
    });
  }
  if (disk && !host)
    fail("--write needs a tree on disk: --root DIR, or a config naming anon_root/local_root");
  const startedAt = Date.now() / 1000;
  const built = buildServer(
    {
      ...(configText !== undefined ? { config: configText } : {}),
      ...(users.length ? { users } : {}),
      ...(host ? { host } : {}),
      budget,
    },
    () => startedAt,
  );
  if (!built.ok) {
    for (const p of built.problems) console.error(`ftpd: ${args.config ?? "config"}: ${p}`);
    process.exit(2);
  }
  const toFile =
    args.trace !== undefined && args.trace !== "-" ? createWriteStream(args.trace, { flags: "a" }) : null;
  const out = boundedSink(toFile ?? process.stdout, TRACE_QUEUE, (e) =>
    console.error(`ftpd: trace output failed (${e.message}); tracing stops, the server goes on`),
  );
  // vsftpd listens where listen_address / listen_address6 say (listen_ipv6=YES: IPv6); ftpd does too,
  // but on loopback when the config names no address (a classroom server is not on the network by mistake).
  const c = built.config;
  const listenHost =
    args.host ?? (c.listen_ipv6 ? (c.listen_address6 ?? "::1") : (c.listen_address ?? "127.0.0.1"));
  const hub = args.live ? new LiveHub() : undefined;
  const server = new RealFtpServer({
    host: listenHost,
    port: args.port,
    createSession: (now) => built.factory.createSession(now),
    maxClients: args.maxClients ?? built.config.max_clients,
    maxPerIp: args.maxPerIp ?? built.config.max_per_ip,
    trace: out,
    traceLimits: { maxBytes: args.traceLimitMib * MIB },
    ...(hub ? { watcher: hub } : {}),
    log: (l) => console.error(`ftpd: ${l}`),
  });
  const where = await server
    .listen()
    .catch((e: Error) => fail(`cannot listen on ${listenHost}:${args.port}: ${e.message}`));
  console.error(`ftpd: listening on ${where.host}:${where.port} (vsftpd 3.0.3 behaviour; Ctrl+C to stop)`);
  console.error(
    host
      ? `ftpd: serving ${[...new Set([host.home, parsed.ok ? parsed.config.anon_root : null])].filter(Boolean).join(", ")} from disk; ${disk ? `changes are written to disk where write_enable allows them (at most ${args.writeLimitMib} MiB added)` : "changes stay in memory"}`
      : "ftpd: serving the classroom tree from memory",
  );
  console.error(
    `ftpd: uploads may hold ${args.uploadBudgetMib} MiB of memory in all (${budget.perFile / MIB} MiB a file); beyond that: 451 Failure writing to local file.`,
  );
  const live = hub ? await startLive(hub, args) : undefined;
  const stop = async (signal: string) => {
    await live?.close();
    const open = await server.close();
    console.error(`ftpd: ${signal}: listeners closed, ${open} session(s) were open`);
    if (toFile) await new Promise<void>((resolve) => toFile.end(resolve));
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}

void main();

/** The live view on 127.0.0.1 (never another address: the stream carries the sessions' passwords). */
async function startLive(hub: LiveHub, args: Args): Promise<LiveHttp> {
  const app = resolve("out");
  const hasApp = statSync(resolve(app, "index.html"), { throwIfNoEntry: false })?.isFile() === true;
  const http = new LiveHttp({
    host: "127.0.0.1",
    port: args.livePort,
    hub,
    ...(hasApp ? { appDir: app } : {}),
    origins: args.liveOrigins,
  });
  const at = await http
    .listen()
    .catch((e: Error) => fail(`cannot serve the live view on 127.0.0.1:${args.livePort}: ${e.message}`));
  const url = `http://127.0.0.1:${at.port}`;
  console.error(`ftpd: live view on ${url}/ (stream ${url}/live/events)`);
  console.error(
    hasApp
      ? `ftpd: open ${url}/ and choose Live (En directo) to watch the sessions`
      : `ftpd: no build in out/ (npm run build); open the workbench and choose Live with the address ${url}`,
  );
  return http;
}

/** A path as the engine names things: one char per byte of its UTF-8 form. */
function byteString(path: string): string {
  return Buffer.from(path, "utf8").toString("latin1");
}

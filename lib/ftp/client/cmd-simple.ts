/** Commands that are one exchange (cd, mkdir, size…) or purely local settings (passive, lcd…). */
import type { MessageKey } from "../../i18n/core";
import { bytesLatin1 } from "../../util/bytes";
import { parsePwd } from "../parse-reply";
import { command, ok } from "./control";
import { explain, onOff, say, show, wordKey } from "./text";
import type { Ctx, Job, TransferType } from "./types";

/** Posix join + normalise for the remote working-directory guess. */
function remoteJoin(cwd: string, path: string): string {
  const parts = path.startsWith("/") ? [] : cwd.split("/").filter(Boolean);
  for (const seg of path.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") parts.pop();
    else parts.push(seg);
  }
  return "/" + parts.join("/");
}

export function* cd(c: Ctx, args: readonly string[]): Job {
  const dir = args[0]!;
  const r = yield* command(c, `CWD ${dir}`);
  if (!ok(r)) return;
  // Only a guess: symlinks or a chroot can make the server's idea differ; PWD tells the truth.
  if (c.s.cwd !== null || dir.startsWith("/")) c.s.cwd = remoteJoin(c.s.cwd ?? "/", dir);
}

export function* cdup(c: Ctx): Job {
  const r = yield* command(c, "CDUP");
  if (ok(r) && c.s.cwd !== null) c.s.cwd = remoteJoin(c.s.cwd, "..");
}

export function* pwd(c: Ctx): Job {
  // tnftp asks with verbose off and prints the directory itself ("Remote directory: /").
  const own = c.s.profile.pwdLine;
  if (own) explain(c, "client.note.profile.pwd");
  const r = yield* command(c, "PWD");
  if (r?.code === 257) c.s.cwd = parsePwd(r.text) ?? c.s.cwd;
  if (own && r?.code === 257 && c.s.cwd !== null) say(c, "client.tnftp.remoteDir", { dir: c.s.cwd });
}

/** Commands that are exactly one protocol line whose reply says it all. */
const oneLine = (verb: string) =>
  function* (c: Ctx, args: readonly string[]): Job {
    yield* command(c, args.length > 0 ? `${verb} ${args.join(" ")}` : verb);
  };

export const mkdir = oneLine("MKD");
export const rmdir = oneLine("RMD");
export const del = oneLine("DELE");
export const size = oneLine("SIZE");
export const system = oneLine("SYST");
export const rhelp = oneLine("HELP");

export function* rename(c: Ctx, args: readonly string[]): Job {
  const r = yield* command(c, `RNFR ${args[0]!}`);
  if (r?.code === 350) yield* command(c, `RNTO ${args[1]!}`);
}

/** MDTM answers 213 YYYYMMDDHHMMSS (RFC 3659, UTC); the classic client reformats it. */
export function* modtime(c: Ctx, args: readonly string[]): Job {
  const file = args[0]!;
  const r = yield* command(c, `MDTM ${file}`);
  const m = r?.code === 213 ? /(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)/.exec(r.text) : null;
  if (!m) return;
  const [, y, mo, d, h, mi, s] = m;
  say(c, "client.modtime", { file, date: `${mo}/${d}/${y} ${h}:${mi}:${s}` });
}

/** `quote`/`literal`: the rest of the line goes out as typed; the client keeps track of TYPE and login. */
export function* quote(c: Ctx, _args: readonly string[], rest: string): Job {
  const r = yield* command(c, rest);
  const verb = rest.split(" ")[0]!.toUpperCase();
  if (r?.code === 230) c.s.loggedIn = true;
  if (ok(r) && verb === "TYPE") c.s.serverType = /^type\s+i/i.test(rest) ? "I" : "A";
}

function* setType(c: Ctx, t: TransferType): Job {
  if (c.s.connected) {
    const want = t === "ascii" ? "A" : "I";
    const r = yield* command(c, `TYPE ${want}`);
    if (!ok(r)) return;
    c.s.serverType = want;
  }
  c.s.type = t;
}

export const ascii = (c: Ctx): Job => setType(c, "ascii");
export const binary = (c: Ctx): Job => setType(c, "binary");

const TYPE_NAMES: Readonly<Record<string, TransferType>> = {
  ascii: "ascii",
  a: "ascii",
  binary: "binary",
  image: "binary",
  i: "binary",
};

export function* type(c: Ctx, args: readonly string[]): Job {
  if (args[0] === undefined) return say(c, "client.usingType", { type: c.s.type });
  const t = TYPE_NAMES[args[0].toLowerCase()];
  if (!t) return say(c, "client.err.unknownType", { type: args[0] }, "error");
  yield* setType(c, t);
}

/** on/off argument or, without one, a toggle; null for anything else. */
function toggle(current: boolean, arg: string | undefined): boolean | null {
  if (arg === undefined) return !current;
  const v = arg.toLowerCase();
  return v === "on" ? true : v === "off" ? false : null;
}

/** The three settings toggles share one shape: flip or set, then say the new value. */
const setting = (
  read: (c: Ctx) => boolean,
  write: (c: Ctx, v: boolean) => void,
  key: "passive" | "epsv" | "verbose",
  usage: MessageKey,
) =>
  function* (c: Ctx, args: readonly string[]): Job {
    const v = toggle(read(c), args[0]);
    if (v === null) return say(c, usage, undefined, "error");
    write(c, v);
    // The wording is the program's own ("Passive mode on." / "Passive mode: on; fallback…").
    say(c, wordKey(c.s.profile, `${key}.${onOff(v)}`));
  };

export const passive = setting(
  (c) => c.s.mode === "passive",
  (c, v) => void (c.s.mode = v ? "passive" : "active"),
  "passive",
  "client.usage.passive",
);

export const epsv = setting(
  (c) => c.s.epsv,
  (c, v) => void Object.assign(c.s, { epsv: v, epsvRefused: false }),
  "epsv",
  "client.usage.epsv",
);

export const verbose = setting(
  (c) => c.s.verbose,
  (c, v) => void (c.s.verbose = v),
  "verbose",
  "client.usage.verbose",
);

export function* status(c: Ctx): Job {
  const { s } = c;
  if (s.connected) say(c, "client.connected", { host: s.host ?? "" });
  else say(c, "client.notConnected");
  say(c, "client.status.type", { type: s.type });
  say(c, "client.status.modes", {
    verbose: onOff(s.verbose),
    passive: onOff(s.mode === "passive"),
    epsv: onOff(s.epsv),
    follow: onOff(s.followPasvAddress),
  });
  say(c, "client.status.dirs", { remote: s.cwd ?? "?", local: s.local.cwdText });
}

export function* lcd(c: Ctx, args: readonly string[]): Job {
  const dir = args[0] ?? "/";
  if (!c.s.local.cd(dir)) return say(c, "client.err.lcd", { dir }, "error");
  say(c, "client.lcd", { dir: c.s.local.cwdText });
}

/** The tiny local shell behind `!cmd`: just what the lessons use. */
const SHELL: Readonly<Record<string, (c: Ctx, arg: string | undefined) => void>> = {
  pwd: (c) => show(c, c.s.local.cwdText),
  ls: (c, arg) => {
    const names = c.s.local.list(arg ?? ".");
    if (!names) say(c, "client.err.localMissing", { file: arg ?? "." }, "error");
    else if (names.length > 0) show(c, names.join("\n"));
  },
  cat: (c, arg) => {
    const bytes = arg === undefined ? undefined : c.s.local.read(arg);
    if (!bytes) say(c, "client.err.localMissing", { file: arg ?? "" }, "error");
    else show(c, bytesLatin1(bytes).replace(/\n$/, ""));
  },
};

export function* shell(c: Ctx, rest: string): Job {
  const [cmd = "", arg] = rest.trim().split(/\s+/);
  const run = Object.hasOwn(SHELL, cmd) ? SHELL[cmd] : undefined;
  if (run) return run(c, arg);
  explain(c, "client.note.shell");
  say(c, "client.err.shell", { cmd: cmd || "sh" }, "error");
}

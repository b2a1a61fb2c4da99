/**
 * The `tftp>` commands as one table (tftp-hpa's set plus `blksize`): name, aliases, and what it does.
 * HELP is generated from it, so a command cannot exist without its help line.
 */
import { END_OF_INPUT } from "../util/end-of-input";
import type { KeySuffix } from "../i18n/core";
import { BLKSIZE_MAX, BLKSIZE_MIN } from "./options";
import { done, onOff, say, type ClientCtx } from "./client-state";
import { startTransfer } from "./client-transfer";

export interface TftpCommand {
  /** A command the catalogue has a help line for (tftp.print.help.<name>). */
  readonly name: KeySuffix<"tftp.print.help.">;
  readonly aliases: readonly string[];
  /** Runs the command; returns true when it started a transfer (the prompt comes back later). */
  readonly run: (c: ClientCtx, args: readonly string[]) => boolean | void;
}

const seconds = (
  c: ClientCtx,
  args: readonly string[],
  usage: KeySuffix<"tftp.print.">,
  set: (ms: number) => void,
): void => {
  const v = args[0];
  if (v === undefined) return say(c, usage);
  const n = Number(v);
  if (!/^\d+$/.test(v) || n <= 0) return say(c, "badValue", { value: v }, "error");
  set(n * 1000);
};

function connect(c: ClientCtx, args: readonly string[]): void {
  const [host, portText] = args;
  if (host === undefined) return say(c, "usageConnect");
  const addr = c.resolve(host);
  if (addr === undefined) return say(c, "unknownHost", { host }, "error");
  const port = portText === undefined ? 69 : Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    return say(c, "badPort", { port: portText ?? "" }, "error");
  c.s.host = host;
  c.s.server = { addr, port };
}

/** `mode X`, `binary`, `ascii` say "mode set to X"; a bare `mode` says which one is in use. */
function setMode(c: ClientCtx, mode: string | undefined): void {
  const m = mode?.toLowerCase();
  const table: Readonly<Record<string, "netascii" | "octet">> = {
    netascii: "netascii",
    ascii: "netascii",
    octet: "octet",
    binary: "octet",
    image: "octet",
  };
  if (m !== undefined) {
    const picked = table[m];
    if (!picked) return say(c, "unknownMode", { mode: mode ?? "" }, "error");
    c.s.mode = picked;
    return say(c, "modeSet", { mode: picked });
  }
  say(c, "usingMode", { mode: c.s.mode });
}

function blksize(c: ClientCtx, args: readonly string[]): void {
  const v = args[0];
  if (v === undefined) {
    if (c.s.blksize) say(c, "blksizeOn", { n: c.s.blksize });
    else say(c, "blksizeOff");
    return;
  }
  if (/^(off|0|no)$/i.test(v)) {
    c.s.blksize = 0;
    return say(c, "blksizeOff");
  }
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < BLKSIZE_MIN || n > BLKSIZE_MAX)
    return say(c, "badBlksize", { value: v, min: BLKSIZE_MIN, max: BLKSIZE_MAX }, "error");
  c.s.blksize = n;
  say(c, "blksizeOn", { n });
}

function status(c: ClientCtx): void {
  if (c.s.host) say(c, "connectedTo", { host: c.s.host });
  else say(c, "notConnected");
  say(c, "statusModes", { mode: c.s.mode, verbose: onOff(c.s.verbose), trace: onOff(c.s.trace) });
  say(c, "statusTimers", { rexmt: c.s.rexmtMs / 1000, timeout: c.s.timeoutMs / 1000 });
  if (c.s.blksize) say(c, "blksizeOn", { n: c.s.blksize });
  else say(c, "blksizeOff");
}

function help(c: ClientCtx): void {
  say(c, "helpHead");
  for (const cmd of COMMANDS) say(c, `help.${cmd.name}`);
}

export const COMMANDS: readonly TftpCommand[] = [
  { name: "connect", aliases: ["open"], run: connect },
  { name: "mode", aliases: [], run: (c, a) => setMode(c, a[0]) },
  { name: "put", aliases: ["send"], run: (c, a) => startTransfer(c, "put", a) },
  { name: "get", aliases: ["recv"], run: (c, a) => startTransfer(c, "get", a) },
  { name: "quit", aliases: ["q", "exit", "bye"], run: (c) => quit(c) },
  {
    name: "verbose",
    aliases: [],
    run: (c) => say(c, (c.s.verbose = !c.s.verbose) ? "verboseOn" : "verboseOff"),
  },
  { name: "trace", aliases: [], run: (c) => say(c, (c.s.trace = !c.s.trace) ? "traceOn" : "traceOff") },
  { name: "status", aliases: [], run: status },
  { name: "binary", aliases: ["octet"], run: (c) => setMode(c, "octet") },
  { name: "ascii", aliases: ["netascii"], run: (c) => setMode(c, "netascii") },
  {
    name: "rexmt",
    aliases: [],
    run: (c, a) => seconds(c, a, "usageRexmt", (ms) => void (c.s.rexmtMs = ms)),
  },
  {
    name: "timeout",
    aliases: [],
    run: (c, a) => seconds(c, a, "usageTimeout", (ms) => void (c.s.timeoutMs = ms)),
  },
  { name: "blksize", aliases: [], run: blksize },
  { name: "help", aliases: ["?"], run: help },
];

function quit(c: ClientCtx): void {
  // The program exits; a new `tftp` starts fresh (no target, default settings; local files stay).
  Object.assign(c.s, { host: undefined, server: undefined, mode: "netascii", trace: false });
  Object.assign(c.s, { verbose: false, rexmtMs: 5000, timeoutMs: 25000, blksize: 0 });
  c.out.push({ type: "note", note: { key: "tftp.note.quit" } });
}

const BY_NAME: ReadonlyMap<string, TftpCommand> = new Map(
  COMMANDS.flatMap((cmd) => [cmd.name, ...cmd.aliases].map((n) => [n, cmd] as const)),
);

/** One typed line: find the command, run it, and come back to the prompt unless a transfer started. */
export function runLine(c: ClientCtx, line: string): void {
  // Ctrl+D at tftp> (measured with tftp-hpa 5.2): readline echoes nothing and the program exits, as quit.
  if (line === END_OF_INPUT) {
    c.out.push({ type: "note", note: { key: "tftp.note.eof" } });
    quit(c);
    return done(c);
  }
  const words = line.trim().split(/\s+/).filter(Boolean);
  const [name, ...args] = words;
  if (name === undefined) return done(c);
  const cmd = BY_NAME.get(name.toLowerCase());
  if (!cmd) {
    say(c, "invalidCommand", undefined, "error");
    return done(c);
  }
  if (cmd.run(c, args) !== true) done(c);
}

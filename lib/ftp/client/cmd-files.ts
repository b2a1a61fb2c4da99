/** Commands that move data: ls/dir, nlist, get, reget, put, append. */
import { bytesLatin1 } from "../../util/bytes";
import { command } from "./control";
import { dropData, ensureType, openData } from "./data";
import { resolveLocal } from "./local-fs";
import { statsParams, progressLine } from "./profiles";
import { explain, say, show, wordKey } from "./text";
import { transfer, type TransferResult } from "./transfer";
import type { Ctx, Job } from "./types";

const CR = 13;
const LF = 10;

/** ASCII type sends lines ending in CRLF (RFC 959 NVT-ASCII); the local file uses bare LF. */
function fromNetAscii(b: Uint8Array): Uint8Array {
  return b.filter((x, i) => !(x === CR && b[i + 1] === LF));
}

function toNetAscii(b: Uint8Array): Uint8Array {
  const out: number[] = [];
  b.forEach((x, i) => {
    if (x === LF && b[i - 1] !== CR) out.push(CR);
    out.push(x);
  });
  return Uint8Array.from(out);
}

const wireType = (c: Ctx): "A" | "I" => (c.s.type === "ascii" ? "A" : "I");

/**
 * The statistics line, in the program's own format (profiles.ts). netkit prints it whenever bytes
 * moved, also after an abort or a failed final reply.
 */
function reportStats(c: Ctx, dir: "received" | "sent", t: TransferResult): void {
  if (!c.s.verbose || t.count === 0) return;
  const { profile } = c.s;
  say(c, wordKey(profile, dir), statsParams(profile.stats, t.count, t.ms), "transfer");
}

function localNameOk(c: Ctx, name: string): boolean {
  if (resolveLocal(c.s.local.cwd, name)) return true;
  say(c, "client.err.localMissing", { file: name }, "error");
  return false;
}

/** LIST or NLST: always in ASCII type (as netkit does), output printed or saved to a local file. */
function* listing(c: Ctx, verb: "LIST" | "NLST", args: readonly string[]): Job {
  const [path, localFile] = args;
  if (localFile !== undefined && !localNameOk(c, localFile)) return;
  if (!(yield* ensureType(c, "A"))) return;
  if (!(yield* openData(c))) return;
  // Shown when the data ends, as a real client prints while reading: usually before the 226 arrives.
  let shown = false;
  const output = (received: Uint8Array) => {
    shown = true;
    const text = fromNetAscii(received);
    if (localFile !== undefined) c.s.local.write(localFile, text);
    else if (text.length > 0) show(c, bytesLatin1(text).replace(/\n$/, ""));
  };
  const t = yield* transfer(c, path === undefined ? verb : `${verb} ${path}`, { onEof: output });
  if (!shown) output(t.received); // aborted or reset: show what arrived
  if (c.s.profile.listingStats) reportStats(c, "received", t);
}

/** `ls`: LIST for netkit and tnftp, NLST for Windows' ftp.exe (whose LIST is `dir`). */
export const ls = (c: Ctx, args: readonly string[]): Job => listing(c, c.s.profile.lsVerb, args);
export const dir = (c: Ctx, args: readonly string[]): Job => listing(c, "LIST", args);
export const nlist = (c: Ctx, args: readonly string[]): Job => listing(c, "NLST", args);

/** RETR, optionally resuming with REST at the local file's size (reget). */
function* download(c: Ctx, args: readonly string[], resume: boolean): Job {
  const remote = args[0]!;
  const local = args[1] ?? remote;
  if (!localNameOk(c, local)) return;
  const offset = resume ? (c.s.local.read(local)?.length ?? 0) : 0;
  if (c.s.verbose) say(c, "client.localRemote", { local, remote });
  if (!(yield* ensureType(c, wireType(c)))) return;
  const { profile } = c.s;
  if (profile.sizeAndMdtm) {
    explain(c, "client.note.profile.size");
    yield* command(c, `SIZE ${remote}`);
  }
  if (!(yield* openData(c))) return;
  if (offset > 0) {
    explain(c, "client.note.rest", { offset });
    const r = yield* command(c, `REST ${offset}`);
    if (r?.code !== 350) return dropData(c);
  }
  const started = c.now;
  // tnftp's progress bar ends at 100 % when the data ends (before the 226 is read).
  const bar = (got: Uint8Array) => {
    if (profile.progressBar && c.s.verbose) show(c, progressLine(got.length, c.now - started), "transfer");
  };
  const t = yield* transfer(c, `RETR ${remote}`, { onEof: bar });
  // Like netkit, the local file is created once the server starts sending; an abort leaves a part.
  if (t.started || t.received.length > 0) {
    const bytes = c.s.type === "ascii" ? fromNetAscii(t.received) : t.received;
    c.s.local.write(local, bytes, offset > 0);
  }
  reportStats(c, "received", t);
  if (t.ok && profile.sizeAndMdtm && c.s.connected) {
    explain(c, "client.note.profile.mdtm");
    yield* command(c, `MDTM ${remote}`);
  }
}

export const get = (c: Ctx, args: readonly string[]): Job => download(c, args, false);
export const reget = (c: Ctx, args: readonly string[]): Job => download(c, args, true);

/** STOR or APPE of a local file. */
function* upload(c: Ctx, verb: "STOR" | "APPE", args: readonly string[]): Job {
  const local = args[0]!;
  const remote = args[1] ?? local;
  const content = c.s.local.read(local);
  if (!content) return say(c, "client.err.localMissing", { file: local }, "error");
  if (c.s.verbose) say(c, "client.localRemote", { local, remote });
  if (!(yield* ensureType(c, wireType(c)))) return;
  if (!(yield* openData(c))) return;
  const bytes = c.s.type === "ascii" ? toNetAscii(content) : content;
  const t = yield* transfer(c, `${verb} ${remote}`, { upload: bytes });
  reportStats(c, "sent", t);
}

export const put = (c: Ctx, args: readonly string[]): Job => upload(c, "STOR", args);
export const append = (c: Ctx, args: readonly string[]): Job => upload(c, "APPE", args);

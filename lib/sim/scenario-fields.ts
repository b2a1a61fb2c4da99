/**
 * Field checks of a scenario that need more than a type: numbers in the range the real program accepts,
 * file entries whose every field is the right type, and the bytes budget of everything a scenario asks
 * the simulation to hold. Each problem names its field; nothing here throws on any JSON value.
 */
import { SIM_BUDGETS } from "./budgets";
import { isBase64 } from "../util/bytes";

export type Bad = (path: string, message: string) => void;

export const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const isInt = (v: unknown, min: number, max: number): v is number =>
  typeof v === "number" && Number.isInteger(v) && v >= min && v <= max;

/** Linux's PATH_MAX: longer paths and symlink targets fail with ENAMETOOLONG on a real system. */
const PATH_MAX = 4095;
const UID_MAX = 4294967294;
/** mtime/epoch seconds a date can show (JavaScript dates reach ±8.64e15 ms). */
const TIME_MAX_S = 8_640_000_000_000;
const FILE_TYPES: ReadonlySet<unknown> = new Set(["file", "dir", "symlink"]);

/** Bytes a base64 text decodes to (padding and whitespace-free text only: checked before). */
const base64Size = (s: string): number => Math.floor((s.replace(/=+$/, "").length * 3) / 4);

/** UTF-8 length without encoding: what a text file will weigh. */
function utf8Size(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 4 : c >= 0xdc00 && c < 0xe000 ? 0 : 3;
  }
  return n;
}

const MODE = /^(0o)?[0-7]{1,6}$/i;

/** One entry of server.files; returns the bytes it will hold (0 when it is refused). */
export function checkServerFile(f: unknown, at: string, bad: Bad): number {
  if (!isObj(f)) return (bad(at, "must be an object {path, …}"), 0);
  const problems: [string, string][] = [];
  const p = (field: string, message: string) => problems.push([`${at}.${field}`, message]);
  if (typeof f.path !== "string" || f.path.length > PATH_MAX)
    p("path", `must be a path (text of at most ${PATH_MAX} characters)`);
  if (f.type !== undefined && !FILE_TYPES.has(f.type)) p("type", 'must be "file", "dir" or "symlink"');
  if (f.text !== undefined && typeof f.text !== "string") p("text", "must be text");
  if (f.base64 !== undefined && (typeof f.base64 !== "string" || !isBase64(f.base64)))
    p("base64", "must be base64 text (A–Z, a–z, 0–9, +, /, = padding)");
  if (f.target !== undefined && (typeof f.target !== "string" || f.target.length > PATH_MAX))
    p("target", `must be a path (text of at most ${PATH_MAX} characters)`);
  if (f.size !== undefined && !isInt(f.size, 0, SIM_BUDGETS.maxScenarioBytes))
    p("size", `must be a whole number of bytes from 0 to ${SIM_BUDGETS.maxScenarioBytes}`);
  const g = f.generator;
  if (g !== undefined && !(isObj(g) && g.kind === "sha256-chain" && typeof g.seed === "string"))
    p("generator", 'must be {"kind": "sha256-chain", "seed": "text"}');
  if (f.mode !== undefined && !(typeof f.mode === "string" && MODE.test(f.mode)))
    p("mode", 'must be octal permissions such as "644" or "0o755"');
  for (const id of ["uid", "gid"] as const)
    if (f[id] !== undefined && !isInt(f[id], 0, UID_MAX))
      p(id, `must be a whole number from 0 to ${UID_MAX}`);
  if (f.mtime !== undefined && !isInt(f.mtime, -TIME_MAX_S, TIME_MAX_S))
    p("mtime", "must be a time in whole seconds since 1970");
  for (const [path, message] of problems) bad(path, message);
  if (problems.length) return 0;
  if (typeof f.base64 === "string") return base64Size(f.base64);
  if (typeof f.text === "string") return utf8Size(f.text);
  return typeof f.size === "number" ? f.size : 0;
}

/** client.files: a map of names to text; returns the bytes it will hold. */
export function checkClientFiles(files: unknown, bad: Bad): number {
  if (!isObj(files)) return (bad("client.files", "must map file names to text"), 0);
  let bytes = 0;
  for (const [name, text] of Object.entries(files)) {
    if (typeof text !== "string") bad(`client.files.${name}`, "must be text");
    else bytes += utf8Size(text);
  }
  return bytes;
}

/** The whole scenario's content against the simulation's budget. */
export function checkBytesBudget(bytes: number, bad: Bad): void {
  if (bytes > SIM_BUDGETS.maxScenarioBytes)
    bad(
      "server.files",
      `the files add up to ${bytes} bytes; a simulation holds at most ${SIM_BUDGETS.maxScenarioBytes}`,
    );
}

/** Top-level numbers: each finite, whole where it must be, and in a range that means something. */
export function checkNumbers(v: Record<string, unknown>, bad: Bad): void {
  if (v.seed !== undefined && !isInt(v.seed, -(2 ** 31), 2 ** 32))
    bad("seed", "must be a whole number (up to 2^32)");
  if (v.epoch !== undefined && !isInt(v.epoch, 0, TIME_MAX_S))
    bad("epoch", "must be a time in whole seconds since 1970");
  if (v.bandwidth !== undefined && !isInt(v.bandwidth, 1000, 1e12))
    bad("bandwidth", "must be a whole number of bytes per second from 1000 to 10^12");
}

/**
 * TFTP numbers as tftp-hpa accepts them: retransmission times within tftpd's -T range (10 ms to
 * 255 s), the RFC 2348 block sizes and a bounded loss list.
 */
export function checkTftpNumbers(t: Record<string, unknown>, bad: Bad): void {
  const c = isObj(t.client) ? t.client : {};
  const s = isObj(t.server) ? t.server : {};
  const rexmt = "must be whole milliseconds from 10 to 255000";
  if (c.rexmtMs !== undefined && !isInt(c.rexmtMs, 10, 255_000)) bad("tftp.client.rexmtMs", rexmt);
  if (s.rexmtMs !== undefined && !isInt(s.rexmtMs, 10, 255_000)) bad("tftp.server.rexmtMs", rexmt);
  if (c.timeoutMs !== undefined && !isInt(c.timeoutMs, 10, 3_600_000))
    bad("tftp.client.timeoutMs", "must be whole milliseconds from 10 to 3600000");
  if (c.blksize !== undefined && !(c.blksize === 0 || isInt(c.blksize, 8, 65464)))
    bad("tftp.client.blksize", "must be 0 (no options) or a block size from 8 to 65464 (RFC 2348)");
  if (s.capacity !== undefined && !isInt(s.capacity, 0, SIM_BUDGETS.maxScenarioBytes))
    bad("tftp.server.capacity", `must be whole bytes from 0 to ${SIM_BUDGETS.maxScenarioBytes}`);
  for (const k of ["options", "create"] as const)
    if (s[k] !== undefined && typeof s[k] !== "boolean") bad(`tftp.server.${k}`, "must be true or false");
  if (c.trace !== undefined && typeof c.trace !== "boolean")
    bad("tftp.client.trace", "must be true or false");
}

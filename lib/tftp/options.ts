/**
 * Option negotiation (RFC 2347) as tftpd-hpa 5.2 does it: blksize (RFC 2348, 8–65464, larger ones
 * lowered), timeout (RFC 2349, 1–255 s) and tsize (RFC 2349). Unknown options and values that are not
 * a number are left out of the OACK; a number out of range, or tsize on a netascii read (the size after
 * conversion is not known in advance), refuses the request: ERROR 8 "Unsupported option(s) requested".
 * A client refuses an OACK that names an option it never asked for.
 */
import type { Options } from "./packet";

export const BLKSIZE_MIN = 8;
export const BLKSIZE_MAX = 65464;
export const DEFAULT_BLKSIZE = 512;
/** tftpd-hpa's text in the ERROR 8 it sends. */
export const OPTIONS_REFUSED = "Unsupported option(s) requested";

/** Why a request's option was refused: a value out of range, or tsize on a netascii read. */
export type RefusedWhy = "range" | "netascii";

export interface Negotiated {
  readonly blksize: number;
  /** Seconds, when the client asked for a retransmission timeout. */
  readonly timeout?: number;
  readonly tsize?: number;
  /** What goes in the OACK (empty: no OACK, plain RFC 1350 start). */
  readonly oack: Options;
}

export interface NegotiateInput {
  readonly options: Options;
  readonly kind: "read" | "write";
  readonly octet: boolean;
  /** RRQ: the file's size (answered in tsize). */
  readonly fileSize?: number;
}

type RuleResult = { accept: readonly [string, string]; set: Partial<Negotiated> } | RefusedWhy | "ignore";

const int = (v: string): number | undefined => (/^\d{1,10}$/.test(v) ? Number(v) : undefined);

/** One rule per option the server knows (names compare without case); the value is already a number. */
const RULES: Readonly<Record<string, (n: number, i: NegotiateInput) => RuleResult>> = {
  blksize: (n) => {
    if (n < BLKSIZE_MIN) return "range";
    const size = Math.min(n, BLKSIZE_MAX);
    return { accept: ["blksize", String(size)], set: { blksize: size } };
  },
  timeout: (n) => {
    if (n < 1 || n > 255) return "range";
    return { accept: ["timeout", String(n)], set: { timeout: n } };
  },
  tsize: (n, i) => {
    if (i.kind === "read" && !i.octet) return "netascii";
    // A read asking 0 learns the file's size; any other value comes back as it was sent.
    const size = i.kind === "read" && n === 0 ? (i.fileSize ?? 0) : n;
    return { accept: ["tsize", String(size)], set: { tsize: size } };
  },
};

/** The server's answer: accepted options, or the option it refuses and why. */
export function negotiate(i: NegotiateInput): Negotiated | { refused: string; why: RefusedWhy } {
  let result: Negotiated = { blksize: DEFAULT_BLKSIZE, oack: [] };
  for (const [name, value] of i.options) {
    const known = RULES[name.toLowerCase()];
    const n = int(value);
    // Unknown options, and values that are not a number, are simply not answered.
    const r = known && n !== undefined ? known(n, i) : "ignore";
    if (r === "ignore") continue;
    if (r === "range" || r === "netascii") return { refused: name, why: r };
    result = { ...result, ...r.set, oack: [...result.oack, [name, r.accept[1]] as const] };
  }
  return result;
}

/** The client's check of an OACK against what it asked: the blksize it will use, or the refusal. */
export function acceptOack(
  asked: Options,
  oack: Options,
): { blksize: number; tsize?: number } | { refused: string } {
  const askedNames = new Set(asked.map(([k]) => k.toLowerCase()));
  let blksize = DEFAULT_BLKSIZE;
  let tsize: number | undefined;
  for (const [k, v] of oack) {
    const name = k.toLowerCase();
    if (!askedNames.has(name)) return { refused: k };
    const n = int(v);
    const wanted = int(asked.find(([a]) => a.toLowerCase() === name)?.[1] ?? "");
    // A server may lower blksize, never raise it.
    if (name === "blksize" && (n === undefined || n < BLKSIZE_MIN || (wanted !== undefined && n > wanted)))
      return { refused: k };
    if (name === "blksize" && n !== undefined) blksize = n;
    if (name === "tsize" && n !== undefined) tsize = n;
  }
  return tsize !== undefined ? { blksize, tsize } : { blksize };
}

/**
 * Option negotiation (RFC 2347): blksize (RFC 2348, 8–65464), timeout and tsize (RFC 2349). A server
 * answers the options it accepts in an OACK, ignores the ones it does not know, and refuses a value
 * out of range with ERROR 8. A client refuses an OACK that names an option it never asked for.
 */
import type { Options } from "./packet";

export const BLKSIZE_MIN = 8;
export const BLKSIZE_MAX = 65464;
export const DEFAULT_BLKSIZE = 512;

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

type Rule = (
  value: string,
  i: NegotiateInput,
) => { accept: readonly [string, string]; set: Partial<Negotiated> } | "refuse" | "ignore";

const int = (v: string): number | undefined => (/^\d{1,10}$/.test(v) ? Number(v) : undefined);

/** One rule per option the server knows; names compare without case. */
const RULES: Readonly<Record<string, Rule>> = {
  blksize: (v) => {
    const n = int(v);
    if (n === undefined || n < BLKSIZE_MIN) return "refuse";
    const size = Math.min(n, BLKSIZE_MAX);
    return { accept: ["blksize", String(size)], set: { blksize: size } };
  },
  timeout: (v) => {
    const n = int(v);
    if (n === undefined || n < 1 || n > 255) return "refuse";
    return { accept: ["timeout", String(n)], set: { timeout: n } };
  },
  tsize: (v, i) => {
    const n = int(v);
    if (n === undefined) return "refuse";
    // tftpd-hpa answers tsize only in octet mode: a netascii size is not known before converting.
    if (!i.octet) return "ignore";
    const size = i.kind === "read" ? (i.fileSize ?? 0) : n;
    return { accept: ["tsize", String(size)], set: { tsize: size } };
  },
};

/** The server's answer: accepted options, or the name of the option it refuses. */
export function negotiate(i: NegotiateInput): Negotiated | { refused: string } {
  let result: Negotiated = { blksize: DEFAULT_BLKSIZE, oack: [] };
  for (const [name, value] of i.options) {
    const rule = RULES[name.toLowerCase()];
    if (!rule) continue;
    const r = rule(value, i);
    if (r === "refuse") return { refused: name };
    if (r === "ignore") continue;
    result = { ...result, ...r.set, oack: [...result.oack, r.accept] };
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

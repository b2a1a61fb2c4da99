/**
 * Reads the endpoint FTP announces in a control segment the way Linux's nf_conntrack_ftp does
 * (find_pattern, try_rfc959, try_rfc1123, try_eprt, try_epsv_response): only at the very start of
 * the segment, case-insensitively, "PORT"/"EPRT" from the client and "227 "/"229 " from the server.
 * A segment that starts like one but does not parse ("partial") is dropped by the kernel; the caller
 * decides. The span to rewrite and the rendering follow nf_nat_ftp (always `|` in EPRT/229).
 */
import { formatHostPort } from "../ftp/host-port";

export type AnnounceKind = "PORT" | "EPRT" | "227" | "229";

export interface Announcement {
  readonly kind: AnnounceKind;
  /** Absent for 229, which only carries a port (the address is the control connection's). */
  readonly addr?: string;
  readonly port: number;
  /** Span in the payload text that holds the endpoint (replaced by `rewriteAnnouncement`). */
  readonly start: number;
  readonly end: number;
}

/** Who sends which announcement: the client's commands and the server's replies. */
export type Sender = "client" | "server";

export type Scan =
  | { readonly result: "none" }
  | { readonly result: "match"; readonly announcement: Announcement }
  | { readonly result: "partial"; readonly kind: AnnounceKind };

interface Parsed {
  readonly len: number;
  readonly addr?: string;
  readonly port: number;
  /** Extra offset from the skip point (227: the first digit). */
  readonly lead?: number;
}

interface Search {
  readonly kind: AnnounceKind;
  readonly pattern: string;
  readonly skip?: string;
  readonly parse: (data: string) => Parsed | null;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";

/** try_number: `count` numbers split by `sep`, ended by `term` (any other character when term is ""). */
function tryNumber(
  data: string,
  count: number,
  sep: string,
  term: string,
): { len: number; n: number[] } | null {
  const n = new Array<number>(count).fill(0);
  let i = 0;
  for (let len = 0; len < data.length && i < count; len++) {
    const c = data[len]!;
    if (isDigit(c)) n[i] = (n[i]! * 10 + Number(c)) >>> 0;
    else if (c === sep) i++;
    else return (c === term || term === "") && i === count - 1 ? { len, n } : null;
  }
  return null;
}

const dotted = (n: readonly number[]): string => {
  const v = ((n[0]! << 24) | (n[1]! << 16) | (n[2]! << 8) | n[3]!) >>> 0;
  return [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255].join(".");
};

function rfc959(data: string, term: string): Parsed | null {
  const r = tryNumber(data, 6, ",", term);
  return r ? { len: r.len, addr: dotted(r.n), port: ((r.n[4]! << 8) | r.n[5]!) & 0xffff } : null;
}

/** get_port: digits up to `delim`; returns the index after the delimiter (0 for port 0 or junk). */
function getPort(data: string, start: number, delim: string): { end: number; port: number } | null {
  let port = 0;
  for (let i = start; i < data.length; i++) {
    const c = data[i]!;
    if (c === delim) return port === 0 ? null : { end: i + 1, port };
    if (!isDigit(c)) return null;
    port = (port * 10 + Number(c)) & 0xffff;
  }
  return null;
}

const badDelim = (d: string | undefined): boolean =>
  d === undefined || isDigit(d) || d.charCodeAt(0) < 33 || d.charCodeAt(0) > 126;

const SEARCH: Readonly<Record<Sender, readonly Search[]>> = {
  client: [
    { kind: "PORT", pattern: "PORT", skip: " ", parse: (d) => rfc959(d, "\r") },
    {
      kind: "EPRT",
      pattern: "EPRT",
      skip: " ",
      // Family 1 only: the control connections here are IPv4, and "2" there is refused (dropped).
      parse: (d) => {
        const delim = d[0];
        if (d.length <= 3 || badDelim(delim) || d[2] !== delim || d[1] !== "1") return null;
        const a = tryNumber(d.slice(3), 4, ".", delim!);
        const p = a && getPort(d, 3 + a.len + 1, delim!);
        return a && p ? { len: p.end, addr: dotted(a.n), port: p.port } : null;
      },
    },
  ],
  server: [
    {
      kind: "227",
      pattern: "227 ",
      // RFC 1123: scan for the first digit, whatever text comes before it.
      parse: (d) => {
        const lead = [...d].findIndex(isDigit);
        const r = lead < 0 ? null : rfc959(d.slice(lead), "");
        return r ? { ...r, lead } : null;
      },
    },
    {
      kind: "229",
      pattern: "229 ",
      skip: "(",
      parse: (d) => {
        const delim = d[0];
        if (d.length <= 3 || badDelim(delim) || d[1] !== delim || d[2] !== delim) return null;
        const p = getPort(d, 3, delim!);
        return p ? { len: p.end, port: p.port } : null;
      },
    },
  ],
};

/** find_pattern for one search: 0 (no), -1 (partial: starts like it, does not parse) or a match. */
function findPattern(data: string, s: Search): Announcement | 0 | -1 {
  const plen = s.pattern.length;
  const head = data.slice(0, plen).toUpperCase();
  if (data.length <= plen) return s.pattern.startsWith(head) ? -1 : 0;
  if (head !== s.pattern) return 0;
  let i = plen;
  if (s.skip !== undefined) {
    while (data[i] !== s.skip) if (i++ >= data.length - 1) return -1;
    i++;
  }
  const got = s.parse(data.slice(i));
  if (!got) return -1;
  const start = i + (got.lead ?? 0);
  const a = { kind: s.kind, port: got.port, start, end: start + got.len };
  return got.addr === undefined ? a : { ...a, addr: got.addr };
}

/** What the helper sees at the start of one segment from `sender`. */
export function scanSegment(text: string, sender: Sender): Scan {
  // The helper returns before reading an empty segment (a bare ACK).
  if (text.length === 0) return { result: "none" };
  for (const s of SEARCH[sender]) {
    const found = findPattern(text, s);
    if (found === -1) return { result: "partial", kind: s.kind };
    if (found !== 0) return { result: "match", announcement: found };
  }
  return { result: "none" };
}

/** The announcement a segment starts with, if it parses (partial ones are left out). */
export function findAnnouncement(text: string, sender: Sender): Announcement | undefined {
  const s = scanSegment(text, sender);
  return s.result === "match" ? s.announcement : undefined;
}

const six = formatHostPort;

/** nf_nat_ftp_fmt_cmd: what replaces the span. */
const RENDER: Readonly<Record<AnnounceKind, (addr: string, port: number) => string>> = {
  PORT: six,
  "227": six,
  EPRT: (addr, port) => `|1|${addr}|${port}|`,
  "229": (_addr, port) => `|||${port}|`,
};

/** `text` with the announcement's endpoint replaced by addr:port. */
export const rewriteAnnouncement = (text: string, a: Announcement, addr: string, port: number): string =>
  text.slice(0, a.start) + RENDER[a.kind](addr, port) + text.slice(a.end);

/**
 * The one codec of FTP's address forms: h1,h2,h3,h4,p1,p2 (PORT's argument, 227's numbers; RFC 959,
 * p1 = port / 256, p2 = port % 256), EPRT's |family|addr|port| and 229's (|||port|) (RFC 2428). The
 * client, the server, the ALG, the explanations and the lessons all read and write them here; only
 * vsftpd's own lenient PORT reader (server/numbers.ts) parses the argument first, then calls `fromSix`.
 */
import type { SockAddr } from "../util/sock-addr";

/** h1,h2,h3,h4,p1,p2 for an IPv4 address and a port. */
export const formatHostPort = (addr: string, port: number): string =>
  [...addr.split("."), String(port >> 8), String(port & 255)].join(",");

/** Six byte values (h1..h4, p1, p2) as the endpoint they name. */
export const fromSix = (n: readonly number[]): SockAddr => ({
  addr: n.slice(0, 4).join("."),
  port: n[4]! * 256 + n[5]!,
});

/**
 * Six comma-separated numbers (blanks allowed around the commas, as some clients write them), each
 * 0–255, and nothing else; null otherwise.
 */
export function parseHostPort(text: string): SockAddr | null {
  const n = text.split(",").map((s) => (/^\s*\d{1,3}\s*$/.test(s) ? Number(s) : NaN));
  return n.length === 6 && n.every((x) => x >= 0 && x <= 255) ? fromSix(n) : null;
}

/** h1,h2,h3,h4,p1,p2 with optional blanks around the commas, as a regular-expression source. */
export const HOST_PORT_RE = String.raw`\d{1,3}(?:\s*,\s*\d{1,3}){5}`;

/**
 * The first h1,h2,h3,h4,p1,p2 anywhere in a reply's text: RFC 959 does not fix where 227's numbers
 * appear, so real clients scan for six comma-separated numbers (each 0–255).
 */
export function findHostPort(text: string): SockAddr | null {
  const re = /(?<!\d)(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3})(?!\d)/g;
  for (const m of text.matchAll(re)) {
    const n = m.slice(1, 7).map(Number);
    if (n.every((x) => x <= 255)) return fromSix(n);
  }
  return null;
}

/** EPRT's argument: |1|IPv4|port| or |2|IPv6|port|. */
export const formatEprt = (addr: string, port: number): string =>
  `|${addr.includes(":") ? 2 : 1}|${addr}|${port}|`;

/**
 * The port of a 229 reply, `(|||port|)`: three delimiters, the port, a delimiter. The delimiter may be
 * any printable ASCII character other than a digit ("|" in practice); the port must be 1–65535.
 */
export function findEpsvPort(text: string): number | null {
  const m = /\(([!-/:-~])\1\1(\d{1,5})\1\)/.exec(text);
  if (!m) return null;
  const port = Number(m[2]);
  return port >= 1 && port <= 65535 ? port : null;
}

/** 227's text as vsftpd words it. */
export const pasvReplyText = (addr: string, port: number): string =>
  `Entering Passive Mode (${formatHostPort(addr, port)}).`;

/** 229's text as vsftpd words it. */
export const epsvReplyText = (port: number): string => `Entering Extended Passive Mode (|||${port}|)`;

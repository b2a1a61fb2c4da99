/**
 * Finds and rewrites the endpoints FTP announces in its control stream, leniently, the way the kernel's
 * FTP conntrack helper reads them: PORT and EPRT from the client, 227 and 229 from the server. Works on
 * latin-1 text; returns the exact span to replace so the rest of the line is left byte for byte.
 */
import { formatHostPort, HOST_PORT_RE, parseHostPort } from "../ftp/host-port";
import { isIpv4 } from "./ipv4";

export type AnnounceKind = "PORT" | "EPRT" | "227" | "229";

export interface Announcement {
  readonly kind: AnnounceKind;
  /** Absent for 229, which only carries a port (the address is the control connection's). */
  readonly addr?: string;
  readonly port: number;
  /** Span in the payload text that holds the endpoint (replaced by `renderAnnouncement`). */
  readonly start: number;
  readonly end: number;
  /** EPRT/229 field delimiter as the sender chose it. */
  readonly delim?: string;
}

/** Who sends which announcement: the client's commands and the server's replies. */
export type Sender = "client" | "server";

interface Pattern {
  readonly kind: AnnounceKind;
  readonly sender: Sender;
  /** Matches one line; group "ep" is the span to rewrite. */
  readonly re: RegExp;
  readonly read: (m: RegExpExecArray) => { addr?: string; port: number; delim?: string } | undefined;
}

const SIX = HOST_PORT_RE;
const readSix = (text: string | undefined) => parseHostPort(text ?? "") ?? undefined;

const validPort = (p: number): boolean => Number.isInteger(p) && p > 0 && p <= 65535;

const PATTERNS: readonly Pattern[] = [
  {
    kind: "PORT",
    sender: "client",
    re: new RegExp(String.raw`^PORT\s+(?<ep>${SIX})`, "di"),
    read: (m) => readSix(m.groups?.ep),
  },
  {
    kind: "EPRT",
    sender: "client",
    // EPRT <d>1<d>addr<d>port<d>: only the IPv4 family is translated (NAT is an IPv4 affair).
    re: /^EPRT\s+(?<ep>([!-~])1\2([0-9.]+)\2(\d{1,5})\2)/di,
    read: (m) => (isIpv4(m[3] ?? "") ? { addr: m[3]!, port: Number(m[4]), delim: m[2]! } : undefined),
  },
  {
    kind: "227",
    sender: "server",
    // RFC 959 does not fix the text around the numbers: take the first six-number group of the line.
    re: new RegExp(String.raw`^227[ -][^\d\r\n]*?(?:\(\s*)?(?<ep>${SIX})`, "d"),
    read: (m) => readSix(m.groups?.ep),
  },
  {
    kind: "229",
    sender: "server",
    // "229 Entering Extended Passive Mode (|||6446|)": three delimiters, the port, a delimiter.
    re: /^229[ -][^(\r\n]*\(([!-~])\1\1(?<ep>\d{1,5})\1\)/d,
    read: (m) => ({ port: Number(m.groups?.ep), delim: m[1]! }),
  },
];

/** The first announcement in `text` from `sender`, or nothing (any malformed one is ignored). */
export function findAnnouncement(text: string, sender: Sender): Announcement | undefined {
  let lineStart = 0;
  for (const line of text.split("\n")) {
    for (const p of PATTERNS.filter((x) => x.sender === sender)) {
      const found = matchLine(p, line, lineStart);
      if (found) return found;
    }
    lineStart += line.length + 1;
  }
  return undefined;
}

function matchLine(p: Pattern, line: string, lineStart: number): Announcement | undefined {
  const m = p.re.exec(line);
  const ep = m?.groups?.ep;
  if (!m || ep === undefined) return undefined;
  const got = p.read(m);
  if (!got || !validPort(got.port)) return undefined;
  const start = lineStart + (m.indices?.groups?.ep?.[0] ?? line.indexOf(ep));
  return { kind: p.kind, port: got.port, start, end: start + ep.length, ...withOptional(got) };
}

const withOptional = (g: { addr?: string; delim?: string }): { addr?: string; delim?: string } => ({
  ...(g.addr !== undefined ? { addr: g.addr } : {}),
  ...(g.delim !== undefined ? { delim: g.delim } : {}),
});

const six = formatHostPort;

const RENDER: Readonly<Record<AnnounceKind, (a: Announcement, addr: string, port: number) => string>> = {
  PORT: (_a, addr, port) => six(addr, port),
  "227": (_a, addr, port) => six(addr, port),
  EPRT: (a, addr, port) => [a.delim, "1", a.delim, addr, a.delim, port, a.delim].join(""),
  "229": (_a, _addr, port) => String(port),
};

/** `text` with the announcement's endpoint replaced by addr:port. */
export const rewriteAnnouncement = (text: string, a: Announcement, addr: string, port: number): string =>
  text.slice(0, a.start) + RENDER[a.kind](a, addr, port) + text.slice(a.end);

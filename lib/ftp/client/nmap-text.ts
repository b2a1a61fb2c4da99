/**
 * What nmap 7.93 prints, as pure text builders: the port table (columns padded to the widest cell
 * plus one space), the script blocks ("| " lines, the last one "|_"), and the version fingerprints
 * this simulation can meet (vsftpd's default banner, the victim's Postfix), table-driven.
 */
import type { PortState } from "./recon-net";

export interface Fingerprint {
  readonly product: string;
  readonly info?: string;
}

/** Banner → product, as nmap-service-probes match lines do for the servers of this simulation. */
const FINGERPRINTS: readonly { re: RegExp; make: (m: RegExpExecArray) => Fingerprint }[] = [
  { re: /^220 \(vsFTPd ([\w.-]+)\)/, make: (m) => ({ product: `vsftpd ${m[1]}`, info: "OS: Unix" }) },
  { re: /^220 (\S+) ESMTP Postfix/, make: (m) => ({ product: "Postfix smtpd", info: `Host:  ${m[1]}` }) },
];

export function fingerprint(banner: string): Fingerprint | null {
  for (const f of FINGERPRINTS) {
    const m = f.re.exec(banner);
    if (m) return f.make(m);
  }
  return null;
}

/** vsftpd with a custom banner still gives itself away: it answers HELP before login with this. */
export const VSFTPD_PRELOGIN_HELP = "Please login with USER and PASS.";
export const VSFTPD_GENERIC: Fingerprint = { product: "vsftpd 2.0.8 or later", info: "OS: Unix" };

const SERVICES: Readonly<Record<number, string>> = {
  21: "ftp",
  22: "ssh",
  25: "smtp",
  80: "http",
  443: "https",
};
export const serviceName = (port: number): string => SERVICES[port] ?? "unknown";

/** The PORT/STATE/SERVICE[/VERSION] table. */
export function portTable(port: number, state: PortState, version: string | null): string[] {
  const head = ["PORT", "STATE", "SERVICE", ...(version !== null ? ["VERSION"] : [])];
  const row = [`${port}/tcp`, state, serviceName(port), ...(version !== null ? [version] : [])];
  const widths = head.map((h, i) => Math.max(h.length, row[i]!.length) + 1);
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i < cells.length - 1 ? c.padEnd(widths[i]!) : c))
      .join("")
      .trimEnd();
  return [line(head), line(row)];
}

/** A script's output block: "| name: first", "| more", "|_last". */
export function scriptBlock(name: string, lines: readonly string[]): string[] {
  const all = [`${name}: ${lines[0] ?? ""}`, ...lines.slice(1)];
  return all.map((l, i) => (i === all.length - 1 ? `|_${l}` : `| ${l}`));
}

/** ftp-anon shows at most this many listing lines unless told otherwise. */
const MAX_LIST = 20;

/** ftp-anon's body: the login line, then the listing with world-writable entries marked. */
export function ftpAnonLines(code: number, listing: string): string[] {
  const lines = listing.split(/\r?\n/).filter((l) => l !== "" && !/^total \d+$/.test(l));
  const shown = lines.slice(0, MAX_LIST).map((l) => (l[8] === "w" ? `${l} [NSE: writeable]` : l));
  const more =
    lines.length > MAX_LIST
      ? [`Only ${MAX_LIST} shown. Use --script-args ftp-anon.maxlist=-1 to see all.`]
      : [];
  return [`Anonymous FTP login allowed (FTP code ${code})`, ...shown, ...more];
}

/** ftp-syst's body: the STAT reply's lines (its first and last lines kept as the server sent them). */
export function ftpSystLines(stat: readonly string[]): string[] {
  const body = stat.map((l) => l.replace(/^211[- ]/, ""));
  return ["", "  STAT: ", ...body];
}

/** "0.0020s" — nmap prints the latency with two significant digits. */
export const latency = (ms: number): string => `${(Math.max(ms, 0.1) / 1000).toPrecision(2)}s`;

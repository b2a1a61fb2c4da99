/** The small number parsers vsftpd uses on command arguments; each mirrors one C routine's leniency. */

/** C atoi(): leading whitespace, optional sign, digits; anything else stops it; no digits gives 0. */
export function atoi(s: string): number {
  const m = /^[ \t\n\v\f\r]*([+-]?)(\d*)/.exec(s);
  const digits = m?.[2] ?? "";
  if (digits === "") return 0;
  const n = Math.min(Number(digits.slice(0, 16)), 2 ** 31);
  return m?.[1] === "-" ? -n : n;
}

/** vsftpd's octal reader (SITE CHMOD/UMASK, umask tunables): leading octal digits only, else 0. */
export function octalToUint(s: string): number {
  const m = /^[0-7]*/.exec(s)?.[0] ?? "";
  return m === "" ? 0 : parseInt(m, 8);
}

/** vsftpd's file-size reader for REST: digits only, and strings of 20+ characters give 0. */
export function parseFileSize(s: string): number {
  if (s.length > 19) return 0;
  const m = /^\d*/.exec(s)?.[0] ?? "";
  return m === "" ? 0 : Number(m);
}

/** Octal text as vsftpd prints a umask: "0" for zero, else a leading 0 ("022", "077"). */
export const uintToOctal = (n: number): string => (n === 0 ? "0" : "0" + n.toString(8));

/**
 * vsftpd's "h1,h2,…" reader (PORT, and with "." the IPv4 part of EPRT): exactly `count` fields split on
 * `sep`, each atoi'd into 0..255. An empty trailing field after the last one is tolerated, as in vsftpd.
 */
export function parseByteList(s: string, sep: string, count: number): number[] | null {
  const out: number[] = [];
  let rest = s;
  for (let i = 0; i < count; i++) {
    const at = rest.indexOf(sep);
    const lhs = at < 0 ? rest : rest.slice(0, at);
    rest = at < 0 ? "" : rest.slice(at + 1);
    if ((i < count - 1 && rest === "") || (i === count - 1 && rest !== "")) return null;
    const n = atoi(lhs);
    if (n < 0 || n > 255) return null;
    out.push(n);
  }
  return out;
}

/** The small number parsers vsftpd uses on command arguments; each mirrors one C routine's leniency. */

/** C atoi(): leading whitespace, optional sign, digits; anything else stops it; no digits gives 0. */
export function atoi(s: string): number {
  const m = /^[ \t\n\v\f\r]*([+-]?)(\d*)/.exec(s);
  const digits = m?.[2] ?? "";
  if (digits === "") return 0;
  const n = Math.min(Number(digits.slice(0, 16)), 2 ** 31);
  return m?.[1] === "-" ? -n : n;
}

/**
 * vsftpd's octal reader (SITE CHMOD/UMASK, umask tunables): leading octal digits only, else 0; an
 * unsigned int, so digits beyond 32 bits wrap around as the C shift does.
 */
export function octalToUint(s: string): number {
  let r = 0;
  for (const ch of s) {
    if (ch < "0" || ch > "7") break;
    r = ((r << 3) >>> 0) + (ch.charCodeAt(0) - 48);
  }
  return r >>> 0;
}

const LONG_MAX = 2n ** 63n - 1n;

/**
 * A numeric tunable as parseconf.c stores it: `(unsigned int) atoi(value)`. glibc's atoi is strtol
 * (saturating at the 64-bit long range) cast to int, so the stored value is the low 32 bits of that:
 * "-5" becomes 4294967291 and "70000" stays 70000; each use site then applies vsftpd's own handling.
 */
export function uintTunable(s: string): number {
  const m = /^[ \t\n\v\f\r]*([+-]?)0*(\d*)/.exec(s);
  const digits = m?.[2] ?? "";
  if (digits === "") return 0;
  let n = digits.length > 19 ? LONG_MAX + 1n : BigInt(digits);
  if (m?.[1] === "-") n = -(n > LONG_MAX + 1n ? LONG_MAX + 1n : n);
  else if (n > LONG_MAX) n = LONG_MAX;
  return Number(BigInt.asUintN(32, n));
}

/**
 * vsftpd's file-size reader for REST (vsf_sysutil_a_to_filesize_t): digits only, else 0; more than 15
 * characters also give 0 ("petabytes"), so the largest offset is 999,999,999,999,999.
 */
export function parseFileSize(s: string): number {
  if (s.length > 15 || !/^\d*$/.test(s)) return 0;
  return s === "" ? 0 : Number(s);
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

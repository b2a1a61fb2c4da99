/**
 * IPv4 text ↔ number and prefix tests. Addresses stay strings everywhere else (they are what the
 * learner reads); numbers are only used here to compare prefixes.
 */

const OCTET = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** The address as an unsigned 32-bit number, or undefined when it is not dotted-quad IPv4. */
export function parseIpv4(text: string): number | undefined {
  const parts = text.split(".");
  if (parts.length !== 4 || !parts.every((p) => OCTET.test(p))) return undefined;
  return parts.reduce((n, p) => ((n << 8) | Number(p)) >>> 0, 0);
}

export const formatIpv4 = (n: number): string =>
  [24, 16, 8, 0].map((shift) => String((n >>> shift) & 0xff)).join(".");

/** Whether `addr` lies in `cidr` ("192.168.1.0/24"). Malformed input is simply "not inside". */
export function inCidr(addr: string, cidr: string): boolean {
  const [base, lenText] = cidr.split("/");
  const a = parseIpv4(addr);
  const b = parseIpv4(base ?? "");
  const len = Number(lenText ?? "32");
  if (a === undefined || b === undefined || !Number.isInteger(len) || len < 0 || len > 32) return false;
  // A shift by 32 is a no-op in JavaScript, so the /0 mask is spelled out.
  const mask = len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
  return (a & mask) >>> 0 === (b & mask) >>> 0;
}

/** RFC 1918 ranges: usable inside a site, never routed on the public internet. */
export const PRIVATE_RANGES: readonly string[] = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"];

export const isPrivate = (addr: string): boolean => PRIVATE_RANGES.some((r) => inCidr(addr, r));

export const isIpv4 = (text: string): boolean => parseIpv4(text) !== undefined;

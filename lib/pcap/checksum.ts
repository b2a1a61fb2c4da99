/**
 * The Internet checksum (RFC 1071) over IPv4 headers and over TCP/UDP with their pseudo-headers, and the
 * text ↔ bytes forms of IP addresses. Pure functions over Uint8Array.
 */

/** One's-complement sum of 16-bit big-endian words, folded; `initial` chains several ranges. */
export function onesSum(b: Uint8Array, initial = 0): number {
  let sum = initial;
  const n = b.length & ~1;
  for (let i = 0; i < n; i += 2) sum += (b[i]! << 8) | b[i + 1]!;
  if (b.length & 1) sum += b[b.length - 1]! << 8;
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return sum;
}

export const finishChecksum = (sum: number): number => ~sum & 0xffff;

/** Sum of the TCP/UDP pseudo-header (source, destination, protocol, length) for IPv4 or IPv6. */
export function pseudoHeaderSum(src: Uint8Array, dst: Uint8Array, proto: number, length: number): number {
  let sum = onesSum(dst, onesSum(src));
  if (src.length === 16) sum += (length >>> 16) + (length & 0xffff) + proto;
  else sum += proto + length;
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return sum;
}

/** "192.0.2.1" → 4 bytes; "2001:db8::1" → 16 bytes; null when it is neither. */
export function addrBytes(text: string): Uint8Array | null {
  if (!text.includes(":")) {
    const parts = text.split(".");
    if (parts.length !== 4) return null;
    const out = new Uint8Array(4);
    for (let i = 0; i < 4; i++) {
      const v = Number(parts[i]);
      if (!/^\d{1,3}$/.test(parts[i]!) || v > 255) return null;
      out[i] = v;
    }
    return out;
  }
  return ipv6Bytes(text);
}

function ipv6Bytes(text: string): Uint8Array | null {
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const words = (s: string) => (s === "" ? [] : s.split(":"));
  const head = words(halves[0]!);
  const tail = halves.length === 2 ? words(halves[1]!) : [];
  // An embedded IPv4 tail ("::ffff:192.0.2.1") counts as two words.
  const last = (halves.length === 2 ? tail : head).at(-1);
  let v4: Uint8Array | null = null;
  if (last?.includes(".")) {
    v4 = addrBytes(last);
    if (!v4) return null;
    (halves.length === 2 ? tail : head).pop();
  }
  const fixed = head.length + tail.length + (v4 ? 2 : 0);
  if (fixed > 8 || (halves.length === 1 && fixed !== 8)) return null;
  const all = [...head, ...Array<string>(8 - fixed).fill("0"), ...tail];
  const out = new Uint8Array(16);
  for (let i = 0; i < all.length; i++) {
    if (!/^[0-9a-f]{1,4}$/i.test(all[i]!)) return null;
    const v = parseInt(all[i]!, 16);
    out[i * 2] = v >> 8;
    out[i * 2 + 1] = v & 0xff;
  }
  if (v4) out.set(v4, 12);
  return out;
}

/** 4 bytes → dotted quad; 16 bytes → RFC 5952 text (longest zero run shortened, lower case). */
export function addrText(b: Uint8Array): string {
  if (b.length === 4) return `${b[0]}.${b[1]}.${b[2]}.${b[3]}`;
  const w: number[] = [];
  for (let i = 0; i < 16; i += 2) w.push((b[i]! << 8) | b[i + 1]!);
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (w[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && w[j] === 0) j++;
    if (j - i > bestLen) [best, bestLen] = [i, j - i];
    i = j;
  }
  const hex = (ws: number[]) => ws.map((x) => x.toString(16)).join(":");
  if (best < 0) return hex(w);
  return `${hex(w.slice(0, best))}::${hex(w.slice(best + bestLen))}`;
}

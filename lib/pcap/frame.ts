/**
 * Builds the bytes of one Ethernet frame carrying IPv4 or IPv6 and TCP or UDP, with the header fields a
 * Linux host would put there (DF set, TTL 64 at the sender, MSS/SACK/window-scale options on SYNs) and
 * correct checksums, so Wireshark's checksum validation agrees with it.
 */
import { addrBytes, finishChecksum, onesSum, pseudoHeaderSum } from "./checksum";

export interface TcpFields {
  readonly syn?: boolean;
  readonly ack?: boolean;
  readonly fin?: boolean;
  readonly rst?: boolean;
  readonly psh?: boolean;
  /** URG, with the urgent pointer (bytes from seq to the end of the urgent data). */
  readonly urg?: number;
  readonly seq: number;
  readonly ackNo: number;
  /** Window as written in the header (scaled by the peer's view of our window-scale option). */
  readonly window: number;
}

export interface FrameSpec {
  readonly srcMac: Uint8Array;
  readonly dstMac: Uint8Array;
  readonly src: string;
  readonly dst: string;
  readonly srcPort: number;
  readonly dstPort: number;
  readonly ttl: number;
  readonly ipId: number;
  /** Absent for UDP. */
  readonly tcp?: TcpFields;
  readonly payload: Uint8Array;
}

const ETH = 14;
export const TCP_PROTO = 6;
export const UDP_PROTO = 17;
/** Window scale we announce on SYNs (Linux's usual 7), and the unscaled SYN window Linux sends. */
export const WSCALE = 7;
const SYN_WINDOW = 64240;
const MSS = 1460;

/** MSS, NOP NOP SACK-permitted, NOP window-scale: 12 bytes, as Linux orders them (without timestamps). */
const synOptions = (): number[] => [2, 4, MSS >> 8, MSS & 0xff, 1, 1, 4, 2, 1, 3, 3, WSCALE];

/** The frame, or null when an address is not IPv4/IPv6 text or both ends differ in family. */
export function buildFrame(s: FrameSpec): Uint8Array | null {
  const src = addrBytes(s.src);
  const dst = addrBytes(s.dst);
  if (!src || !dst || src.length !== dst.length) return null;
  const v6 = src.length === 16;
  const ipLen = v6 ? 40 : 20;
  const opts = s.tcp?.syn ? synOptions() : [];
  const l4Len = s.tcp ? 20 + opts.length : 8;
  const total = ETH + ipLen + l4Len + s.payload.length;
  const f = new Uint8Array(total);
  const v = new DataView(f.buffer);
  f.set(s.dstMac, 0);
  f.set(s.srcMac, 6);
  v.setUint16(12, v6 ? 0x86dd : 0x0800);
  const proto = s.tcp ? TCP_PROTO : UDP_PROTO;
  const l4Total = l4Len + s.payload.length;
  if (v6) {
    v.setUint32(ETH, 0x60000000);
    v.setUint16(ETH + 4, l4Total);
    f[ETH + 6] = proto;
    f[ETH + 7] = s.ttl;
    f.set(src, ETH + 8);
    f.set(dst, ETH + 24);
  } else {
    f[ETH] = 0x45;
    v.setUint16(ETH + 2, ipLen + l4Total);
    v.setUint16(ETH + 4, s.ipId & 0xffff);
    v.setUint16(ETH + 6, 0x4000); // DF: Linux sets it on TCP and on small UDP datagrams
    f[ETH + 8] = s.ttl;
    f[ETH + 9] = proto;
    f.set(src, ETH + 12);
    f.set(dst, ETH + 16);
    v.setUint16(ETH + 10, finishChecksum(onesSum(f.subarray(ETH, ETH + 20))));
  }
  const l4 = ETH + ipLen;
  v.setUint16(l4, s.srcPort);
  v.setUint16(l4 + 2, s.dstPort);
  if (s.tcp) writeTcp(f, v, l4, s.tcp, opts);
  else v.setUint16(l4 + 4, l4Total);
  f.set(s.payload, l4 + l4Len);
  let sum = finishChecksum(onesSum(f.subarray(l4), pseudoHeaderSum(src, dst, proto, l4Total)));
  // UDP sends an all-zero result as 0xffff (0 means "no checksum").
  if (!s.tcp && sum === 0) sum = 0xffff;
  v.setUint16(l4 + (s.tcp ? 16 : 6), sum);
  return f;
}

function writeTcp(f: Uint8Array, v: DataView, at: number, t: TcpFields, opts: number[]): void {
  v.setUint32(at + 4, t.seq >>> 0);
  v.setUint32(at + 8, t.ack ? t.ackNo >>> 0 : 0);
  f[at + 12] = ((20 + opts.length) / 4) << 4;
  f[at + 13] =
    (t.fin ? 0x01 : 0) |
    (t.syn ? 0x02 : 0) |
    (t.rst ? 0x04 : 0) |
    (t.psh ? 0x08 : 0) |
    (t.ack ? 0x10 : 0) |
    (t.urg ? 0x20 : 0);
  v.setUint16(at + 14, t.syn ? SYN_WINDOW : t.rst ? 0 : t.window);
  if (t.urg) v.setUint16(at + 18, t.urg);
  f.set(opts, at + 20);
}

/** A locally administered, unicast MAC derived from a name (deterministic; FNV-1a). */
export function macFor(name: string): Uint8Array {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return Uint8Array.from([0x02, 0x42, h >>> 24, (h >>> 16) & 0xff, (h >>> 8) & 0xff, h & 0xff]);
}

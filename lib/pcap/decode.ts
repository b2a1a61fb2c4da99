/**
 * Frame → IP → TCP/UDP for the link types tcpdump and Wireshark write by default: Ethernet (with 802.1Q
 * tags), raw IP, BSD loopback (null and LOOP), Linux cooked capture v1 (SLL) and v2 (SLL2). A table maps
 * each link type to the offset and kind of its network-layer payload.
 */
import { addrText } from "./checksum";

export interface Segment {
  readonly proto: "tcp" | "udp";
  readonly src: string;
  readonly dst: string;
  readonly sport: number;
  readonly dport: number;
  readonly syn: boolean;
  readonly ack: boolean;
  readonly fin: boolean;
  readonly rst: boolean;
  readonly psh: boolean;
  readonly seq: number;
  readonly ackNo: number;
  readonly payload: Uint8Array;
  /** Payload bytes the capture did not keep (snaplen). */
  readonly cut: number;
  /** IPv4 TTL or IPv6 hop limit: each router on the way takes one off. */
  readonly ttl: number;
}

/** Why a packet is left out: a pcap.skip.* key and its parameters. */
export interface Skip {
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type Decoded = { ok: true; seg: Segment } | { ok: false; skip: Skip };

const skip = (key: string, params?: Readonly<Record<string, string | number>>): Decoded => ({
  ok: false,
  skip: params ? { key: `pcap.skip.${key}`, params } : { key: `pcap.skip.${key}` },
});

/** Where the network layer starts and which protocol it is (an EtherType), or the unknown loopback family. */
type Link = (d: Uint8Array, v: DataView) => { at: number; ethertype: number } | number;

const IPV4 = 0x0800;
const IPV6 = 0x86dd;

const ipByVersion = (d: Uint8Array, at: number) => ((d[at] ?? 0) >> 4 === 6 ? IPV6 : IPV4);

/** BSD AF_INET is 2; AF_INET6 is 24, 28 or 30 depending on the system. */
const nullFamily = (af: number): { ethertype: number } | number =>
  af === 2 ? { ethertype: IPV4 } : af === 24 || af === 28 || af === 30 ? { ethertype: IPV6 } : af;

function ethernet(d: Uint8Array, v: DataView) {
  let at = 12;
  let type = d.length >= 14 ? v.getUint16(12) : 0;
  while ((type === 0x8100 || type === 0x88a8) && at + 6 <= d.length) {
    at += 4;
    type = v.getUint16(at);
  }
  return { at: at + 2, ethertype: type };
}

export const LINK_TYPES: Readonly<Record<number, { readonly name: string; readonly read: Link }>> = {
  0: {
    name: "BSD loopback (null)",
    read: (d, v) => {
      const f = nullFamily(
        d.length >= 4 ? (v.getUint32(0, true) > 0xffff ? v.getUint32(0) : v.getUint32(0, true)) : 0,
      );
      return typeof f === "number" ? f : { at: 4, ethertype: f.ethertype };
    },
  },
  1: { name: "Ethernet", read: ethernet },
  12: { name: "raw IP", read: (d) => ({ at: 0, ethertype: ipByVersion(d, 0) }) },
  14: { name: "raw IP", read: (d) => ({ at: 0, ethertype: ipByVersion(d, 0) }) },
  101: { name: "raw IP", read: (d) => ({ at: 0, ethertype: ipByVersion(d, 0) }) },
  108: {
    name: "OpenBSD loopback",
    read: (d, v) => {
      const f = nullFamily(d.length >= 4 ? v.getUint32(0) : 0);
      return typeof f === "number" ? f : { at: 4, ethertype: f.ethertype };
    },
  },
  113: {
    name: "Linux cooked capture (SLL)",
    read: (d, v) => ({ at: 16, ethertype: d.length >= 16 ? v.getUint16(14) : 0 }),
  },
  228: { name: "raw IPv4", read: () => ({ at: 0, ethertype: IPV4 }) },
  229: { name: "raw IPv6", read: () => ({ at: 0, ethertype: IPV6 }) },
  276: {
    name: "Linux cooked capture v2 (SLL2)",
    read: (d, v) => ({ at: 20, ethertype: d.length >= 20 ? v.getUint16(0) : 0 }),
  },
};

/** Names a few link types people meet, for the "unsupported" message. */
const OTHER_NAMES: Readonly<Record<number, string>> = {
  105: "IEEE 802.11 Wi-Fi",
  127: "IEEE 802.11 with radiotap",
  192: "PPI",
  9: "PPP",
  220: "USB (Linux)",
  249: "USB (Linux, mmapped)",
  201: "Bluetooth",
  215: "IEEE 802.15.4",
};

export const linkTypeName = (lt: number): string =>
  LINK_TYPES[lt]?.name ?? OTHER_NAMES[lt] ?? `link type ${lt}`;

export function decodeFrame(data: Uint8Array, linkType: number, origLen: number): Decoded {
  const link = LINK_TYPES[linkType];
  if (!link) return skip("link", { name: linkTypeName(linkType) });
  const v = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const l = link.read(data, v);
  if (typeof l === "number") return skip("family", { af: l });
  if (l.ethertype !== IPV4 && l.ethertype !== IPV6)
    return skip("etherType", { type: `0x${l.ethertype.toString(16).padStart(4, "0")}` });
  const cut = Math.max(0, origLen - data.length);
  return l.ethertype === IPV4 ? ipv4(data, v, l.at, cut) : ipv6(data, v, l.at, cut);
}

function ipv4(d: Uint8Array, v: DataView, at: number, cut: number): Decoded {
  if (at + 20 > d.length || d[at]! >> 4 !== 4) return skip("ipv4Damaged");
  const ihl = (d[at]! & 15) * 4;
  const total = v.getUint16(at + 2);
  const frag = v.getUint16(at + 6);
  if (frag & 0x3fff) return skip("ipv4Fragment");
  const src = addrText(d.subarray(at + 12, at + 16));
  const dst = addrText(d.subarray(at + 16, at + 20));
  // Ethernet pads short frames: the IP total length says where the packet really ends.
  const end = Math.min(d.length, at + (total || d.length - at));
  return transport(d, v, d[at + 9]!, at + ihl, end, { src, dst, cut, ttl: d[at + 8]! });
}

function ipv6(d: Uint8Array, v: DataView, at: number, cut: number): Decoded {
  if (at + 40 > d.length || d[at]! >> 4 !== 6) return skip("ipv6Damaged");
  let next = d[at + 6]!;
  let l4 = at + 40;
  const end = Math.min(d.length, l4 + v.getUint16(at + 4));
  // Hop-by-hop, routing and destination options headers come before TCP/UDP; a fragment header ends it.
  while ((next === 0 || next === 43 || next === 60) && l4 + 8 <= end) {
    next = d[l4]!;
    l4 += (d[l4 + 1]! + 1) * 8;
  }
  if (next === 44) return skip("ipv6Fragment");
  return transport(d, v, next, l4, end, {
    src: addrText(d.subarray(at + 8, at + 24)),
    dst: addrText(d.subarray(at + 24, at + 40)),
    cut,
    ttl: d[at + 7]!,
  });
}

function transport(
  d: Uint8Array,
  v: DataView,
  proto: number,
  at: number,
  end: number,
  ip: { readonly src: string; readonly dst: string; readonly cut: number; readonly ttl: number },
): Decoded {
  const { src, dst, cut, ttl } = ip;
  if (proto === 6) {
    if (at + 20 > end) return skip("tcpShort");
    const off = (d[at + 12]! >> 4) * 4;
    const flags = d[at + 13]!;
    return {
      ok: true,
      seg: {
        proto: "tcp",
        src,
        dst,
        sport: v.getUint16(at),
        dport: v.getUint16(at + 2),
        seq: v.getUint32(at + 4),
        ackNo: v.getUint32(at + 8),
        fin: (flags & 1) !== 0,
        syn: (flags & 2) !== 0,
        rst: (flags & 4) !== 0,
        psh: (flags & 8) !== 0,
        ack: (flags & 16) !== 0,
        payload: d.subarray(Math.min(end, at + off), end),
        cut,
        ttl,
      },
    };
  }
  if (proto === 17) {
    if (at + 8 > end) return skip("udpShort");
    return {
      ok: true,
      seg: {
        proto: "udp",
        src,
        dst,
        sport: v.getUint16(at),
        dport: v.getUint16(at + 2),
        syn: false,
        ack: false,
        fin: false,
        rst: false,
        psh: false,
        seq: 0,
        ackNo: 0,
        payload: d.subarray(at + 8, Math.min(end, at + v.getUint16(at + 4))),
        cut,
        ttl,
      },
    };
  }
  return skip("proto", { proto });
}

/** Hand-made captures for the importer's tests: classic pcap files of Ethernet frames built by lib/pcap/frame. */
import { buildFrame, macFor } from "@/lib/pcap/frame";
import { latin1Bytes } from "@/lib/util/bytes";

export interface Pkt {
  src: string;
  dst: string;
  sport: number;
  dport: number;
  flags?: string;
  seq?: number;
  ack?: number;
  data?: string;
  udp?: Uint8Array;
  t?: number;
}

export function frame(p: Pkt): Uint8Array {
  const f = new Set((p.flags ?? "ACK").split(","));
  return buildFrame({
    srcMac: macFor(p.src),
    dstMac: macFor(p.dst),
    src: p.src,
    dst: p.dst,
    srcPort: p.sport,
    dstPort: p.dport,
    ttl: 64,
    ipId: 1,
    ...(p.udp
      ? {}
      : {
          tcp: {
            syn: f.has("SYN"),
            ack: f.has("ACK"),
            fin: f.has("FIN"),
            rst: f.has("RST"),
            psh: f.has("PSH"),
            seq: p.seq ?? 0,
            ackNo: p.ack ?? 0,
            window: 502,
          },
        }),
    payload: p.udp ?? latin1Bytes(p.data ?? ""),
  })!;
}

/** A microsecond pcap of these frames, 1 ms apart unless `t` says otherwise. */
export function pcap(frames: readonly Uint8Array[], linkType = 1, times?: readonly number[]): Uint8Array {
  const total = 24 + frames.reduce((n, f) => n + 16 + f.length, 0);
  const out = new Uint8Array(total);
  const v = new DataView(out.buffer);
  v.setUint32(0, 0xa1b2c3d4, true);
  v.setUint16(4, 2, true);
  v.setUint16(6, 4, true);
  v.setUint32(16, 262144, true);
  v.setUint32(20, linkType, true);
  let at = 24;
  frames.forEach((f, i) => {
    const ms = times?.[i] ?? i;
    v.setUint32(at, 1_700_000_000 + Math.floor(ms / 1000), true);
    v.setUint32(at + 4, Math.round((ms % 1000) * 1000), true);
    v.setUint32(at + 8, f.length, true);
    v.setUint32(at + 12, f.length, true);
    out.set(f, at + 16);
    at += 16 + f.length;
  });
  return out;
}

const C = "192.0.2.10";
const S = "198.51.100.20";

/** A control connection client:40000 → server:21 after its handshake; `c`/`s` make segments by offset. */
export function control() {
  const isn = { c: 1000, s: 5000 };
  const c = (off: number, data: string, flags = "PSH,ACK") =>
    frame({ src: C, dst: S, sport: 40000, dport: 21, flags, seq: isn.c + 1 + off, ack: isn.s + 1, data });
  const s = (off: number, data: string, flags = "PSH,ACK") =>
    frame({ src: S, dst: C, sport: 21, dport: 40000, flags, seq: isn.s + 1 + off, ack: isn.c + 1, data });
  const open = [
    frame({ src: C, dst: S, sport: 40000, dport: 21, flags: "SYN", seq: isn.c }),
    frame({ src: S, dst: C, sport: 21, dport: 40000, flags: "SYN,ACK", seq: isn.s, ack: isn.c + 1 }),
    frame({ src: C, dst: S, sport: 40000, dport: 21, flags: "ACK", seq: isn.c + 1, ack: isn.s + 1 }),
  ];
  return { c, s, open, C, S, isn };
}

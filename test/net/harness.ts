/** A tiny test network: threads NetState through `transmit` and plays both TCP ends by hand. */
import type { SockAddr } from "@/lib/util/sock-addr";
import type { Packet, TcpFlags } from "@/lib/net/packet";
import { emptyNetState, type NetState } from "@/lib/net/state";
import type { Topology } from "@/lib/net/topology";
import { transmit, type TransmitResult } from "@/lib/net/transmit";
import { bytesLatin1, latin1Bytes } from "@/lib/util/bytes";

export const ep = (addr: string, port: number): SockAddr => ({ addr, port });

export function seg(
  src: SockAddr,
  dst: SockAddr,
  flags: TcpFlags,
  seq: number,
  ack: number,
  text = "",
): Packet {
  return { proto: "tcp", src, dst, flags, seq, ack, payload: latin1Bytes(text) };
}

export const textOf = (p: Packet): string => bytesLatin1(p.payload);

export class Net {
  state: NetState = emptyNetState();
  now = 0;
  constructor(readonly topo: Topology) {}

  send(from: string, p: Packet): TransmitResult {
    const r = transmit(this.topo, this.state, from, p, this.now);
    this.state = r.state;
    this.now += 100;
    return r;
  }

  /** Sends and insists on delivery; returns the packet as the receiver got it. */
  deliver(from: string, p: Packet, to?: string): Packet {
    const r = this.send(from, p);
    if (r.outcome.kind !== "delivered") throw new Error(`dropped at ${r.outcome.at}: ${r.outcome.rule}`);
    if (to !== undefined && r.outcome.host !== to)
      throw new Error(`delivered to ${r.outcome.host}, not ${to}`);
    return r.outcome.packet;
  }
}

/** One TCP connection between two hosts, each end keeping its own view of the 4-tuple and numbers. */
export interface Flow {
  readonly a: string;
  readonly b: string;
  /** As A sends: A's local → the address A dialled. */
  aTuple: { src: SockAddr; dst: SockAddr };
  /** As B sends: B's local → the address B saw A at. */
  bTuple: { src: SockAddr; dst: SockAddr };
  /** Next byte each end will send, and next byte each end expects, in its own sequence space. */
  aNext: number;
  bNext: number;
  aRcv: number;
  bRcv: number;
}

export function open(
  net: Net,
  a: string,
  src: SockAddr,
  dst: SockAddr,
  b: string,
  isn = 1000,
  bIsn = 5000,
): Flow {
  const atB = net.deliver(a, seg(src, dst, { syn: true }, isn, 0), b);
  const atA = net.deliver(b, seg(atB.dst, atB.src, { syn: true, ack: true }, bIsn, (atB.seq ?? 0) + 1), a);
  const flow: Flow = {
    a,
    b,
    aTuple: { src, dst },
    bTuple: { src: atB.dst, dst: atB.src },
    aNext: (isn + 1) >>> 0,
    bNext: (bIsn + 1) >>> 0,
    aRcv: (atA.seq! + 1) >>> 0,
    bRcv: (atB.seq! + 1) >>> 0,
  };
  net.deliver(a, seg(src, dst, { ack: true }, flow.aNext, flow.aRcv), b);
  return flow;
}

/**
 * A sends `text` with its own numbers (it knows nothing of any ALG); B takes what arrives as the next
 * bytes of the stream. Returns the packet as B received it.
 */
export function aSends(net: Net, f: Flow, text: string): Packet {
  const p = net.deliver(
    f.a,
    seg(f.aTuple.src, f.aTuple.dst, { ack: true, psh: true }, f.aNext, f.aRcv, text),
    f.b,
  );
  f.aNext = (f.aNext + text.length) >>> 0;
  f.bRcv = (f.bRcv + p.payload.length) >>> 0;
  return p;
}

export function bSends(net: Net, f: Flow, text: string): Packet {
  const p = net.deliver(
    f.b,
    seg(f.bTuple.src, f.bTuple.dst, { ack: true, psh: true }, f.bNext, f.bRcv, text),
    f.a,
  );
  f.bNext = (f.bNext + text.length) >>> 0;
  f.aRcv = (f.aRcv + p.payload.length) >>> 0;
  return p;
}

/**
 * An FTP control connection as it really begins: the handshake, the server's greeting and the client's
 * first command. The kernel's FTP helper reads a segment only when it starts right after a newline it
 * saw in that direction, so the first line each way is never read and everything after it can be.
 */
export function openFtp(
  net: Net,
  a: string,
  src: SockAddr,
  dst: SockAddr,
  b: string,
  isn = 1000,
  bIsn = 5000,
): Flow {
  const f = open(net, a, src, dst, b, isn, bIsn);
  bSends(net, f, "220 (vsFTPd 3.0.3)\r\n");
  aSends(net, f, "USER anonymous\r\n");
  return f;
}

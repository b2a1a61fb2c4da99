/**
 * One direction of a TCP connection, reassembled: bytes come out once, in sequence order, whatever order
 * the segments were captured in. Retransmitted bytes are dropped (and counted), a segment ahead of a hole
 * waits until the hole is filled, and a hole that is never filled (the capture missed a segment, or a
 * snaplen cut a payload) is named and skipped when the stream must go on: at FIN/RST, at the end of the
 * capture, or when too much waits behind it.
 */

export interface Delivered<M> {
  readonly bytes: Uint8Array;
  /** Offset of the first byte from the stream's start (the byte after the SYN). */
  readonly offset: number;
  /** The segment whose arrival delivered these bytes. */
  readonly meta: M;
}

export interface Hole {
  readonly from: number;
  readonly to: number;
}

/** Out-of-order bytes held at most (then the hole is declared missing). */
const MAX_PENDING = 4 << 20;

export class HalfStream<M> {
  /** Sequence number of offset 0 (ISN + 1), known from the SYN or from the first segment seen. */
  private base: number | null = null;
  private next = 0;
  private pending: { offset: number; bytes: Uint8Array; cut: number; meta: M }[] = [];
  private pendingBytes = 0;
  retransmitted = 0;
  readonly holes: Hole[] = [];
  /** Whether the connection's start (SYN) was seen: offsets are then from the real start. */
  sawStart = false;

  syn(seq: number): void {
    if (this.base !== null) return;
    this.base = (seq + 1) >>> 0;
    this.sawStart = true;
  }

  /** The absolute sequence number of a stream offset. */
  seqAt(offset: number): number {
    return ((this.base ?? 0) + offset) >>> 0;
  }

  get offset(): number {
    return this.next;
  }

  /** A segment's payload (`cut` bytes of it not captured); returns what can now be read, in order. */
  push(
    seq: number,
    payload: Uint8Array,
    cut: number,
    meta: M,
  ): { out: Delivered<M>[]; retransmission: boolean } {
    if (this.base === null) this.base = seq >>> 0;
    const out: Delivered<M>[] = [];
    const len = payload.length + cut;
    if (!len) return { out, retransmission: false };
    const at = (seq - this.base) >>> 0;
    // Far behind (more than 2 GiB back in sequence space) reads as a wrapped old segment: a retransmission.
    if (at + len <= this.next || at > 0x80000000) {
      this.retransmitted++;
      return { out, retransmission: true };
    }
    if (at > this.next) {
      this.hold(at, payload, cut, meta);
      if (this.pendingBytes > MAX_PENDING) this.skipHole(out);
      return { out, retransmission: false };
    }
    this.take(at, payload, cut, meta, out);
    this.drain(out);
    return { out, retransmission: false };
  }

  /** The stream must go on (FIN, RST, end of capture): skip every hole before what waits, deliver it. */
  flush(upTo?: number): Delivered<M>[] {
    const out: Delivered<M>[] = [];
    while (this.pending.length) this.skipHole(out);
    if (upTo !== undefined && this.base !== null) {
      const end = (upTo - this.base) >>> 0;
      if (end > this.next && end < 0x80000000) {
        this.holes.push({ from: this.next, to: end });
        this.next = end;
      }
    }
    return out;
  }

  private hold(at: number, payload: Uint8Array, cut: number, meta: M): void {
    if (this.pending.some((p) => p.offset === at)) return;
    this.pending.push({ offset: at, bytes: payload, cut, meta });
    this.pending.sort((a, b) => a.offset - b.offset);
    this.pendingBytes += payload.length;
  }

  private take(at: number, payload: Uint8Array, cut: number, meta: M, out: Delivered<M>[]): void {
    const skip = this.next - at;
    const fresh = payload.subarray(Math.min(skip, payload.length));
    if (fresh.length) out.push({ bytes: fresh, offset: this.next, meta });
    this.next = at + payload.length;
    if (cut) {
      this.holes.push({ from: this.next, to: this.next + cut });
      this.next += cut;
    }
  }

  private drain(out: Delivered<M>[]): void {
    while (this.pending.length && this.pending[0]!.offset <= this.next) {
      const p = this.pending.shift()!;
      this.pendingBytes -= p.bytes.length;
      if (p.offset + p.bytes.length + p.cut > this.next) this.take(p.offset, p.bytes, p.cut, p.meta, out);
    }
  }

  private skipHole(out: Delivered<M>[]): void {
    const first = this.pending[0];
    if (!first) return;
    this.holes.push({ from: this.next, to: first.offset });
    this.next = first.offset;
    this.drain(out);
  }
}

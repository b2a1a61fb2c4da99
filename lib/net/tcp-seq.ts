/**
 * TCP sequence corrections after an ALG changed a payload's length (Linux nf_conntrack_seqadj):
 * the sender's later bytes sit `delta` further on for the receiver, and the receiver's acks must be
 * shifted back before the sender sees them. Arithmetic is modulo 2^32.
 */
import type { Packet } from "./packet";
import type { Direction, SeqCorrection } from "./state";

const u32 = (n: number): number => n >>> 0;

/** RFC 793 "a is after b" in sequence space. */
export const seqAfter = (a: number, b: number): boolean => ((a - b) | 0) > 0;

/**
 * Records a rewrite of the segment starting at `seq` that changed its length by `delta`. A rewrite
 * older than the current correction (a retransmission) leaves it alone, as the kernel does.
 */
export function recordRewrite(c: SeqCorrection, seq: number, delta: number): SeqCorrection {
  if (delta === 0) return c;
  const fresh = c.before === c.after || seqAfter(seq, c.pos);
  return fresh ? { pos: u32(seq), before: c.after, after: c.after + delta } : c;
}

/** The offset to add to a sequence number `seq` travelling in the corrected direction. */
const seqOffset = (c: SeqCorrection, seq: number): number => (seqAfter(seq, c.pos) ? c.after : c.before);

/** The offset to subtract from an ack that acknowledges the corrected direction. */
const ackOffset = (c: SeqCorrection, ack: number): number =>
  seqAfter(u32(ack - c.before), c.pos) ? c.after : c.before;

const OTHER: Readonly<Record<Direction, Direction>> = { orig: "reply", reply: "orig" };

/** Shifts seq by this direction's correction and ack by the other direction's. */
export function adjustSeqAck(
  adj: Readonly<Record<Direction, SeqCorrection>>,
  dir: Direction,
  p: Packet,
): Packet {
  const mine = adj[dir];
  const theirs = adj[OTHER[dir]];
  const seq = p.seq === undefined ? undefined : u32(p.seq + seqOffset(mine, p.seq));
  const ackApplies = p.ack !== undefined && p.flags?.ack === true;
  const ack = ackApplies ? u32(p.ack! - ackOffset(theirs, p.ack!)) : p.ack;
  if (seq === p.seq && ack === p.ack) return p;
  return { ...p, ...(seq !== undefined ? { seq } : {}), ...(ack !== undefined ? { ack } : {}) };
}

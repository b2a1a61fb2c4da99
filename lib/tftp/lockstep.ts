/**
 * The lock-step core both ends share: one side sends DATA blocks, the other ACKs each one, and only
 * one block is ever in flight. Retransmission happens ONLY when the retransmission timer fires; a
 * duplicate ACK is ignored (RFC 1123 §4.2.3.1), which is what avoids the Sorcerer's Apprentice bug
 * (answering every duplicate ACK with a DATA doubles every block from then on).
 */
import type { KeySuffix } from "../i18n/core";
import type { NoteRef } from "../util/note";
import type { SockAddr } from "../util/sock-addr";
import { describe, type TftpPacket } from "./packet";

export type Effect =
  | { readonly kind: "send"; readonly packet: TftpPacket }
  | { readonly kind: "note"; readonly note: NoteRef }
  /** (Re)start the retransmission timer. */
  | { readonly kind: "arm" }
  | { readonly kind: "disarm" }
  /** The last block was sent and acknowledged (sender) or received and acknowledged (receiver). */
  | { readonly kind: "finished" }
  | { readonly kind: "gaveUp" };

export interface Lockstep {
  readonly role: "send" | "receive";
  /** The other end's address and transfer identifier (unknown until a client gets the first reply). */
  peer: SockAddr;
  peerKnown: boolean;
  blksize: number;
  rexmtMs: number;
  /** Client: give up after this many retransmissions (each after rexmtMs). */
  maxRetries: number;
  /**
   * Server (tftpd-hpa): each retransmission doubles the wait, starting again from rexmtMs for every new
   * packet; it gives up silently once the doubled wait reaches 63 × rexmtMs (TIMEOUT_LIMIT = 2^6 − 1).
   */
  readonly backoff: boolean;
  /** The wait the retransmission timer is armed with now. */
  waitMs: number;
  /** Sender: the bytes on the wire (netascii already applied). */
  readonly data: Uint8Array;
  /**
   * Sender: the block waiting for its ACK (0 while an OACK waits for ACK 0). Receiver: the block it
   * expects next. Counted without wrapping; the wire carries it modulo 65536.
   */
  next: number;
  /** Receiver: the blocks' payloads, in order. */
  readonly chunks: Uint8Array[];
  received: number;
  /** The last packet sent, for retransmission on timeout. */
  last: TftpPacket | undefined;
  retries: number;
  done: boolean;
  readonly startedAt: number;
}

export function newLockstep(
  role: "send" | "receive",
  peer: SockAddr,
  o: {
    blksize: number;
    rexmtMs: number;
    maxRetries: number;
    backoff?: boolean;
    data?: Uint8Array;
    now: number;
  },
): Lockstep {
  return {
    role,
    peer,
    peerKnown: true,
    blksize: o.blksize,
    rexmtMs: o.rexmtMs,
    maxRetries: o.maxRetries,
    backoff: o.backoff ?? false,
    waitMs: o.rexmtMs,
    data: o.data ?? new Uint8Array(0),
    next: role === "send" ? 1 : 1,
    chunks: [],
    received: 0,
    last: undefined,
    retries: 0,
    done: false,
    startedAt: o.now,
  };
}

const wire = (n: number): number => n & 0xffff;
const n = (key: KeySuffix<"tftp.note.">, params?: Record<string, string | number>): Effect => ({
  kind: "note",
  note: { key: `tftp.note.${key}`, ...(params ? { params } : {}) },
});

/** Sends a new packet, remembers it as the one to repeat on timeout, and starts its timer afresh. */
export function emit(t: Lockstep, packet: TftpPacket): Effect[] {
  t.waitMs = t.rexmtMs;
  return resend(t, packet);
}

/** Sends a packet again without resetting the wait (a repeated ACK, a retransmission). */
function resend(t: Lockstep, packet: TftpPacket): Effect[] {
  t.last = packet;
  return [{ kind: "send", packet }, { kind: "arm" }];
}

/** tftpd-hpa's TIMEOUT_LIMIT: the doubled wait may reach at most 63 times the base before it quits. */
const BACKOFF_LIMIT = 63;

/** Blocks in the file: a short block ends it, so an exact multiple of blksize ends with an empty one. */
export const lastBlock = (t: Lockstep): number => Math.floor(t.data.length / t.blksize) + 1;

export function dataPacket(t: Lockstep, k: number): TftpPacket {
  const start = (k - 1) * t.blksize;
  return {
    op: "DATA",
    block: wire(k),
    data: t.data.subarray(start, Math.min(start + t.blksize, t.data.length)),
  };
}

/** The sender starts (or continues after ACK 0 of an OACK) with block `t.next`. */
export const sendCurrent = (t: Lockstep): Effect[] => emit(t, dataPacket(t, t.next));

export function onAck(t: Lockstep, block: number): Effect[] {
  if (t.done) return [n("ackAfterEnd", { block })];
  if (block === wire(t.next)) {
    t.retries = 0;
    if (t.next === lastBlock(t)) {
      t.done = true;
      return [{ kind: "disarm" }, { kind: "finished" }];
    }
    t.next += 1;
    return sendCurrent(t);
  }
  if (block === wire(t.next - 1)) return [n("dupAckIgnored", { block, next: wire(t.next) })];
  return [n("ackIgnored", { block, next: wire(t.next) })];
}

export function onData(t: Lockstep, block: number, data: Uint8Array): Effect[] {
  const ack = (b: number): TftpPacket => ({ op: "ACK", block: b });
  // After the end (a dallying server) or one behind: our ACK was lost or is slow; ACK it again.
  if (block === wire(t.next - 1)) return [n("dupData", { block }), ...resend(t, ack(block))];
  if (t.done || block !== wire(t.next)) return [n("dataIgnored", { block, next: wire(t.next) })];
  t.chunks.push(data);
  t.received += data.length;
  t.retries = 0;
  t.next += 1;
  const out = emit(t, ack(block));
  if (data.length < t.blksize) {
    t.done = true;
    out.push({ kind: "finished" });
  }
  return out;
}

/** The retransmission timer fired: repeat the last packet, or give up (after maxRetries, or the backoff's limit). */
export function onTimeout(t: Lockstep): Effect[] {
  if (!t.last) return [];
  const waited = t.waitMs;
  if (t.backoff) t.waitMs *= 2;
  const over = t.backoff ? t.waitMs >= t.rexmtMs * BACKOFF_LIMIT : t.retries >= t.maxRetries;
  if (over) {
    t.done = true;
    return [n("gaveUp", { retries: t.retries, what: describe(t.last) }), { kind: "gaveUp" }];
  }
  t.retries += 1;
  const what = describe(t.last);
  return [n("retransmit", { what, attempt: t.retries, ms: waited }), ...resend(t, t.last)];
}

/** The receiver's file, in order. */
export function receivedBytes(t: Lockstep): Uint8Array {
  const out = new Uint8Array(t.received);
  let at = 0;
  for (const c of t.chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * The shapes the simulated TCP stack (tcp.ts) works with: the events it hands up, one connection and
 * its two ends, the hooks through which it reaches the clock and the network, and Linux's timings.
 */
import type { NoteRef } from "../util/note";
import type { DataFailure } from "../ftp/io";
import type { SockAddr } from "../util/sock-addr";
import type { Packet } from "../net/packet";
import type { Channel } from "../trace/types";
import type { Rng } from "../util/rng";

export type SocketEvent =
  | { type: "connected"; conn: number; local: SockAddr; remote: SockAddr }
  | { type: "accepted"; conn: number; owner: string; local: SockAddr; remote: SockAddr }
  | { type: "connectFailed"; conn: number; reason: DataFailure }
  | { type: "bytes"; conn: number; bytes: Uint8Array }
  | { type: "closed"; conn: number; reset: boolean }
  | { type: "flushed"; conn: number };

export interface TcpEnd {
  readonly host: string;
  local: SockAddr;
  remote: SockAddr;
  readonly iss: number;
  sndNxt: number;
  rcvNxt: number;
  state: "syn-sent" | "syn-rcvd" | "established" | "closed";
  finSent: boolean;
  finRcvd: boolean;
  closeWanted: boolean;
  /** Segments waiting for their paced departure. */
  outbox: Uint8Array[];
  nextFree: number;
  owner: string;
}

export interface Conn {
  readonly id: number;
  readonly channel: Channel;
  readonly a: TcpEnd;
  b: TcpEnd | null;
  synAttempt: number;
  dead: boolean;
}

/** Largest payload handed to the network at once (like a segmentation-offload super-segment). */
export const SEGMENT_BYTES = 65536;

export interface TcpHooks {
  now(): number;
  rng: Rng;
  /** Put a packet on the network from `host`, at time `at` (≥ now). */
  transmit(host: string, packet: Packet, at: number, conn: Conn, note?: NoteRef): void;
  /** Ask to be called back at `at` for this connection (pacing, SYN retries). */
  later(
    at: number,
    what: { type: "pump" | "synRetry"; conn: number; side: "a" | "b"; attempt?: number },
  ): void;
  emit(e: SocketEvent, end: { readonly owner: string; readonly host: string }): void;
  /** A SYN reached a closed port: the host answers RST (the recorder notes the refusal). */
  refused(host: string, syn: Packet, conn: Conn): void;
}

/**
 * The TCP rows of one real connection, from what its socket reports, so a real session is drawn with the
 * simulator's vocabulary: the handshake once accept() or connect() has returned (the kernel made it
 * before), each side's FIN (an end of stream read is the peer's; a finished end() is ours), and resets.
 * Only what the socket calls prove is drawn: the ACK of a FIN is shown where our own kernel sends it.
 */
import type net from "node:net";
import type { Channel, TraceEnd } from "../trace/types";
import type { NoteRef } from "../util/note";
import type { SessionTrace } from "./real-trace";

export interface ConnEnds {
  readonly conn: number;
  readonly channel: Channel;
  /** This server's end. */
  readonly near: TraceEnd;
  readonly far: TraceEnd;
  /** Who sent the SYN: the peer (we accepted) or we (we connected). */
  readonly openedBy: "near" | "far";
  /** Why the handshake has no sequence numbers (on its SYN). */
  readonly note: NoteRef;
}

export interface ConnTrace {
  /** We are about to reset the connection (resetAndDestroy): its RST, unless it is already closed. */
  reset(): void;
}

export function traceConn(sock: net.Socket, trace: SessionTrace, c: ConnEnds): ConnTrace {
  const { conn, channel, near, far } = c;
  const seg = (from: TraceEnd, to: TraceEnd, flags: string) => trace.segment(conn, channel, from, to, flags);
  let ourFin = false;
  let theirFin = false;
  let gone = false;
  let errCode = "";
  if (c.openedBy === "far") trace.handshake(conn, channel, far, near, c.note);
  else trace.handshake(conn, channel, near, far, c.note);
  sock.on("end", () => {
    if (gone || theirFin) return;
    theirFin = true;
    seg(far, near, "FIN,ACK");
    // We had closed first: our kernel acknowledges their FIN (the last segment of the close).
    if (ourFin) seg(near, far, "ACK");
  });
  sock.on("finish", () => {
    if (gone || ourFin) return;
    ourFin = true;
    seg(near, far, "FIN,ACK");
  });
  sock.on("error", (e: NodeJS.ErrnoException) => (errCode = e.code ?? ""));
  sock.on("close", () => {
    if (!gone && errCode === "ECONNRESET") seg(far, near, "RST");
    gone = true;
  });
  return {
    reset() {
      if (gone || (ourFin && theirFin) || sock.destroyed) return;
      gone = true;
      seg(near, far, "RST");
    },
  };
}

/**
 * The exact payload of every simulated segment, keyed so the trace entry drawn for that hop finds it:
 * the trace keeps only a preview of large data (and the plain text of TLS), a pcapng export needs the
 * bytes on the wire. Payload views share the simulation's buffers, so the tap costs a map entry each.
 */
import type { TraceEntry } from "../trace/types";
import type { HopView } from "../sim/network-port";

const key = (conn: number, from: string, to: string, seq: number | undefined, t: number): string =>
  `${conn}|${from}|${to}|${seq ?? ""}|${t}`;

export class WireTap {
  private readonly payloads = new Map<string, Uint8Array>();

  /** Handed to the simulation: called for each hop of each transmitted TCP packet. */
  readonly record = (conn: number, hop: HopView): void => {
    if (hop.packet.payload.length)
      this.payloads.set(key(conn, hop.from, hop.to, hop.packet.seq, hop.departAt), hop.packet.payload);
  };

  /** The bytes of the hop an entry draws, if the tap saw it (a bare ACK shares its key with data). */
  readonly lookup = (e: TraceEntry): Uint8Array | undefined =>
    e.conn === undefined || !e.bytes
      ? undefined
      : this.payloads.get(key(e.conn, e.from.host, e.to.host, e.seqNo, e.t));
}

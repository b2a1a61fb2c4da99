/**
 * The trace: everything the learner sees is one of these entries, in order. The UI renders
 * trace[0..cursor]; nothing re-simulates to step. Names are past tense or nouns (what happened).
 */
import type { NoteRef } from "../util/note";

export type Channel = "control" | "data";
export type Layer = "tcp" | "udp" | "ftp" | "tftp" | "nat" | "firewall" | "client";

/** Where an entry starts or ends: a lifeline (host name) and the address:port seen on that link. */
export interface TraceEnd {
  readonly host: string;
  readonly addr?: string;
  readonly port?: number;
}

export type EntryKind =
  /** The learner typed a line at the client; starts a step. */
  | "CommandTyped"
  /** A TCP segment without payload (SYN, SYN-ACK, ACK, FIN, RST) crossing one link. */
  | "SegmentSent"
  /** An FTP command line on the control connection, crossing one link. */
  | "CommandSent"
  /** An FTP reply (one or more lines) on the control connection, crossing one link. */
  | "ReplySent"
  /** Bytes on a data connection, crossing one link. */
  | "DataSent"
  /** A UDP datagram (TFTP) crossing one link. */
  | "DatagramSent"
  /** A middlebox or the network dropped a packet; `note` says which rule. */
  | "SegmentDropped"
  /** A NAT rewrote addresses/ports (and an ALG maybe the payload) at a router. */
  | "NatTranslated"
  /** A host answered a SYN to a closed port with RST. */
  | "ConnectionRefused"
  /** A connect attempt gave up after its timeout. */
  | "ConnectTimedOut"
  /** A host opened a listening socket (passive port, active-mode client port). */
  | "ListenOpened"
  /** A decision of an engine worth explaining (a tunable, a rule), with no packet of its own. */
  | "Decision"
  /** Something the client program printed (not a server reply). */
  | "ClientPrinted"
  /** A transfer finished for the client: both the final reply and the data EOF arrived. */
  | "TransferCompleted"
  /** The simulation stopped waiting (limits reached, nothing left to do). */
  | "SimulationStopped";

export interface TraceEntry {
  /** 0-based position in the trace. */
  readonly seq: number;
  /** Simulated time in milliseconds since the scenario started. */
  readonly t: number;
  readonly kind: EntryKind;
  readonly layer: Layer;
  /** Index of the typed command this entry belongs to (-1 before the first). */
  readonly step: number;
  readonly from: TraceEnd;
  readonly to: TraceEnd;
  /** TCP connection id (stable for the connection across hops and NAT), when there is one. */
  readonly conn?: number;
  readonly channel?: Channel;
  /** Exact protocol text (CRLF included) for commands, replies and printable data. */
  readonly text?: string;
  /** Reply code for ReplySent. */
  readonly code?: number;
  /** FTP verb for CommandSent. */
  readonly verb?: string;
  /** TCP flags as "SYN", "SYN,ACK", "FIN,ACK"… */
  readonly flags?: string;
  readonly seqNo?: number;
  readonly ackNo?: number;
  /** Payload size in bytes (data segments); text may hold only a preview. */
  readonly bytes?: number;
  /** Base64 of the payload when it is not printable text (or to keep the exact bytes). */
  readonly b64?: string;
  /** For NatTranslated: the packet's 4-tuple and payload before the rewrite. */
  readonly before?: { readonly src: string; readonly dst: string; readonly text?: string };
  readonly after?: { readonly src: string; readonly dst: string; readonly text?: string };
  /** Explanation (i18n key + params), produced by the code that decided. */
  readonly note?: NoteRef;
  /** Who is at fault / which rule or tunable decided, for drops, refusals and timeouts. */
  readonly rule?: string;
  /**
   * On the wire this payload is TLS (after AUTH TLS): a sniffer sees only these records; `text` is what
   * the endpoints read after decryption. `records` names them ("Handshake: ClientHello", "Application Data").
   */
  readonly tls?: { readonly bytes: number; readonly records: readonly string[] };
}

export type Trace = readonly TraceEntry[];

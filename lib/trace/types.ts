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

/** What every entry has: where it sits in the trace and in time, and between which two ends. */
interface EntryBase {
  /** 0-based position in the trace. */
  readonly seq: number;
  /** Simulated time in milliseconds since the scenario started. */
  readonly t: number;
  readonly layer: Layer;
  /** Index of the typed command this entry belongs to (-1 before the first). */
  readonly step: number;
  readonly from: TraceEnd;
  readonly to: TraceEnd;
  /** TCP connection id (stable for the connection across hops and NAT), when there is one. */
  readonly conn?: number;
  readonly channel?: Channel;
  /** Explanation (i18n key + params), produced by the code that decided. */
  readonly note?: NoteRef;
  /** Who is at fault / which rule or tunable decided, for drops, refusals and timeouts. */
  readonly rule?: string;
}

/** A TCP segment's header as the diagram shows it. */
interface SegmentFields {
  /** TCP flags as "SYN", "SYN,ACK", "FIN,ACK"… */
  readonly flags?: string;
  readonly seqNo?: number;
  readonly ackNo?: number;
}

/** What a packet carried. */
interface PayloadFields {
  /** Exact protocol text (CRLF included) for commands, replies and printable data. */
  readonly text?: string;
  /** Payload size in bytes (data segments); text may hold only a preview. */
  readonly bytes?: number;
  /** Base64 of the payload when it is not printable text (or to keep the exact bytes). */
  readonly b64?: string;
  /**
   * On the wire this payload is TLS (after AUTH TLS): a sniffer sees only these records; `text` is what
   * the endpoints read after decryption. `records` names them ("Handshake: ClientHello", "Application Data").
   */
  readonly tls?: { readonly bytes: number; readonly records: readonly string[] };
}

/** A packet's 4-tuple and payload text, before or after a NAT rewrite. */
export interface PacketView {
  readonly src: string;
  readonly dst: string;
  readonly text?: string;
}

/** The fields each kind of entry may carry, besides the base. */
interface KindFields {
  CommandTyped: { readonly text?: string };
  SegmentSent: SegmentFields;
  CommandSent: SegmentFields & PayloadFields & { /** FTP verb. */ readonly verb?: string };
  ReplySent: SegmentFields & PayloadFields & { /** Reply code. */ readonly code?: number };
  DataSent: SegmentFields & PayloadFields;
  DatagramSent: PayloadFields;
  SegmentDropped: SegmentFields & PayloadFields;
  NatTranslated: { readonly before?: PacketView; readonly after?: PacketView };
  ConnectionRefused: SegmentFields;
  ConnectTimedOut: SegmentFields;
  ListenOpened: object;
  Decision: object;
  /** `rule` names the kind of line (prompt, listing) for the terminal's style. */
  ClientPrinted: { readonly text?: string };
  TransferCompleted: object;
  SimulationStopped: object;
}

/** Every field any kind carries: a kind without one of them has it as `never`, so it cannot be set. */
type AnyField = SegmentFields &
  PayloadFields &
  KindFields["CommandSent"] &
  KindFields["ReplySent"] &
  KindFields["NatTranslated"];
type Only<F> = F & { readonly [K in Exclude<keyof AnyField, keyof F>]?: never };

/** One entry of kind `K`: the base, its own fields, and no field of another kind. */
export type EntryOf<K extends EntryKind> = EntryBase & { readonly kind: K } & Only<KindFields[K]>;

/**
 * One entry of the trace, a union discriminated by `kind`: narrowing on `kind` gives that kind's fields
 * (reading another kind's field still compiles and is `undefined`, so generic readers stay simple).
 * The JSON-lines form is the same object, field for field.
 */
export type TraceEntry = { [K in EntryKind]: EntryOf<K> }[EntryKind];

/** `Omit` over each kind of the union (plain `Omit` would merge the kinds into one bag). */
export type EntryDraft<Drop extends keyof EntryBase> = TraceEntry extends infer E
  ? E extends TraceEntry
    ? Omit<E, Drop>
    : never
  : never;

export type Trace = readonly TraceEntry[];

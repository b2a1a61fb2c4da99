/**
 * One TCP connection of a capture as the importer keeps it (both directions' reassembly, what its flags
 * showed so far, and its FTP role), and the two ways every entry of it starts: which end sends, and the
 * segment's TCP fields. Shared by the TCP layer (lib/pcap/conns) and the FTP roles (lib/pcap/ftp-roles).
 */
import type { Segment } from "./decode";
import { segFlags, type Draft } from "./drafts";
import type { ControlReader, Expectation } from "./session";
import { HalfStream } from "./tcp-stream";

export interface End {
  readonly addr: string;
  readonly port: number;
}

/** What a reassembled chunk remembers of the segment that brought it. */
export interface Meta {
  readonly t: number;
  readonly seg: Segment;
}

/** One FTP session: its control connection's reader and the data connections it announced. */
export interface Session {
  readonly reader: ControlReader;
  expect?: Expectation;
  /** Data connections opened before the command that uses them (passive mode), oldest first. */
  waiting: Conn[];
  /** The last transfer command, for data connections that open after it (active mode). */
  transfer?: string;
}

export type Role = "control" | "data" | "pending" | "other";

export interface Conn {
  readonly id: number;
  readonly iface: number;
  /** a: the side that sent the SYN (or the client when the capture starts mid-connection). */
  readonly a: End;
  readonly b: End;
  role: Role;
  /** Whether `a` is the FTP client (false for an active-mode data connection). */
  clientIsA: boolean;
  session?: Session;
  readonly halves: [HalfStream<Meta>, HalfStream<Meta>];
  readonly holesSeen: [number, number];
  /** Entries of a connection whose role is not known yet (held until its first bytes say). */
  held: Draft[];
  syn?: Draft;
  announce?: string;
  synAckSeen: boolean;
  handshakeDone: boolean;
  fin: [number | null, number | null];
  finAcked: [boolean, boolean];
  closed: boolean;
  last?: Draft;
  /** The initiator's SYN: its sequence number and TTL (for lib/pcap/hops). */
  isn?: number;
  synTtl?: number;
}

export function newConn(id: number, iface: number, a: End, b: End): Conn {
  return {
    id,
    iface,
    a,
    b,
    role: "pending",
    clientIsA: true,
    halves: [new HalfStream(), new HalfStream()],
    holesSeen: [0, 0],
    held: [],
    synAckSeen: false,
    handshakeDone: false,
    fin: [null, null],
    finAcked: [false, false],
    closed: false,
  };
}

/** The sender and receiver of direction `dir` (0: a → b), named by their FTP role. */
export function endsOf(c: Conn, dir: number): { from: Draft["from"]; to: Draft["to"] } {
  const [src, dst] = dir === 0 ? [c.a, c.b] : [c.b, c.a];
  const clientSends = (dir === 0) === c.clientIsA;
  return {
    from: { host: clientSends ? "client" : "server", addr: src.addr, port: src.port },
    to: { host: clientSends ? "server" : "client", addr: dst.addr, port: dst.port },
  };
}

/** An entry for a segment of `c` in direction `dir`: its ends and TCP fields (a SegmentSent until told otherwise). */
export function segmentDraft(c: Conn, dir: number, seg: Segment, t: number): Draft {
  return {
    t,
    kind: "SegmentSent",
    layer: "tcp",
    ...endsOf(c, dir),
    conn: c.id,
    flags: segFlags(seg),
    seqNo: seg.seq,
    ...(seg.ack ? { ackNo: seg.ackNo } : {}),
  };
}

/**
 * The FTP helper of a box (nf_conntrack_ftp + nf_nat_ftp): on a port-21 control connection it reads
 * the endpoint the client (PORT/EPRT) or the server (227/229) announces, rewrites it to the address
 * the other side can reach, records the length change for seq/ack correction, and expects the data
 * connection so NAT and firewall let it through as RELATED.
 */
import { bytesLatin1, latin1Bytes } from "../util/bytes";
import { endpointTaken, pickPort, replaceConn } from "./conntrack";
import { note, type NetEvent } from "./events";
import type { NoteRef } from "../util/note";
import { rewriteAnnouncement, scanSegment, type Announcement, type Sender } from "./ftp-announce";
import type { Packet } from "./packet";
import { boxOf, withBox, type ConnEntry, type Direction, type Expectation, type NetState } from "./state";
import { recordRewrite } from "./tcp-seq";

/**
 * Per direction: who speaks, the announcer's address before and after this box's NAT, and the peer
 * that will open the data connection (as the box sees it on the far side).
 */
interface Side {
  readonly sender: Sender;
  readonly pre: (c: ConnEntry) => string;
  readonly post: (c: ConnEntry) => string;
  readonly peer: (c: ConnEntry) => string;
}

const SIDES: Readonly<Record<Direction, Side>> = {
  orig: {
    sender: "client",
    pre: (c) => c.orig.src.addr,
    post: (c) => c.xlat.src.addr,
    peer: (c) => c.xlat.dst.addr,
  },
  reply: {
    sender: "server",
    pre: (c) => c.xlat.dst.addr,
    post: (c) => c.orig.dst.addr,
    peer: (c) => c.orig.src.addr,
  },
};

export interface AlgResult {
  readonly state: NetState;
  readonly packet: Packet;
  readonly conn: ConnEntry;
  readonly events: readonly NetEvent[];
  /** The helper drops the packet (a PORT/EPRT/227/229 it cannot parse): every retransmission too. */
  readonly drop?: NoteRef;
}

/** nf_conntrack_ftp remembers this many "sequence number after a newline" per direction. */
const NL_SEQS = 2;

const ep = (addr: string, port: number): string => `${addr}:${port}`;

/** A TLS record header: content type 20–23 and major version 3 (no FTP line starts with these bytes). */
const isTlsRecord = (b: Uint8Array): boolean => b.length >= 5 && b[0]! >= 20 && b[0]! <= 23 && b[1] === 3;

/**
 * Runs the helper on one control-connection packet whose addresses are already translated but whose
 * seq is still the sender's own (the kernel keys corrections on the uncorrected number).
 */
export function ftpAlg(
  state: NetState,
  box: string,
  conn: ConnEntry,
  dir: Direction,
  packet: Packet,
  now: number,
): AlgResult {
  const unchanged: AlgResult = { state, packet, conn, events: [] };
  if (!conn.ftpHelper || packet.payload.length === 0) return unchanged;
  // After AUTH TLS the payload is TLS records: the helper cannot read PORT/227 in it, so it does nothing.
  if (isTlsRecord(packet.payload)) return unchanged;
  const side = SIDES[dir];
  const text = bytesLatin1(packet.payload);
  const seq = packet.seq ?? 0;
  // Only a segment that starts right after a newline the helper saw is read (find_nl_seq), and a
  // segment ending in one marks where the next line starts (update_nl_seq); the first is never read.
  const readable = (conn.nlSeq?.[dir] ?? []).includes(seq);
  const scan = readable ? scanSegment(text, side.sender) : ({ result: "none" } as const);
  // A partial match drops the packet before the newline is noted (its retransmission is dropped too).
  if (scan.result === "partial")
    return {
      ...unchanged,
      drop: note("algPartial", { router: box, kind: scan.kind, line: firstLine(text) }),
    };
  const after = text.endsWith("\n") ? withNlSeq(conn, dir, (seq + packet.payload.length) >>> 0) : conn;
  const state1 = after === conn ? state : replaceConn(state, box, after);
  const plain: AlgResult = { state: state1, packet, conn: after, events: [] };
  if (scan.result === "none") return plain;
  const found = scan.announcement;
  const announced = found.addr ?? side.pre(after);
  if (announced !== side.pre(after))
    return { ...plain, events: [skipped(box, found, announced, side.pre(after))] };
  return rewrite(state1, box, after, dir, packet, found, announced, text, now);
}

const firstLine = (text: string): string => text.split(/\r?\n/)[0]!.slice(0, 60);

function withNlSeq(conn: ConnEntry, dir: Direction, seq: number): ConnEntry {
  const list = conn.nlSeq?.[dir] ?? [];
  if (list.includes(seq)) return conn;
  // update_nl_seq: fill two slots, then replace the older one, and only with a later number.
  let next: readonly number[];
  if (list.length < NL_SEQS) next = [...list, seq];
  else {
    const oldest = seqBefore(list[0]!, list[1]!) ? 0 : 1;
    if (!seqBefore(list[oldest]!, seq)) return conn;
    next = list.map((s, i) => (i === oldest ? seq : s));
  }
  const nlSeq = { orig: conn.nlSeq?.orig ?? [], reply: conn.nlSeq?.reply ?? [], [dir]: next };
  return { ...conn, nlSeq };
}

/** a comes before b in sequence space (mod 2^32). */
const seqBefore = (a: number, b: number): boolean => ((a - b) | 0) < 0;

function skipped(box: string, a: Announcement, addr: string, expected: string): NetEvent {
  // The kernel helper does the same: an address that is not the sender's is not translated nor expected.
  return {
    type: "AlgSkipped",
    at: box,
    note: note("algAddressMismatch", { router: box, kind: a.kind, addr, expected }),
  };
}

function rewrite(
  state0: NetState,
  box: string,
  conn0: ConnEntry,
  dir: Direction,
  packet: Packet,
  a: Announcement,
  announced: string,
  text: string,
  now: number,
): AlgResult {
  const side = SIDES[dir];
  const post = side.post(conn0);
  const translating = post !== announced;
  const picked = translating
    ? pickPort(state0, a.port, (port) => endpointTaken(boxOf(state0, box), "tcp", { addr: post, port }))
    : { state: state0, port: a.port };
  const newText = translating ? rewriteAnnouncement(text, a, post, picked.port) : text;
  const delta = newText.length - text.length;
  const seqAdj = { ...conn0.seqAdj, [dir]: recordRewrite(conn0.seqAdj[dir], packet.seq ?? 0, delta) };
  const conn: ConnEntry = delta === 0 ? conn0 : { ...conn0, seqAdj };
  const out: Packet = translating ? { ...packet, payload: latin1Bytes(newText) } : packet;
  const exp: Expectation = {
    id: picked.state.nextId,
    master: conn.id,
    proto: "tcp",
    srcAddr: side.peer(conn),
    dst: { addr: post, port: picked.port },
    to: { addr: announced, port: a.port },
    createdAt: now,
  };
  let state = replaceConn({ ...picked.state, nextId: picked.state.nextId + 1 }, box, conn);
  const b = boxOf(state, box);
  // max_expected = 1 (ftp_exp_policy): a new expectation evicts this connection's older one.
  const others = b.expectations.filter((e) => e.master !== conn.id);
  state = withBox(state, box, { ...b, expectations: [...others, exp] });
  const events: NetEvent[] = [];
  if (translating)
    events.push({
      type: "NatTranslated",
      stage: "alg",
      at: box,
      before: packet,
      after: out,
      rule: `alg:${box}:ftp`,
      note: note("algRewrote", {
        router: box,
        kind: a.kind,
        before: ep(announced, a.port),
        after: ep(post, picked.port),
        delta,
      }),
      payload: { before: text, after: newText },
    });
  events.push({
    type: "ExpectationCreated",
    at: box,
    expectation: exp,
    note: note("algExpectation", {
      router: box,
      src: exp.srcAddr,
      dst: ep(exp.dst.addr, exp.dst.port),
      to: ep(announced, a.port),
    }),
  });
  return { state, packet: out, conn, events };
}

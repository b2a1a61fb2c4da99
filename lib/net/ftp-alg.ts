/**
 * The FTP helper of a box (nf_conntrack_ftp + nf_nat_ftp): on a port-21 control connection it reads
 * the endpoint the client (PORT/EPRT) or the server (227/229) announces, rewrites it to the address
 * the other side can reach, records the length change for seq/ack correction, and expects the data
 * connection so NAT and firewall let it through as RELATED.
 */
import { bytesLatin1, latin1Bytes } from "../util/bytes";
import { endpointTaken, pickPort, replaceConn } from "./conntrack";
import { note, type NetEvent } from "./events";
import { findAnnouncement, rewriteAnnouncement, type Announcement, type Sender } from "./ftp-announce";
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
}

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
  const found = findAnnouncement(text, side.sender);
  if (!found) return unchanged;
  const announced = found.addr ?? side.pre(conn);
  if (announced !== side.pre(conn))
    return { ...unchanged, events: [skipped(box, found, announced, side.pre(conn))] };
  return rewrite(state, box, conn, dir, packet, found, announced, text, now);
}

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
  state = withBox(state, box, { ...b, expectations: [...b.expectations, exp] });
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

/**
 * Connection tracking at one box: find the entry a packet belongs to (and in which direction), add
 * entries, follow FIN/RST, and pick NAT ports that keep every tracked tuple unique.
 */
import type { SockAddr } from "../util/sock-addr";
import type { Packet } from "./packet";
import {
  boxOf,
  NAT_PORT_MAX,
  NAT_PORT_MIN,
  NO_CORRECTION,
  reverse,
  sameAddr,
  sameTuple,
  withBox,
  type BoxState,
  type ConnEntry,
  type Direction,
  type NetState,
  type Tuple,
} from "./state";

/** How many closed connections a box still remembers (newest first). */
export const KEEP_CLOSED = 32;

export const tupleOf = (p: Packet): Tuple => ({ src: p.src, dst: p.dst });

export const withTuple = (p: Packet, t: Tuple): Packet => ({ ...p, src: t.src, dst: t.dst });

/** The packet's connection and direction: it matches the original tuple, or the translated one reversed. */
export function lookupConn(box: BoxState, p: Packet): { conn: ConnEntry; dir: Direction } | undefined {
  const t = tupleOf(p);
  // Newest first, so a reused tuple finds its latest connection.
  for (let i = box.conns.length - 1; i >= 0; i--) {
    const conn = box.conns[i]!;
    if (conn.proto !== p.proto) continue;
    if (sameTuple(conn.orig, t)) return isFreshSyn(conn, p) ? undefined : { conn, dir: "orig" };
    if (sameTuple(reverse(conn.xlat), t)) return { conn, dir: "reply" };
  }
  return undefined;
}

/** A SYN on the tuple of a closed connection starts a new one (the kernel does this for TIME_WAIT). */
const isFreshSyn = (c: ConnEntry, p: Packet): boolean =>
  c.status === "closed" && p.flags?.syn === true && p.flags.ack !== true;

/** How one packet moves a connection on: any reply establishes it, RST or FIN both ways close it. */
export function advanceConn(c: ConnEntry, dir: Direction, p: Packet): ConnEntry {
  const f = p.flags ?? {};
  const fin = { ...c.fin, ...(f.fin ? { [dir]: true } : {}) };
  const closed = f.rst === true || (fin.orig && fin.reply) || c.status === "closed";
  const status = closed ? "closed" : dir === "reply" ? "established" : c.status;
  return status === c.status && fin.orig === c.fin.orig && fin.reply === c.fin.reply
    ? c
    : { ...c, status, fin };
}

export const replaceConn = (state: NetState, box: string, c: ConnEntry): NetState => {
  const b = boxOf(state, box);
  return withBox(state, box, { ...b, conns: b.conns.map((x) => (x.id === c.id ? c : x)) });
};

export interface NewConn {
  readonly proto: Packet["proto"];
  readonly orig: Tuple;
  readonly xlat: Tuple;
  readonly ftpHelper: boolean;
  readonly tftpHelper?: boolean;
  readonly master?: number;
}

/** Adds an entry (dropping closed ones it would shadow) and returns it with the new state. */
export function addConn(
  state: NetState,
  box: string,
  n: NewConn,
  now: number,
): { state: NetState; conn: ConnEntry } {
  const conn: ConnEntry = {
    id: state.nextId,
    ...n,
    status: "new",
    fin: { orig: false, reply: false },
    seqAdj: { orig: NO_CORRECTION, reply: NO_CORRECTION },
    createdAt: now,
  };
  const b = boxOf(state, box);
  const shadows = (c: ConnEntry): boolean =>
    c.status === "closed" && (sameTuple(c.orig, n.orig) || sameTuple(c.xlat, n.xlat));
  // The kernel forgets closed connections after a while (TIME_WAIT); keeping only the newest closed ones
  // bounds the table, so a long session costs the same per packet as a short one.
  let closedKept = 0;
  const kept: ConnEntry[] = [];
  for (let i = b.conns.length - 1; i >= 0; i--) {
    const c = b.conns[i]!;
    if (shadows(c)) continue;
    if (c.status === "closed" && ++closedKept > KEEP_CLOSED) continue;
    kept.push(c);
  }
  kept.reverse();
  const next = withBox(state, box, { ...b, conns: [...kept, conn] });
  return { state: { ...next, nextId: state.nextId + 1 }, conn };
}

/** Whether replies to a translated tuple would be taken for another live connection's packets. */
export function tupleTaken(box: BoxState, proto: Packet["proto"], t: Tuple): boolean {
  return box.conns.some(
    (c) =>
      c.proto === proto && c.status !== "closed" && (sameTuple(c.xlat, t) || sameTuple(c.orig, reverse(t))),
  );
}

/**
 * Whether another expectation already waits on this endpoint of the box. Like nf_nat_ftp, only
 * expectations clash: a live connection on the same port has a different tuple and is no obstacle.
 */
export function endpointTaken(box: BoxState, proto: Packet["proto"], ep: SockAddr): boolean {
  return box.expectations.some((e) => e.proto === proto && sameAddr(e.dst, ep));
}

/**
 * Keeps `wanted` when it is free (port preservation), else takes the next free port from the
 * state's counter, so the choice is deterministic.
 */
export function pickPort(
  state: NetState,
  wanted: number,
  taken: (port: number) => boolean,
): { state: NetState; port: number; preserved: boolean } {
  if (!taken(wanted)) return { state, port: wanted, preserved: true };
  const span = NAT_PORT_MAX - NAT_PORT_MIN + 1;
  let at = state.portCounter;
  for (let i = 0; i < span; i++) {
    const port = NAT_PORT_MIN + ((at - NAT_PORT_MIN + i) % span);
    if (!taken(port)) {
      at = port + 1 > NAT_PORT_MAX ? NAT_PORT_MIN : port + 1;
      return { state: { ...state, portCounter: at }, port, preserved: false };
    }
  }
  // Every port busy: reuse the wanted one rather than fail (the lesson never gets here).
  return { state, port: wanted, preserved: false };
}

/**
 * The TFTP helper of a box (nf_conntrack_tftp + nf_nat_tftp) and the explanation of UDP drops.
 * A TFTP server answers a request from a NEW port (its transfer identifier), so the reply is not the
 * reply of the tracked flow to port 69: only an expectation created when the box saw the RRQ/WRQ
 * lets it through as RELATED. Without the helper the reply is a new, unsolicited inbound flow.
 */
import type { KeySuffix } from "../i18n/core";
import type { NoteRef } from "../util/note";
import type { NetEvent, NoteParams } from "./events";
import type { Packet } from "./packet";
import {
  boxOf,
  reverse,
  sameAddr,
  withBox,
  type BoxState,
  type ConnEntry,
  type Direction,
  type Expectation,
  type NetState,
} from "./state";

export const TFTP_PORT = 69;

/** RRQ = 1, WRQ = 2: the only opcodes the kernel helper reacts to. */
const REQUEST_OPCODES: ReadonlySet<number> = new Set([1, 2]);

// These notes live in the TFTP catalogue (lib/i18n/messages/tftp.ts), next to the rest of the lesson.
const tnote = (key: KeySuffix<"tftp.net.">, params: NoteParams): NoteRef => ({
  key: `tftp.net.${key}`,
  params,
});
const txt = (a: { addr: string; port: number }): string => `${a.addr}:${a.port}`;

export interface TftpHelperResult {
  readonly state: NetState;
  readonly events: readonly NetEvent[];
}

/**
 * On a request the client sends to port 69 (through a box whose helper watches the flow), expect a
 * reply from the server's address, ANY source port, to the client's endpoint as the server sees it,
 * delivered to the client's own endpoint (the NAT part of nf_nat_tftp).
 */
export function tftpHelper(
  state: NetState,
  box: string,
  conn: ConnEntry,
  dir: Direction,
  packet: Packet,
  now: number,
): TftpHelperResult {
  const none: TftpHelperResult = { state, events: [] };
  if (!conn.tftpHelper || dir !== "orig" || packet.payload.length < 2) return none;
  const opcode = (packet.payload[0]! << 8) | packet.payload[1]!;
  if (!REQUEST_OPCODES.has(opcode)) return none;
  const b = boxOf(state, box);
  const srcAddr = conn.xlat.dst.addr;
  const dst = conn.xlat.src;
  // A retransmitted request finds its expectation still waiting: one is enough.
  if (b.expectations.some((e) => e.proto === "udp" && e.srcAddr === srcAddr && sameAddr(e.dst, dst)))
    return none;
  const expectation: Expectation = {
    id: state.nextId,
    master: conn.id,
    proto: "udp",
    srcAddr,
    dst,
    to: conn.orig.src,
    createdAt: now,
    helper: "tftp",
  };
  const next = withBox(state, box, { ...b, expectations: [...b.expectations, expectation] });
  return {
    state: { ...next, nextId: state.nextId + 1 },
    events: [
      {
        type: "ExpectationCreated",
        at: box,
        expectation,
        note: tnote("expectation", {
          router: box,
          src: `${srcAddr}:*`,
          dst: txt(dst),
          to: txt(conn.orig.src),
        }),
      },
    ],
  };
}

/**
 * A UDP flow this datagram looks like a reply to, except for its source port: the tell-tale of a
 * TFTP server answering from its transfer identifier.
 */
export function siblingFlow(box: BoxState, p: Packet): ConnEntry | undefined {
  if (p.proto !== "udp") return undefined;
  return box.conns.find((c) => {
    if (c.proto !== "udp") return false;
    const back = reverse(c.xlat);
    return sameAddr(back.dst, p.dst) && back.src.addr === p.src.addr && back.src.port !== p.src.port;
  });
}

/** Rewrites a drop's note to say why a UDP reply from a new port is not a reply (the rule stays). */
export function udpDropNote(
  box: BoxState,
  router: string,
  p: Packet,
  by: "nat" | "firewall",
): NoteRef | undefined {
  const sib = siblingFlow(box, p);
  if (!sib) return undefined;
  const expected = txt(reverse(sib.xlat).src);
  const key = by === "nat" ? "newPortNat" : "newPortFirewall";
  return tnote(key, { router, src: txt(p.src), dst: txt(p.dst), expected });
}

/** Notes of the RELATED path when the TFTP helper, not the FTP one, expected the flow. */
export const tftpRelatedNote = (kind: "nat" | "firewall", params: NoteParams): NoteRef =>
  tnote(kind === "nat" ? "natRelated" : "fwRelated", params);

/**
 * One packet through one router's middlebox, in netfilter's order: conntrack lookup; for a tracked
 * connection apply its mapping; for a new one match an FTP expectation or a port forward (DNAT),
 * filter, masquerade (SNAT) and track it; then the FTP helper and the seq/ack correction.
 */
import type { NoteRef } from "../util/note";
import type { SockAddr } from "../util/sock-addr";
import {
  addConn,
  advanceConn,
  lookupConn,
  pickPort,
  replaceConn,
  tupleOf,
  tupleTaken,
  withTuple,
} from "./conntrack";
import { note, type NetEvent, type NetNoteKey } from "./events";
import { filterEstablished, filterNew } from "./firewall";
import { ftpAlg } from "./ftp-alg";
import { matchForward, natPlan } from "./nat";
import { addrPort, arrow, natEvent, natRule, newConnNote } from "./nat-notes";
import type { Packet } from "./packet";
import {
  boxOf,
  EXPECTATION_TTL_MS,
  reverse,
  sameAddr,
  withBox,
  type ConnEntry,
  type Direction,
  type Expectation,
  type NetState,
} from "./state";
import { adjustSeqAck } from "./tcp-seq";
import { TFTP_PORT, tftpHelper, tftpRelatedNote, udpDropNote } from "./tftp-helper";
import { outsideLink, type Host, type Topology } from "./topology";

export interface BoxInput {
  readonly topo: Topology;
  readonly host: Host;
  /** The link the packet arrived on. */
  readonly inLink: string;
  readonly packet: Packet;
  readonly now: number;
  /** Routing decision: the link a packet to `addr` would leave this box on. */
  readonly route: (addr: string) => string | undefined;
}

export type BoxOutcome =
  | {
      readonly kind: "forward";
      readonly state: NetState;
      readonly packet: Packet;
      readonly events: readonly NetEvent[];
    }
  | {
      readonly kind: "drop";
      readonly state: NetState;
      readonly events: readonly NetEvent[];
      readonly note: NoteRef;
      readonly rule: string;
    };

type Dropped = Extract<BoxOutcome, { kind: "drop" }>;

export function throughBox(state0: NetState, input: BoxInput): BoxOutcome {
  const mb = input.host.middlebox;
  if (!mb?.nat && !mb?.firewall) return { kind: "forward", state: state0, packet: input.packet, events: [] };
  const state = pruneExpectations(state0, input.host.name, input.now);
  const hit = lookupConn(boxOf(state, input.host.name), input.packet);
  return hit ? tracked(state, input, hit.conn, hit.dir) : untracked(state, input);
}

function pruneExpectations(state: NetState, box: string, now: number): NetState {
  const b = boxOf(state, box);
  const live = b.expectations.filter((e) => now - e.createdAt <= EXPECTATION_TTL_MS);
  return live.length === b.expectations.length ? state : withBox(state, box, { ...b, expectations: live });
}

const isInbound = (input: BoxInput): boolean => input.inLink === outsideLink(input.topo, input.host);

function tracked(state: NetState, input: BoxInput, conn0: ConnEntry, dir: Direction): BoxOutcome {
  const box = input.host.name;
  const conn = advanceConn(conn0, dir, input.packet);
  const fw = filterEstablished(input.host.middlebox?.firewall, box, isInbound(input), input.packet);
  const events: NetEvent[] = fw ? [{ type: "FirewallAccepted", at: box, rule: fw.rule, note: fw.note }] : [];
  const translated = withTuple(input.packet, dir === "orig" ? conn.xlat : reverse(conn.orig));
  if (!sameAddr(translated.src, input.packet.src) || !sameAddr(translated.dst, input.packet.dst))
    events.push(
      natEvent(
        "mapped",
        box,
        input.packet,
        translated,
        `nat:${box}:conn-${conn.id}`,
        note("natMapped", { router: box, before: arrow(input.packet), after: arrow(translated) }),
      ),
    );
  return helperAndSeq(replaceConn(state, box, conn), input, conn, dir, translated, events);
}

/** The FTP helper, then the seq/ack correction of everything the helper ever changed on this connection. */
function helperAndSeq(
  state0: NetState,
  input: BoxInput,
  conn0: ConnEntry,
  dir: Direction,
  packet0: Packet,
  events: NetEvent[],
): BoxOutcome {
  const box = input.host.name;
  const tftp = tftpHelper(state0, box, conn0, dir, packet0, input.now);
  events.push(...tftp.events);
  const alg = ftpAlg(tftp.state, box, conn0, dir, packet0, input.now);
  events.push(...alg.events);
  if (alg.drop) return { kind: "drop", state: alg.state, events, note: alg.drop, rule: `alg:${box}:ftp` };
  const packet = adjustSeqAck(alg.conn.seqAdj, dir, alg.packet);
  if (packet.seq !== alg.packet.seq || packet.ack !== alg.packet.ack)
    events.push({
      type: "SeqAdjusted",
      at: box,
      before: { seq: alg.packet.seq, ack: alg.packet.ack },
      after: { seq: packet.seq, ack: packet.ack },
      note: note("seqAdjusted", {
        router: box,
        seqDelta: ((packet.seq ?? 0) - (alg.packet.seq ?? 0)) | 0,
        ackDelta: ((packet.ack ?? 0) - (alg.packet.ack ?? 0)) | 0,
      }),
    });
  return { kind: "forward", state: alg.state, packet, events };
}

function matchExpectation(state: NetState, box: string, p: Packet): Expectation | undefined {
  return boxOf(state, box).expectations.find(
    (e) => e.proto === p.proto && e.srcAddr === p.src.addr && sameAddr(e.dst, p.dst),
  );
}

function helperOn(host: Host): boolean {
  return host.middlebox?.nat?.alg === true || host.middlebox?.firewall?.helper === true;
}

/** The decisions for a connection's first packet before anything is recorded: where to, and may it pass. */
interface Admitted {
  readonly dst: SockAddr;
  readonly exp?: Expectation;
  readonly fwd?: string;
  readonly events: NetEvent[];
}

function admit(state: NetState, input: BoxInput): Admitted | Dropped {
  const { host, packet: p } = input;
  const box = host.name;
  const nat = host.middlebox?.nat;
  const inbound = isInbound(input);
  const exp = helperOn(host) ? matchExpectation(state, box, p) : undefined;
  const fwd = !exp && inbound ? matchForward(nat, p) : undefined;
  // Nothing expects it, nothing forwards it: to the NAT's own address it is unsolicited.
  // A UDP reply from a new source port gets its own explanation (the TFTP lesson); the rule is the same.
  const udpWhy = (by: "nat" | "firewall") => udpDropNote(boxOf(state, box), box, p, by);
  if (inbound && nat && p.dst.addr === nat.outside && !exp && !fwd) {
    const rule = `nat:${box}:no-mapping`;
    const why = udpWhy("nat");
    if (why) return { kind: "drop", state, events: [], note: why, rule };
    return drop(state, [], "natDroppedUnsolicited", rule, {
      router: box,
      dst: addrPort(p.dst),
      src: addrPort(p.src),
    });
  }
  const dst: SockAddr = exp?.to ?? (fwd ? { addr: fwd.to, port: p.dst.port } : p.dst);
  const v = filterNew(host.middlebox?.firewall, { box, inbound, related: exp !== undefined, packet: p, dst });
  if (v && !v.accept)
    return { kind: "drop", state, events: [], note: udpWhy("firewall") ?? v.note, rule: v.rule };
  const fwNote =
    v && exp?.helper === "tftp"
      ? tftpRelatedNote("firewall", { router: box, src: addrPort(p.src), dst: addrPort(dst) })
      : v?.note;
  const events: NetEvent[] =
    v && fwNote ? [{ type: "FirewallAccepted", at: box, rule: v.rule, note: fwNote }] : [];
  return { dst, events, ...(exp ? { exp } : {}), ...(fwd ? { fwd: fwd.id } : {}) };
}

function untracked(state0: NetState, input: BoxInput): BoxOutcome {
  const a = admit(state0, input);
  return "kind" in a ? a : track(state0, input, a);
}

/** Masquerades if the connection leaves from inside to outside, records it, and narrates the mapping. */
function track(state0: NetState, input: BoxInput, a: Admitted): BoxOutcome {
  const { host, packet: p } = input;
  const box = host.name;
  const { dst, exp, fwd, events } = a;
  const plan = natPlan(input, dst);
  const picked = plan
    ? pickPort(state0, p.src.port, (port) =>
        tupleTaken(boxOf(state0, box), p.proto, { src: { addr: plan, port }, dst }),
      )
    : { state: state0, port: p.src.port, preserved: true };
  const src: SockAddr = plan ? { addr: plan, port: picked.port } : p.src;
  const ftpHelper = helperOn(host) && p.proto === "tcp" && (p.dst.port === 21 || dst.port === 21);
  const tftpWatch =
    helperOn(host) && p.proto === "udp" && (p.dst.port === TFTP_PORT || dst.port === TFTP_PORT);
  const entry = {
    proto: p.proto,
    orig: tupleOf(p),
    xlat: { src, dst },
    ftpHelper,
    ...(tftpWatch ? { tftpHelper: true } : {}),
    ...(exp ? { master: exp.master } : {}),
  };
  const added = addConn(picked.state, box, entry, input.now);
  const state = exp ? dropExpectation(added.state, box, exp.id) : added.state;
  const out = withTuple(p, { src, dst });
  if (!sameAddr(src, p.src) || !sameAddr(dst, p.dst))
    events.push(
      natEvent(
        "new",
        box,
        p,
        out,
        natRule(box, exp, fwd, plan),
        newConnNote(box, p, out, exp, fwd, picked.preserved),
      ),
    );
  return helperAndSeq(state, input, advanceConn(added.conn, "orig", p), "orig", out, events);
}

function drop(
  state: NetState,
  events: NetEvent[],
  key: NetNoteKey,
  rule: string,
  params: Record<string, string>,
): Dropped {
  return { kind: "drop", state, events, note: note(key, params), rule };
}

function dropExpectation(state: NetState, box: string, id: number): NetState {
  const b = boxOf(state, box);
  return withBox(state, box, { ...b, expectations: b.expectations.filter((e) => e.id !== id) });
}

/**
 * Sends one packet from a host, hop by hop, through the routers' middleboxes, until a host takes it
 * or something drops it. Pure: the network state goes in and a new one comes out with the hops (each
 * with the packet as it was on that link and what the receiving box did) and the outcome.
 */
import type { NoteRef } from "../util/note";
import { note, type NetEvent, type NetNoteKey } from "./events";
import { throughBox } from "./middlebox";
import type { Packet } from "./packet";
import { nextHop } from "./routing";
import type { NetState } from "./state";
import { findHost, findLink, isRouter, type Host, type Topology } from "./topology";

export interface Hop {
  readonly from: string;
  readonly to: string;
  /** The packet as it travelled on this link (before the receiving box rewrote it). */
  readonly packet: Packet;
  readonly departAt: number;
  readonly arriveAt: number;
  /** What the receiving box did: NAT, ALG, seq/ack corrections, firewall verdicts. */
  readonly events: readonly NetEvent[];
}

export type Outcome =
  | { readonly kind: "delivered"; readonly host: string; readonly packet: Packet }
  | {
      readonly kind: "dropped";
      readonly at: string;
      readonly note: NoteRef;
      readonly rule: string;
      /** The packet as the dropping box received it. */
      readonly packet: Packet;
    };

export interface TransmitResult {
  readonly hops: readonly Hop[];
  readonly state: NetState;
  readonly outcome: Outcome;
}

/**
 * Optional hooks of one send. `lose` decides, per link crossed, whether the link loses the packet
 * (a scenario's deterministic loss plan); it answers the note and rule of the drop, or nothing.
 */
export interface TransmitOptions {
  readonly lose?: (
    link: string,
    from: string,
    to: string,
    packet: Packet,
  ) => { readonly note: NoteRef; readonly rule: string } | undefined;
}

/** Like IP's TTL: a routing loop in a hand-made topology ends in a drop, not a hang. */
const MAX_HOPS = 16;

export function transmit(
  topo: Topology,
  state: NetState,
  fromHost: string,
  packet: Packet,
  now: number,
  opts: TransmitOptions = {},
): TransmitResult {
  const origin = findHost(topo, fromHost);
  if (!origin)
    return {
      hops: [],
      state,
      outcome: dropAt(fromHost, packet, "unknownHost", "route:unknown-host", { host: fromHost }),
    };
  return walk(topo, { state, host: origin, packet, t: now, hops: [] }, opts);
}

interface Walk {
  readonly state: NetState;
  readonly host: Host;
  readonly packet: Packet;
  readonly t: number;
  readonly hops: readonly Hop[];
}

function walk(topo: Topology, w0: Walk, opts: TransmitOptions): TransmitResult {
  let w = w0;
  for (let n = 0; n <= MAX_HOPS; n++) {
    const hop = nextHop(topo, w.host, w.packet.dst.addr);
    const at = w.host.name;
    if (hop.kind === "local")
      return { hops: w.hops, state: w.state, outcome: { kind: "delivered", host: at, packet: w.packet } };
    // An end host that receives a packet for someone else does not forward it.
    if (w.hops.length > 0 && !isRouter(w.host))
      return end(
        w,
        dropAt(at, w.packet, "notForwarding", "route:not-a-router", { host: at, dst: w.packet.dst.addr }),
      );
    if (hop.kind === "drop")
      return end(w, { kind: "dropped", at, note: hop.note, rule: hop.rule, packet: w.packet });
    const next = step(topo, w, hop.link, hop.to, opts);
    if ("outcome" in next) return next;
    w = next;
  }
  return end(
    w,
    dropAt(w.host.name, w.packet, "ttlExceeded", "route:ttl", { host: w.host.name, dst: w.packet.dst.addr }),
  );
}

/** One link crossed, then the receiving box's middlebox. */
function step(
  topo: Topology,
  w: Walk,
  link: string,
  to: string,
  opts: TransmitOptions,
): Walk | TransmitResult {
  const arriveAt = w.t + (findLink(topo, link)?.latencyMs ?? 0);
  const host = findHost(topo, to);
  const base = { from: w.host.name, to, packet: w.packet, departAt: w.t, arriveAt };
  // Lost on the wire: it left (the hop is drawn) but the next box never sees it, nor changes its state.
  const lost = opts.lose?.(link, w.host.name, to, w.packet);
  if (lost)
    return {
      hops: [...w.hops, { ...base, events: [] }],
      state: w.state,
      outcome: { kind: "dropped", at: to, note: lost.note, rule: lost.rule, packet: w.packet },
    };
  if (!host) return end(w, dropAt(to, w.packet, "unknownHost", "route:unknown-host", { host: to }));
  const route = (addr: string): string | undefined => {
    const h = nextHop(topo, host, addr);
    return h.kind === "link" ? h.link : undefined;
  };
  const r = throughBox(w.state, { topo, host, inLink: link, packet: w.packet, now: arriveAt, route });
  const hops = [...w.hops, { ...base, events: r.events }];
  if (r.kind === "drop")
    return {
      hops,
      state: r.state,
      outcome: { kind: "dropped", at: to, note: r.note, rule: r.rule, packet: w.packet },
    };
  if (isRouter(host) && host.ifaces.some((i) => i.addr === r.packet.dst.addr))
    return {
      hops,
      state: r.state,
      outcome: dropAt(to, r.packet, "routerNoService", "route:router-no-service", {
        router: to,
        dst: r.packet.dst.addr,
      }),
    };
  return { state: r.state, host, packet: r.packet, t: arriveAt, hops };
}

const end = (w: Walk, outcome: Outcome): TransmitResult => ({ hops: w.hops, state: w.state, outcome });

function dropAt(
  at: string,
  packet: Packet,
  key: NetNoteKey,
  rule: string,
  params: Record<string, string>,
): Outcome {
  return { kind: "dropped", at, note: note(key, params), rule, packet };
}

/**
 * The network as the scheduler uses it (the shape of lib/sim's NetworkPort): a thin object that
 * threads the pure NetState between `transmit` calls and flattens NAT events into rewrites.
 */
import type { NoteRef } from "../util/note";
import type { NatStage, NetEvent } from "./events";
import type { Packet } from "./packet";
import { emptyNetState, type NetState } from "./state";
import { primaryAddress, resolveName, type Topology } from "./topology";
import { transmit, type Hop, type Outcome, type TransmitOptions } from "./transmit";

export interface HopRewrite {
  readonly at: string;
  readonly before: Packet;
  readonly after: Packet;
  readonly note: NoteRef;
  readonly rule?: string;
  /** "new" mapping, an existing one "mapped" again, or an "alg" payload rewrite (see NatStage). */
  readonly stage: NatStage;
}

export interface PortHop {
  readonly from: string;
  readonly to: string;
  readonly packet: Packet;
  readonly departAt: number;
  readonly arriveAt: number;
  readonly rewrites: readonly HopRewrite[];
  /** Every event of the receiving box (firewall verdicts, expectations, seq corrections too). */
  readonly events: readonly NetEvent[];
}

export interface SimNetwork {
  send(fromHost: string, packet: Packet, now: number): { hops: readonly PortHop[]; outcome: Outcome };
  resolve(fromHost: string, name: string): string | undefined;
  addressOf(host: string): string;
  /** The current conntrack/NAT/expectation tables, for inspectors. */
  state(): NetState;
}

const rewritesOf = (events: readonly NetEvent[]): HopRewrite[] =>
  events.flatMap((e) =>
    e.type === "NatTranslated"
      ? [{ at: e.at, before: e.before, after: e.after, note: e.note, rule: e.rule, stage: e.stage }]
      : [],
  );

const toPortHop = (h: Hop): PortHop => ({ ...h, rewrites: rewritesOf(h.events) });

export function createSimNetwork(topo: Topology, seed = 0, opts: TransmitOptions = {}): SimNetwork {
  let current = emptyNetState(seed);
  return {
    send(fromHost, packet, now) {
      const r = transmit(topo, current, fromHost, packet, now, opts);
      current = r.state;
      return { hops: r.hops.map(toPortHop), outcome: r.outcome };
    },
    resolve: (fromHost, name) => resolveName(topo, name, fromHost),
    // Unknown hosts get the unspecified address rather than an exception (the engine never throws).
    addressOf: (host) => primaryAddress(topo, host) ?? "0.0.0.0",
    state: () => current,
  };
}

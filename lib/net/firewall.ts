/**
 * The stateful filter of a box, for packets that start a connection (later packets of a tracked
 * connection are ESTABLISHED and pass). Outbound is open; inbound needs RELATED (an expectation of the
 * FTP helper) or an explicit rule; everything else is dropped, and the note names the rule.
 */
import type { NoteRef } from "../util/note";
import type { SockAddr } from "../util/sock-addr";
import { note } from "./events";
import type { Packet } from "./packet";
import type { FirewallConfig, FirewallRule } from "./topology";

export interface FwVerdict {
  readonly accept: boolean;
  readonly rule: string;
  readonly note: NoteRef;
}

export interface FwQuery {
  readonly box: string;
  readonly inbound: boolean;
  /** The packet matched an expectation of the FTP helper. */
  readonly related: boolean;
  readonly packet: Packet;
  /** Destination after port forwarding (the filter runs after DNAT, like the FORWARD chain). */
  readonly dst: SockAddr;
}

const ruleMatches = (r: FirewallRule, q: FwQuery): boolean =>
  r.proto === q.packet.proto &&
  q.dst.port >= r.ports[0] &&
  q.dst.port <= r.ports[1] &&
  (r.to === undefined || r.to === q.dst.addr);

const txt = (a: SockAddr): string => `${a.addr}:${a.port}`;

/** Checked in order; the first step that answers decides. */
const STEPS: readonly ((fw: FirewallConfig, q: FwQuery) => FwVerdict | undefined)[] = [
  (_fw, q) =>
    q.inbound
      ? undefined
      : {
          accept: true,
          rule: `fw:${q.box}:outbound`,
          note: note("fwOutbound", { router: q.box, dst: txt(q.dst) }),
        },
  (_fw, q) =>
    q.related
      ? {
          accept: true,
          rule: `fw:${q.box}:related`,
          note: note("fwRelated", { router: q.box, src: txt(q.packet.src), dst: txt(q.dst) }),
        }
      : undefined,
  (fw, q) => {
    const r = fw.inbound.find((x) => ruleMatches(x, q));
    return r
      ? {
          accept: true,
          rule: `fw:${q.box}:${r.id}`,
          note: note("fwRule", { router: q.box, rule: r.id, dst: txt(q.dst) }),
        }
      : undefined;
  },
];

const defaultDrop = (q: FwQuery): FwVerdict => ({
  accept: false,
  rule: `fw:${q.box}:default-drop`,
  note: note("fwDroppedNew", { router: q.box, src: txt(q.packet.src), dst: txt(q.dst) }),
});

/** The verdict on a connection's first packet, or nothing when the box has no firewall. */
export function filterNew(fw: FirewallConfig | undefined, q: FwQuery): FwVerdict | undefined {
  if (!fw) return undefined;
  for (const step of STEPS) {
    const v = step(fw, q);
    if (v) return v;
  }
  return defaultDrop(q);
}

/** Packets of a tracked connection coming in from outside: allowed as ESTABLISHED. */
export const filterEstablished = (
  fw: FirewallConfig | undefined,
  box: string,
  inbound: boolean,
  p: Packet,
): FwVerdict | undefined =>
  fw && inbound
    ? {
        accept: true,
        rule: `fw:${box}:established`,
        note: note("fwEstablished", { router: box, src: txt(p.src), dst: txt(p.dst) }),
      }
    : undefined;

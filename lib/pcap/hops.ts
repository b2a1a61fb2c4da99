/**
 * Hosts named hop by hop. A capture taken on several interfaces (both sides of a NAT router, or each
 * link of the lab) sees one TCP connection once per interface, its addresses and ports rewritten by
 * NAT but its initial sequence number kept: the SYNs with one ISN on different interfaces are one
 * connection. Each router takes one off the TTL, so the SYN's TTL orders the interfaces from the
 * client (highest) to the server; interfaces that saw the same TTL saw the same link (dumpcap on
 * `lo` and `any` sees every packet twice, with no router between). On the first hop the client
 * talks to the first router, on the last the last router talks to the server, as the simulation
 * draws a routed session. Data connections take the hop of their control connection.
 * Connections seen on one link only keep "client" and "server".
 */
import type { Draft } from "./drafts";

export interface ConnInfo {
  readonly id: number;
  readonly iface: number;
  /** The control connection this one belongs to (its own id for a control connection). */
  readonly control: number;
  /** Sequence number and TTL of the SYN the initiator sent, when the capture holds it. */
  readonly isn?: number;
  readonly ttl?: number;
}

export interface HopEnds {
  readonly client: string;
  readonly server: string;
}

/** The names of the routers of a path with `n` of them. */
export function routerNames(n: number, given?: readonly string[]): string[] {
  if (given && given.length === n) return [...given];
  return n === 1 ? ["router"] : Array.from({ length: n }, (_, i) => `router${i + 1}`);
}

/** For each connection on a multi-interface path, the names of its client-side and server-side ends. */
export function hopEnds(conns: readonly ConnInfo[], given?: readonly string[]): Map<number, HopEnds> {
  const byIsn = new Map<number, ConnInfo[]>();
  for (const c of conns)
    if (c.control === c.id && c.isn !== undefined) byIsn.set(c.isn, [...(byIsn.get(c.isn) ?? []), c]);
  const controlHop = new Map<number, HopEnds>();
  for (const group of byIsn.values()) {
    const ttls = [...new Set(group.map((c) => c.ttl ?? 0))].sort((x, y) => y - x);
    if (ttls.length < 2) continue;
    const names = ["client", ...routerNames(ttls.length - 1, given), "server"];
    for (const c of group) {
      const j = ttls.indexOf(c.ttl ?? 0);
      controlHop.set(c.id, { client: names[j]!, server: names[j + 1]! });
    }
  }
  const out = new Map<number, HopEnds>();
  for (const c of conns) {
    const hop = controlHop.get(c.control);
    if (hop) out.set(c.id, hop);
  }
  return out;
}

/** Renames the "client"/"server" ends of each draft of a connection on a path to its hop's hosts. */
export function nameHops(drafts: readonly Draft[], ends: ReadonlyMap<number, HopEnds>): void {
  if (ends.size === 0) return;
  const rename = (host: string, hop: HopEnds) =>
    host === "client" ? hop.client : host === "server" ? hop.server : host;
  for (const d of drafts) {
    const hop = d.conn === undefined ? undefined : ends.get(d.conn);
    if (!hop) continue;
    d.from = { ...d.from, host: rename(d.from.host, hop) };
    d.to = { ...d.to, host: rename(d.to.host, hop) };
  }
}

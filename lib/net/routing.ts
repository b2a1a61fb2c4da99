/**
 * Where a host sends a packet next: to itself, to a neighbour on a shared link, to its gateway, or
 * across the internet to whoever owns (or publishes) the address. Private addresses never cross the
 * internet; an address nobody owns is a drop with its reason (the scheduler models the timeout).
 */
import type { NoteRef } from "../util/note";
import { note, type NetNoteKey } from "./events";
import { isPrivate } from "./ipv4";
import {
  findLink,
  hostOfAddress,
  isInternet,
  linkContains,
  ownsAddress,
  type Host,
  type Topology,
} from "./topology";

export type NextHop =
  | { readonly kind: "local" }
  | { readonly kind: "link"; readonly link: string; readonly to: string }
  | { readonly kind: "drop"; readonly note: NoteRef; readonly rule: string };

const dropped = (key: NetNoteKey, rule: string, params: Record<string, string>): NextHop => ({
  kind: "drop",
  note: note(key, params),
  rule,
});

/** Tried in order; the first that answers decides. */
const STEPS: readonly ((topo: Topology, from: Host, dst: string) => NextHop | undefined)[] = [
  (_t, from, dst) => (ownsAddress(from, dst) ? { kind: "local" } : undefined),
  neighbour,
  onMySegmentButAbsent,
  viaGateway,
  viaInternet,
];

export function nextHop(topo: Topology, from: Host, dst: string): NextHop {
  for (const step of STEPS) {
    const hop = step(topo, from, dst);
    if (hop) return hop;
  }
  return dropped("noRoute", "route:no-route", { host: from.name, dst });
}

function neighbour(topo: Topology, from: Host, dst: string): NextHop | undefined {
  for (const i of from.ifaces) {
    const owner = hostOfAddress(topo, dst, i.link);
    if (owner && owner !== from.name) return { kind: "link", link: i.link, to: owner };
  }
  return undefined;
}

/** The address belongs to one of our segments, yet no host there has it: nobody will answer. */
function onMySegmentButAbsent(topo: Topology, from: Host, dst: string): NextHop | undefined {
  const link = from.ifaces
    .map((i) => findLink(topo, i.link))
    .find((l) => l !== undefined && linkContains(l, dst));
  return link
    ? dropped("hostUnreachable", "route:no-host", { host: from.name, dst, link: link.name })
    : undefined;
}

function viaGateway(topo: Topology, from: Host, dst: string): NextHop | undefined {
  const gw = from.gateway;
  if (gw === undefined) return undefined;
  for (const i of from.ifaces) {
    const owner = hostOfAddress(topo, gw, i.link);
    if (owner) return { kind: "link", link: i.link, to: owner };
  }
  return dropped("noRoute", "route:no-gateway", { host: from.name, dst });
}

/**
 * The internet is one segment: a public address is reached directly, or through the router that has
 * it on another link (it "announces" its public subnet). Private ones stop here.
 */
function viaInternet(topo: Topology, from: Host, dst: string): NextHop | undefined {
  const inet = from.ifaces.find((i) => isInternet(topo, i.link))?.link;
  if (inet === undefined) return undefined;
  if (isPrivate(dst))
    return dropped("privateUnroutable", "route:private-unroutable", { host: from.name, dst });
  const publisher = topo.hosts.find(
    (h) =>
      h.name !== from.name &&
      h.ifaces.some((i) => i.link === inet) &&
      h.ifaces.some((i) => {
        const l = findLink(topo, i.link);
        return l !== undefined && linkContains(l, dst);
      }),
  );
  return publisher
    ? { kind: "link", link: inet, to: publisher.name }
    : dropped("hostUnreachable", "route:no-host", { host: from.name, dst, link: inet });
}

/**
 * A topology is plain data: hosts with interfaces on links, and middleboxes (NAT, firewall) on the
 * routers. Queries here answer "who owns this address", "what does a name resolve to" and "which side
 * of a router is outside"; forwarding lives in routing.ts and transmit.ts.
 */
import { inCidr, isPrivate } from "./ipv4";
import type { Proto } from "./packet";

export type Role = "client" | "server" | "router" | "victim" | "eavesdropper";

export interface Iface {
  /** Name of the link (network segment) this interface is plugged into. */
  readonly link: string;
  readonly addr: string;
}

/** A network segment. Every host on it reaches every other host on it in one hop. */
export interface Link {
  readonly name: string;
  readonly latencyMs: number;
  /** The segment's prefix; absent for the internet, which carries any public address. */
  readonly cidr?: string;
  /** The public internet: private addresses are not routed across it. */
  readonly internet?: boolean;
}

export type NatKind = "snat" | "port-forward" | "both";

/** DNAT: new connections to the router's outside address on these ports go to `to` (same port). */
export interface PortForward {
  readonly id: string;
  readonly proto: Proto;
  readonly ports: readonly [number, number];
  readonly to: string;
}

export interface NatConfig {
  readonly kind: NatKind;
  /** The inside link whose hosts are masqueraded. */
  readonly inside: string;
  /** The router's public address on its outside interface. */
  readonly outside: string;
  readonly forwards?: readonly PortForward[];
  /** FTP ALG (nf_conntrack_ftp + nf_nat_ftp): rewrite PORT/EPRT/227/229 and expect data connections. */
  readonly alg: boolean;
}

/** Allows new inbound connections (after port forwarding) to these ports, optionally of one host. */
export interface FirewallRule {
  readonly id: string;
  readonly proto: Proto;
  readonly ports: readonly [number, number];
  readonly to?: string;
}

export interface FirewallConfig {
  readonly policy: "stateful";
  readonly inbound: readonly FirewallRule[];
  /** The FTP conntrack helper: data connections announced on port 21 count as RELATED. */
  readonly helper: boolean;
}

export interface Middlebox {
  readonly nat?: NatConfig;
  readonly firewall?: FirewallConfig;
}

export interface Host {
  readonly name: string;
  readonly role: Role;
  readonly ifaces: readonly Iface[];
  /** Default gateway (an address on one of the host's links). */
  readonly gateway?: string;
  readonly middlebox?: Middlebox;
}

export interface Topology {
  readonly name: string;
  readonly hosts: readonly Host[];
  readonly links: readonly Link[];
}

export const findHost = (topo: Topology, name: string): Host | undefined =>
  topo.hosts.find((h) => h.name === name);

export const findLink = (topo: Topology, name: string): Link | undefined =>
  topo.links.find((l) => l.name === name);

export const isRouter = (h: Host): boolean => h.role === "router";

/** The host that owns `addr`, optionally only on one link. */
export function hostOfAddress(topo: Topology, addr: string, link?: string): string | undefined {
  const owns = (i: Iface): boolean => i.addr === addr && (link === undefined || i.link === link);
  return topo.hosts.find((h) => h.ifaces.some(owns))?.name;
}

/** The address `host` has on `link`, if it is plugged into it. */
export const addressOn = (topo: Topology, host: string, link: string): string | undefined =>
  findHost(topo, host)?.ifaces.find((i) => i.link === link)?.addr;

/** The address a host uses for its own sockets: its first interface. */
export const primaryAddress = (topo: Topology, host: string): string | undefined =>
  findHost(topo, host)?.ifaces[0]?.addr;

export const isInternet = (topo: Topology, link: string): boolean => findLink(topo, link)?.internet === true;

/** The router's interface on the internet: packets arriving there are "inbound". */
export const outsideLink = (topo: Topology, host: Host): string | undefined =>
  host.ifaces.find((i) => isInternet(topo, i.link))?.link;

export const ownsAddress = (h: Host, addr: string): boolean => h.ifaces.some((i) => i.addr === addr);

/** Links two hosts share (for "are they neighbours?"). */
const sharedLink = (a: Host, b: Host): boolean =>
  a.ifaces.some((i) => b.ifaces.some((j) => j.link === i.link));

/** The router that publishes `target` on the internet through a port forward, if any. */
function forwardingRouter(topo: Topology, target: Host): Host | undefined {
  return topo.hosts.find((h) =>
    (h.middlebox?.nat?.forwards ?? []).some((f) => target.ifaces.some((i) => i.addr === f.to)),
  );
}

/**
 * What `name` resolves to for `fromHost` (think DNS, split-horizon): a neighbour's own address, else
 * the host's public address, else — for a server behind NAT — the router's public address. An address
 * resolves to itself; an unknown name resolves to nothing.
 */
export function resolveName(topo: Topology, name: string, fromHost = "client"): string | undefined {
  const target = findHost(topo, name);
  if (!target) return hostOfAddress(topo, name) !== undefined || /^[\d.]+$/.test(name) ? name : undefined;
  const from = findHost(topo, fromHost);
  if (from && sharedLink(from, target)) {
    const link = from.ifaces.find((i) => target.ifaces.some((j) => j.link === i.link))?.link;
    return target.ifaces.find((i) => i.link === link)?.addr;
  }
  const publicAddr = target.ifaces.find((i) => !isPrivate(i.addr))?.addr;
  return publicAddr ?? forwardingRouter(topo, target)?.middlebox?.nat?.outside ?? target.ifaces[0]?.addr;
}

/** Whether `addr` falls in the prefix of a link (used to tell "on this segment but nobody home"). */
export const linkContains = (l: Link, addr: string): boolean => (l.cidr ? inCidr(addr, l.cidr) : false);

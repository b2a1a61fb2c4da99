/**
 * The named topologies the lessons use. Addresses come from documentation ranges: the client LAN is
 * 192.168.1.0/24, the server LAN 10.0.0.0/24, public addresses 203.0.113.0/24 (client side) and
 * 198.51.100.0/24 (server side). Every preset with a router takes `{ alg, firewall }` toggles.
 */
import type { FirewallConfig, Host, Link, Middlebox, NatConfig, Topology } from "./topology";

export type PresetName =
  | "lan"
  | "client-nat"
  | "client-nat-alg"
  | "client-firewall"
  | "server-nat"
  | "server-nat-pasv-address"
  | "both-nat";

export interface PresetOptions {
  readonly alg?: boolean;
  readonly firewall?: boolean;
  /** Adds a `victim` host on the internet (target of the FTP bounce lesson). */
  readonly victim?: boolean;
}

/** What the scenario layer should put in vsftpd.conf so the preset behaves as its lesson says. */
export interface PresetHints {
  readonly pasvMinPort?: number;
  readonly pasvMaxPort?: number;
  /** vsftpd's pasv_address: the address to advertise in 227 instead of the server's own. */
  readonly pasvAddress?: string;
}

export const ADDR = {
  client: "192.168.1.10",
  clientGw: "192.168.1.1",
  clientPublic: "203.0.113.10",
  clientRouterOut: "203.0.113.1",
  fwClient: "203.0.113.130",
  fwClientGw: "203.0.113.129",
  lanServer: "192.168.1.20",
  server: "10.0.0.5",
  serverGw: "10.0.0.1",
  serverPublic: "198.51.100.20",
  serverRouterOut: "198.51.100.1",
  victim: "198.51.100.66",
} as const;

export const PASV_RANGE: readonly [number, number] = [40000, 40100];

const LAT = { lan: 1, internet: 20 } as const;

const internet: Link = { name: "internet", latencyMs: LAT.internet, internet: true };
const clientLan: Link = { name: "client-lan", latencyMs: LAT.lan, cidr: "192.168.1.0/24" };
const fwLan: Link = { name: "client-lan", latencyMs: LAT.lan, cidr: "203.0.113.128/25" };
const serverLan: Link = { name: "server-lan", latencyMs: LAT.lan, cidr: "10.0.0.0/24" };

// Reusable host shapes ---------------------------------------------------------------------------------

const natClient: Host = {
  name: "client",
  role: "client",
  ifaces: [{ link: "client-lan", addr: ADDR.client }],
  gateway: ADDR.clientGw,
};
const publicClient: Host = {
  name: "client",
  role: "client",
  ifaces: [{ link: "internet", addr: ADDR.clientPublic }],
};
const publicServer: Host = {
  name: "server",
  role: "server",
  ifaces: [{ link: "internet", addr: ADDR.serverPublic }],
};
const natServer: Host = {
  name: "server",
  role: "server",
  ifaces: [{ link: "server-lan", addr: ADDR.server }],
  gateway: ADDR.serverGw,
};
const victim: Host = { name: "victim", role: "victim", ifaces: [{ link: "internet", addr: ADDR.victim }] };

/** A client-side home router has no inbound rules: only replies and RELATED connections come in. */
const firewall = (o: PresetOptions, inbound: FirewallConfig["inbound"] = []): FirewallConfig | undefined =>
  o.firewall ? { policy: "stateful", inbound, helper: o.alg === true } : undefined;

const middlebox = (nat: NatConfig | undefined, fw: FirewallConfig | undefined): Middlebox => ({
  ...(nat ? { nat } : {}),
  ...(fw ? { firewall: fw } : {}),
});

function clientRouter(o: PresetOptions, nat: boolean): Host {
  const natCfg: NatConfig | undefined = nat
    ? { kind: "snat", inside: "client-lan", outside: ADDR.clientRouterOut, alg: o.alg === true }
    : undefined;
  const inside = nat ? ADDR.clientGw : ADDR.fwClientGw;
  return {
    name: "client-router",
    role: "router",
    ifaces: [
      { link: "client-lan", addr: inside },
      { link: "internet", addr: ADDR.clientRouterOut },
    ],
    middlebox: middlebox(natCfg, firewall(o)),
  };
}

/** Forwards the control port and the passive range; also masquerades the server's own connections. */
function serverRouter(o: PresetOptions): Host {
  const [lo, hi] = PASV_RANGE;
  const nat: NatConfig = {
    kind: "both",
    inside: "server-lan",
    outside: ADDR.serverRouterOut,
    alg: o.alg === true,
    forwards: [
      { id: "fwd-ftp", proto: "tcp", ports: [21, 21], to: ADDR.server },
      { id: "fwd-pasv", proto: "tcp", ports: [lo, hi], to: ADDR.server },
      // TFTP (the UDP lesson): requests to port 69 reach the server too.
      { id: "fwd-tftp", proto: "udp", ports: [69, 69], to: ADDR.server },
    ],
  };
  const rules: FirewallConfig["inbound"] = [
    { id: "allow-ftp", proto: "tcp", ports: [21, 21], to: ADDR.server },
    { id: "allow-pasv", proto: "tcp", ports: [lo, hi], to: ADDR.server },
    { id: "allow-tftp", proto: "udp", ports: [69, 69], to: ADDR.server },
  ];
  return {
    name: "server-router",
    role: "router",
    ifaces: [
      { link: "server-lan", addr: ADDR.serverGw },
      { link: "internet", addr: ADDR.serverRouterOut },
    ],
    middlebox: middlebox(nat, firewall(o, rules)),
  };
}

const withVictim = (o: PresetOptions, hosts: Host[]): Host[] => (o.victim ? [...hosts, victim] : hosts);

type Builder = (o: PresetOptions) => Topology;

const BUILDERS: Readonly<Record<PresetName, Builder>> = {
  lan: (o) => ({
    name: "lan",
    links: [{ name: "lan", latencyMs: LAT.lan, cidr: "192.168.1.0/24" }],
    hosts: [
      { name: "client", role: "client", ifaces: [{ link: "lan", addr: ADDR.client }] },
      { name: "server", role: "server", ifaces: [{ link: "lan", addr: ADDR.lanServer }] },
      ...(o.victim ? [{ ...victim, ifaces: [{ link: "lan", addr: "192.168.1.66" }] }] : []),
    ],
  }),
  "client-nat": (o) => ({
    name: "client-nat",
    links: [clientLan, internet],
    hosts: withVictim(o, [natClient, clientRouter(o, true), publicServer]),
  }),
  "client-nat-alg": (o) => BUILDERS["client-nat"]({ ...o, alg: o.alg ?? true }),
  "client-firewall": (o) => ({
    name: "client-firewall",
    links: [fwLan, internet],
    hosts: withVictim(o, [
      {
        name: "client",
        role: "client",
        ifaces: [{ link: "client-lan", addr: ADDR.fwClient }],
        gateway: ADDR.fwClientGw,
      },
      clientRouter({ ...o, firewall: o.firewall ?? true }, false),
      publicServer,
    ]),
  }),
  "server-nat": (o) => ({
    name: "server-nat",
    links: [internet, serverLan],
    hosts: withVictim(o, [publicClient, serverRouter(o), natServer]),
  }),
  "server-nat-pasv-address": (o) => ({ ...BUILDERS["server-nat"](o), name: "server-nat-pasv-address" }),
  "both-nat": (o) => ({
    name: "both-nat",
    links: [clientLan, internet, serverLan],
    hosts: withVictim(o, [natClient, clientRouter(o, true), serverRouter(o), natServer]),
  }),
};

export const PRESET_NAMES = Object.keys(BUILDERS) as readonly PresetName[];

export const isPresetName = (name: string): name is PresetName => name in BUILDERS;

/** Builds a preset; the `-alg` preset turns the ALG on and `client-firewall` the firewall, unless overridden. */
export const preset = (name: PresetName, options: PresetOptions = {}): Topology => BUILDERS[name](options);

/**
 * What a preset's name promises for its toggles: the topology strip resets them the same way when the
 * learner picks a topology, and a lesson step that switches topology gets the box its narration talks about.
 */
export const presetToggles = (topology: string): { alg: boolean; firewall: boolean } => ({
  alg: topology === "client-nat-alg",
  firewall: topology === "client-firewall",
});

const SERVER_NAT_HINTS: PresetHints = { pasvMinPort: PASV_RANGE[0], pasvMaxPort: PASV_RANGE[1] };

export const PRESET_HINTS: Readonly<Record<PresetName, PresetHints>> = {
  lan: {},
  "client-nat": {},
  "client-nat-alg": {},
  "client-firewall": {},
  "server-nat": SERVER_NAT_HINTS,
  "server-nat-pasv-address": { ...SERVER_NAT_HINTS, pasvAddress: ADDR.serverRouterOut },
  "both-nat": SERVER_NAT_HINTS,
};

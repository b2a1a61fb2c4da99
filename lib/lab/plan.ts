/**
 * The real-network lab's plan: a simulated topology turned into Linux network namespaces, veth pairs,
 * bridges, routes and nftables rulesets. Pure data (the commands are run by lib/node/lab), so the
 * plan can be read and tested without root.
 *
 * Addresses: the lab uses only documentation ranges. The presets' private LANs are mapped into
 * 192.0.2.0/24 (192.168.1.x → 192.0.2.x, 10.0.0.x → 192.0.2.128+x); public addresses stay as they are.
 * The internet segment drops what it cannot route (as the real internet drops private destinations):
 * hosts there send unknown destinations to a "void" address that never forwards.
 */
import { inCidr, isPrivate } from "../net/ipv4";
import type { FirewallConfig, Host, Link, NatConfig, Topology } from "../net/topology";
import { labAddr, labCidr } from "./addr";

/** The internet's void: a bridge address with forwarding off, so unroutable packets vanish silently. */
export const VOID_ADDR = "198.51.100.254";

export interface LabIface {
  /** Interface name inside the host's namespace. */
  readonly dev: string;
  readonly link: string;
  /** Lab address with its prefix length, e.g. "192.0.2.10/25". */
  readonly cidr: string;
  readonly addr: string;
}

export interface LabHost {
  readonly name: string;
  readonly role: Host["role"];
  readonly ns: string;
  readonly ifaces: readonly LabIface[];
  /** Arguments of `ip route add`, in order. */
  readonly routes: readonly string[];
  readonly forwarding: boolean;
  /** nftables ruleset (nft -f) for routers with NAT, firewall or FTP helper. */
  readonly nft?: string;
}

export interface LabLink {
  readonly name: string;
  readonly ns: string;
  readonly internet: boolean;
  /** veth pairs: `dev` in the host namespace, `port` on this link's bridge. */
  readonly members: readonly { readonly host: string; readonly dev: string; readonly port: string }[];
}

export interface LabPlan {
  readonly run: string;
  readonly hosts: readonly LabHost[];
  readonly links: readonly LabLink[];
}

/** Namespace names carry the project prefix and the run id, so parallel runs never meet. */
export const nsName = (run: string, what: string): string => `ftpviz-${run}-${what}`;

const prefixLen = (cidr: string): number => Number(cidr.split("/")[1] ?? 32);

export function planLab(topo: Topology, run: string): LabPlan {
  if (!/^[a-z0-9]{1,6}$/.test(run))
    throw new Error(`lab run id must be 1–6 lowercase letters or digits: ${run}`);
  const internetAddrs = topo.hosts.flatMap((h) =>
    h.ifaces.filter((i) => topo.links.find((l) => l.name === i.link)?.internet).map((i) => i.addr),
  );
  const hosts = topo.hosts.map((h, hi) => planHost(topo, h, hi, run, internetAddrs));
  const links = topo.links.map((l, li) => ({
    name: l.name,
    ns: nsName(run, `l${li}`),
    internet: l.internet === true,
    members: hosts.flatMap((h, hi) =>
      h.ifaces
        .map((i, ii) => ({ i, ii }))
        .filter(({ i }) => i.link === l.name)
        .map(({ i, ii }) => ({ host: h.name, dev: i.dev, port: `h${hi}i${ii}` })),
    ),
  }));
  return { run, hosts, links };
}

function planHost(topo: Topology, h: Host, hi: number, run: string, internetAddrs: string[]): LabHost {
  const ifaces: LabIface[] = h.ifaces.map((i, ii) => {
    const link = topo.links.find((l) => l.name === i.link);
    const addr = labAddr(i.addr);
    const len = link?.internet ? 32 : link?.cidr ? prefixLen(labCidr(link.cidr)) : 24;
    return { dev: `eth${ii}`, link: i.link, addr, cidr: `${addr}/${len}` };
  });
  const routes: string[] = [];
  ifaces.forEach((li) => {
    const link = topo.links.find((l) => l.name === li.link);
    if (!link?.internet) return;
    // Every other address on the internet segment is one hop away.
    for (const a of internetAddrs.map(labAddr)) if (a !== li.addr) routes.push(`${a}/32 dev ${li.dev}`);
    // Public prefixes behind routers are announced (routed through the router); private ones are not.
    for (const r of topo.hosts) {
      if (r.name === h.name || r.role !== "router") continue;
      const out = r.ifaces.find((x) => topo.links.find((l) => l.name === x.link)?.internet);
      if (!out) continue;
      for (const x of r.ifaces) {
        const l = topo.links.find((k) => k.name === x.link);
        if (l?.cidr && !l.internet && !isPrivate(l.cidr.split("/")[0] ?? ""))
          routes.push(`${labCidr(l.cidr)} via ${labAddr(out.addr)} dev ${li.dev} onlink`);
      }
    }
    if (h.gateway === undefined) routes.push(`default via ${VOID_ADDR} dev ${li.dev} onlink`);
  });
  if (h.gateway !== undefined) routes.push(`default via ${labAddr(h.gateway)}`);
  const nft = h.middlebox ? routerRuleset(topo, h) : undefined;
  return {
    name: h.name,
    role: h.role,
    ns: nsName(run, `h${hi}`),
    ifaces,
    routes,
    forwarding: h.role === "router",
    ...(nft ? { nft } : {}),
  };
}

/** The router's outside (internet) interface name inside its namespace. */
function outsideDev(topo: Topology, h: Host): string | undefined {
  const i = h.ifaces.findIndex((x) => topo.links.find((l) => l.name === x.link)?.internet);
  return i < 0 ? undefined : `eth${i}`;
}

const portSpec = ([lo, hi]: readonly [number, number]): string => (lo === hi ? `${lo}` : `${lo}-${hi}`);

/**
 * nftables for a router: the FTP helper is attached explicitly (the kernel never does it on its own),
 * NAT as the preset says, and a stateful forward filter that lets in replies, RELATED connections
 * (those the helper expects) and the inbound rules.
 */
export function routerRuleset(topo: Topology, h: Host): string | undefined {
  const nat: NatConfig | undefined = h.middlebox?.nat;
  const fw: FirewallConfig | undefined = h.middlebox?.firewall;
  const out = outsideDev(topo, h);
  if (!out || (!nat && !fw)) return undefined;
  const helper = nat?.alg === true || fw?.helper === true;
  const lines: string[] = ["table ip ftpviz {"];
  if (helper) {
    lines.push('  ct helper ftp-std { type "ftp" protocol tcp; }');
    lines.push(
      "  chain fv_helpers {",
      "    type filter hook prerouting priority 0;",
      '    tcp dport 21 ct helper set "ftp-std"',
      "  }",
    );
  }
  if (nat) {
    const forwards = nat.forwards ?? [];
    if (forwards.length > 0) {
      lines.push("  chain fv_dnat {", "    type nat hook prerouting priority -100;");
      for (const f of forwards)
        lines.push(`    iifname "${out}" ${f.proto} dport ${portSpec(f.ports)} dnat to ${labAddr(f.to)}`);
      lines.push("  }");
    }
    const inside = topo.links.find((l) => l.name === nat.inside);
    lines.push("  chain fv_snat {", "    type nat hook postrouting priority 100;");
    lines.push(`    oifname "${out}" ${inside?.cidr ? `ip saddr ${labCidr(inside.cidr)} ` : ""}masquerade`);
    lines.push("  }");
  }
  if (fw) {
    lines.push("  chain fv_forward {", "    type filter hook forward priority 0; policy accept;");
    lines.push("    ct state established,related accept");
    for (const r of fw.inbound)
      lines.push(
        `    iifname "${out}" ct state new ${r.to ? `ip daddr ${labAddr(r.to)} ` : ""}${r.proto} dport ${portSpec(r.ports)} accept`,
      );
    lines.push(`    iifname "${out}" drop`, "  }");
  }
  lines.push("}");
  return lines.join("\n") + "\n";
}

/** Whether an address of the plan is on a given lab link's prefix (used by checks and tests). */
export const onLink = (link: Link, addr: string): boolean =>
  link.cidr ? inCidr(addr, labCidr(link.cidr)) : false;

/**
 * Builds a LabPlan with iproute2 and nftables, and tears it down. Every namespace carries the
 * `ftpviz-<run>-` prefix; deleting the namespaces removes their veths, bridges and rulesets too.
 */
import { execFileSync, spawnSync } from "node:child_process";
import type { LabPlan } from "../../lab/plan";
import { VOID_ADDR } from "../../lab/plan";

const VOID_RULESET = `table ip ftpviz_void {
  chain swallow {
    type filter hook prerouting priority 0;
    ip daddr != ${VOID_ADDR} drop
  }
}
`;

const run = (cmd: string, args: readonly string[], input?: string): void => {
  const r = spawnSync(cmd, args, { input, encoding: "utf8", timeout: 10_000 });
  if (r.status !== 0)
    throw new Error(
      `${cmd} ${args.join(" ")}: ${(r.stderr || r.error?.message || `exit ${r.status}`).trim()}`,
    );
};

const ip = (...args: string[]) => run("ip", args);
const inNs = (ns: string, cmd: string, args: readonly string[], input?: string) =>
  run("ip", ["netns", "exec", ns, cmd, ...args], input);

/** Why the lab cannot run here, or null when it can (Linux, root, iproute2, nft, a namespace works). */
export function labUnavailable(): string | null {
  if (process.platform !== "linux")
    return `the lab needs Linux network namespaces (this is ${process.platform})`;
  if (typeof process.getuid === "function" && process.getuid() !== 0)
    return "the lab needs root (network namespaces, nftables)";
  for (const tool of ["ip", "nft", "tcpdump"]) {
    const r = spawnSync("sh", ["-c", `command -v ${tool}`], { encoding: "utf8" });
    if (r.status !== 0) return `${tool} is not installed`;
  }
  const probe = `ftpviz-probe${process.pid}`;
  const add = spawnSync("ip", ["netns", "add", probe], { encoding: "utf8", timeout: 10_000 });
  if (add.status !== 0) return `cannot create a network namespace: ${(add.stderr || "").trim()}`;
  spawnSync("ip", ["netns", "del", probe]);
  return null;
}

export function buildLab(plan: LabPlan): void {
  for (const ns of [...plan.links.map((l) => l.ns), ...plan.hosts.map((h) => h.ns)]) {
    ip("netns", "add", ns);
    ip("-n", ns, "link", "set", "lo", "up");
    // The presets are IPv4: no IPv6 neighbour discovery chatter in the captures.
    inNs(ns, "sysctl", ["-qw", "net.ipv6.conf.all.disable_ipv6=1", "net.ipv6.conf.default.disable_ipv6=1"]);
  }
  for (const l of plan.links) {
    // ageing_time 0: the bridge learns no addresses and floods every frame, so tcpdump on br0 sees
    // all of the link's traffic exactly once (a learning bridge hides frames it forwards port to port).
    ip("-n", l.ns, "link", "add", "br0", "type", "bridge", "ageing_time", "0");
    ip("-n", l.ns, "link", "set", "br0", "up");
    // The void: an address on the internet segment that swallows what nobody routes. It answers
    // nothing (no ICMP unreachable), as a private destination on the real internet just vanishes.
    if (l.internet) {
      ip("-n", l.ns, "addr", "add", `${VOID_ADDR}/32`, "dev", "br0");
      inNs(l.ns, "nft", ["-f", "-"], VOID_RULESET);
    }
    inNs(l.ns, "sysctl", ["-qw", "net.ipv4.ip_forward=0"]);
    // A link is a plain switch: frames crossing the bridge skip the IP hooks (and their conntrack).
    spawnSync("ip", ["netns", "exec", l.ns, "sysctl", "-qw", "net.bridge.bridge-nf-call-iptables=0"]);
    for (const m of l.members) {
      const host = plan.hosts.find((h) => h.name === m.host);
      if (!host) continue;
      const a = `fv${plan.run}${m.port}a`;
      const b = `fv${plan.run}${m.port}b`;
      ip("link", "add", a, "type", "veth", "peer", "name", b);
      ip("link", "set", a, "netns", host.ns, "name", m.dev);
      ip("link", "set", b, "netns", l.ns, "name", m.port);
      ip("-n", l.ns, "link", "set", m.port, "master", "br0");
      ip("-n", l.ns, "link", "set", m.port, "up");
    }
  }
  for (const h of plan.hosts) {
    for (const i of h.ifaces) {
      ip("-n", h.ns, "addr", "add", i.cidr, "dev", i.dev);
      ip("-n", h.ns, "link", "set", i.dev, "up");
    }
    for (const r of h.routes) ip("-n", h.ns, "route", "add", ...r.split(" "));
    inNs(h.ns, "sysctl", ["-qw", `net.ipv4.ip_forward=${h.forwarding ? 1 : 0}`]);
    if (h.nft) inNs(h.ns, "nft", ["-f", "-"], h.nft);
  }
}

/** Deletes every namespace of this run (also those a crashed run left). Never throws. */
export function teardownLab(run: string): void {
  const list = spawnSync("ip", ["netns", "list"], { encoding: "utf8" });
  const mine = (list.stdout ?? "")
    .split("\n")
    .map((l) => l.split(" ")[0] ?? "")
    .filter((n) => n.startsWith(`ftpviz-${run}-`));
  for (const ns of mine) spawnSync("ip", ["netns", "del", ns], { timeout: 10_000 });
}

/** Runs a command inside a namespace and returns its stdout (bounded). */
export function execIn(ns: string, cmd: string, args: readonly string[]): string {
  return execFileSync("ip", ["netns", "exec", ns, cmd, ...args], { encoding: "utf8", timeout: 10_000 });
}

/**
 * The one place the workbench touches the simulation facade (lib/sim/session.ts). Everything else in
 * components/ uses the types and functions re-exported here, so wiring a new facade is a local change.
 */
import { PRESET_NAMES, preset } from "@/lib/net/presets";
import { DEFAULT_CONFIG } from "@/lib/sim/defaults";
import type { TypedItem } from "@/lib/sim/kernel/keyboard";
import type { KeySuffix } from "@/lib/i18n/core";

// No engine here: sessions run in the background worker (components/sim-worker).
export { DEFAULT_CONFIG, PRESET_NAMES, type TypedItem };

export interface HostView {
  readonly name: string;
  readonly role: string;
  readonly addrs: readonly string[];
  /** "NAT", "ALG", "firewall": what the box does to packets (routers only). */
  readonly features: readonly KeySuffix<"ui.feature.">[];
}

/** The hosts of a preset, in topology order, with their addresses and what their boxes do. */
export function describeHosts(name: string, opts: { alg: boolean; firewall: boolean }): HostView[] {
  const known = (PRESET_NAMES as readonly string[]).includes(name);
  const topo = preset((known ? name : "lan") as (typeof PRESET_NAMES)[number], opts);
  return topo.hosts.map((h): HostView => ({
    name: h.name,
    role: h.role,
    addrs: h.ifaces.map((i) => i.addr),
    features: [
      ...(h.middlebox?.nat ? (["NAT"] as const) : []),
      ...(h.middlebox?.nat?.alg || h.middlebox?.firewall?.helper ? (["ALG"] as const) : []),
      ...(h.middlebox?.firewall ? (["firewall"] as const) : []),
    ],
  }));
}

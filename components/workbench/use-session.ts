/**
 * The one place the workbench touches the simulation facade (lib/sim/session.ts). Everything else in
 * components/ uses the types and functions re-exported here, so wiring a new facade is a local change.
 */
import type { Scenario } from "@/lib/sim/scenario";
import type { TraceEntry } from "@/lib/trace/types";
import { PRESET_NAMES, preset } from "@/lib/net/presets";
// TEMPORARY until lib/sim/session.ts lands: a fixed hand-written trace.
import { fixtureTrace } from "@/test/fixtures/passive-trace";

export interface FtpSession {
  readonly trace: readonly TraceEntry[];
  readonly ready: boolean;
  readonly time: number;
  type(line: string): void;
  interrupt(afterMs: number): void;
}

export interface HostView {
  readonly name: string;
  readonly role: string;
  readonly addrs: readonly string[];
  /** "NAT", "ALG", "firewall": what the box does to packets (routers only). */
  readonly features: readonly string[];
}

export const TOPOLOGIES: readonly string[] = PRESET_NAMES;

export function openSession(scenario: Scenario): FtpSession {
  void scenario;
  const trace = fixtureTrace();
  return { trace, ready: true, time: trace.at(-1)?.t ?? 0, type: () => {}, interrupt: () => {} };
}

export function describeHosts(name: string, opts: { alg: boolean; firewall: boolean }): HostView[] {
  const topo = preset(name as (typeof PRESET_NAMES)[number], opts);
  return topo.hosts.map((h) => ({
    name: h.name,
    role: h.role,
    addrs: h.ifaces.map((i) => i.addr),
    features: [
      ...(h.middlebox?.nat ? ["NAT"] : []),
      ...(h.middlebox?.nat?.alg || h.middlebox?.firewall?.helper ? ["ALG"] : []),
      ...(h.middlebox?.firewall ? ["firewall"] : []),
    ],
  }));
}

export function checkConfig(text: string): { line: number; message: string }[] {
  void text;
  return [];
}

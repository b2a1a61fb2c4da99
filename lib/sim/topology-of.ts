/**
 * A scenario's topology (a preset with its toggles), apart from the engines in compose.ts so that the
 * page can name a scenario's links (the eavesdropper's view) without loading the simulation.
 */
import { isPresetName, preset, type PresetName } from "../net/presets";
import type { Topology } from "../net/topology";
import type { Scenario } from "./scenario";

/** The topology of a scenario (a preset with the ALG / firewall toggles). */
export function topologyOf(s: Pick<Scenario, "topology" | "alg" | "firewall" | "victim">): Topology {
  const name: PresetName = isPresetName(s.topology) ? s.topology : "lan";
  return preset(name, {
    ...(s.alg !== undefined ? { alg: s.alg } : {}),
    ...(s.firewall !== undefined ? { firewall: s.firewall } : {}),
    ...(s.victim ? { victim: true } : {}),
  });
}

/**
 * A simulated session as pcapng: the session is run again (deterministic: same scenario and typed items,
 * the same trace) with the wire tap on, so every payload is written with its exact bytes.
 */
import { DEFAULT_EPOCH } from "../sim/defaults";
import type { Scenario } from "../sim/scenario";
import { openSession, type TypedItem } from "../sim/session";
import { exportPcapng, type ExportResult } from "./export";
import { WireTap } from "./wire-tap";

export function scenarioPcapng(
  scenario: Scenario,
  typed?: readonly TypedItem[],
  links?: readonly string[],
): ExportResult {
  const tap = new WireTap();
  const session = openSession(scenario, { wire: tap.record });
  if (typed) session.typeAll(typed);
  else session.runAll();
  return exportPcapng(session.trace, {
    epochSeconds: scenario.epoch ?? DEFAULT_EPOCH,
    payloadOf: tap.lookup,
    ...(links ? { links } : {}),
  });
}

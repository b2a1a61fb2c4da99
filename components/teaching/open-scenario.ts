/**
 * A scenario file (the project's own examples/*.json, or `npm run sim`'s input) opened with Import: it
 * becomes the learner's session, settings and commands, as a lesson or a share link would load it.
 * Only a file that looks like a scenario (one JSON object with `commands`) is checked; a trace (JSON
 * lines) is not one. The check is the share link's (no engine: the worker simulates it).
 */
import { checkScenario, type Scenario } from "@/lib/sim/scenario";
import { PRESET_NAMES } from "@/lib/net/presets";

export type ScenarioOpened =
  | { readonly kind: "none" }
  | { readonly kind: "ok"; readonly scenario: Scenario }
  /** The JSON fields that are wrong: field names, the same in every language. */
  | { readonly kind: "bad"; readonly fields: string };

export function scenarioIn(text: string): ScenarioOpened {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { kind: "none" }; // JSON lines (a trace) or not JSON at all: the trace reader says why
  }
  if (typeof value !== "object" || value === null || Array.isArray(value) || !("commands" in value))
    return { kind: "none" };
  const r = checkScenario(value, PRESET_NAMES);
  if (r.ok) return { kind: "ok", scenario: r.scenario };
  return { kind: "bad", fields: [...new Set(r.problems.map((p) => p.path))].slice(0, 5).join(", ") };
}

/**
 * A scenario file (the project's own examples/*.json, or `npm run sim`'s input) opened with Import: it
 * becomes the learner's session, settings and commands, as a lesson or a share link would load it.
 * The simulator's checker is loaded only when a file looks like a scenario (one JSON object with
 * `commands`), so it stays out of the first load; a trace (JSON lines) is not one.
 */
import type { Scenario } from "@/lib/sim/scenario";

export type ScenarioOpened =
  | { readonly kind: "none" }
  | { readonly kind: "ok"; readonly scenario: Scenario }
  /** The JSON fields that are wrong: field names, the same in every language. */
  | { readonly kind: "bad"; readonly fields: string };

export async function scenarioIn(text: string): Promise<ScenarioOpened> {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { kind: "none" }; // JSON lines (a trace) or not JSON at all: the trace reader says why
  }
  if (typeof value !== "object" || value === null || Array.isArray(value) || !("commands" in value))
    return { kind: "none" };
  const { parseScenario } = await import("@/lib/sim/session");
  const r = parseScenario(value);
  if (r.ok) return { kind: "ok", scenario: r.scenario };
  return { kind: "bad", fields: [...new Set(r.problems.map((p) => p.path))].slice(0, 5).join(", ") };
}

/**
 * One conversion from what is written to what is typed: a scenario opened in the workbench replays
 * exactly what `npm run sim` runs, pauses included (fromScenario used to drop `afterMs`, so a written
 * pause before a line vanished and an idle timeout the scenario shows never happened).
 */
import { describe, expect, it } from "vitest";
import { fromScenario, toScenario } from "@/components/workbench/settings";
import type { Scenario } from "@/lib/sim/scenario";
import { openSession, simulate, typedItems } from "@/lib/sim/session";
import { DEFAULT_CONFIG } from "@/lib/sim/defaults";

const idle: Scenario = {
  topology: "lan",
  server: { config: DEFAULT_CONFIG + "\nidle_session_timeout=5\n" },
  commands: ["open server", "user alumno alumno123", { line: "ls", afterMs: 10_000 }],
};

describe("typed input", () => {
  it("has one conversion: lines, Ctrl+C and a written pause (a `wait` the learner could type)", () => {
    expect(
      typedItems([
        "open server",
        { interruptAfterMs: 300 },
        { interrupt: true, afterMs: 50 },
        { line: "ls", afterMs: 2500 },
        { line: "pwd" },
        {},
      ]),
    ).toEqual([
      { line: "open server" },
      { interruptAfterMs: 300 },
      { interruptAfterMs: 50 },
      { line: "wait 2.5" },
      { line: "ls" },
      { line: "pwd" },
    ]);
  });

  it("replays a scenario in the workbench as the simulation runs it, pauses included", () => {
    const { settings, inputs } = fromScenario(idle);
    expect(inputs).toContainEqual({ line: "wait 10" });
    const s = openSession(toScenario(settings));
    s.typeAll(inputs);
    const expected = simulate(idle).trace;
    expect(expected.some((e) => e.kind === "ReplySent" && e.code === 421)).toBe(true);
    expect(s.trace.map((e) => [e.kind, e.text ?? ""])).toEqual(expected.map((e) => [e.kind, e.text ?? ""]));
  });
});

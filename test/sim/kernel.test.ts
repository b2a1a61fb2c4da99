/**
 * The kernel is shared by the FTP and the TFTP worlds: typing, `wait` and the prompt behave the same
 * whatever the protocol.
 */
import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim/session";
import type { Scenario } from "@/lib/sim/scenario";
import { pendingPrompt } from "@/lib/trace/transcript";

const scenarios: [string, Scenario][] = [
  ["FTP", { topology: "lan", commands: ["wait 5"] }],
  ["TFTP", { protocol: "tftp", topology: "lan", commands: ["wait 5"] }],
];

describe.each(scenarios)("the kernel under %s", (_name, scenario) => {
  it("shows the prompt again when a wait is over, not before", () => {
    const { trace } = simulate(scenario);
    const typed = trace.findIndex((e) => e.kind === "CommandTyped");
    const after = trace.slice(typed + 1);
    expect(after.map((e) => [e.kind, e.rule ?? null, e.t])).toEqual([
      ["ClientPrinted", null, trace[typed]!.t],
      ["ClientPrinted", "prompt", trace[typed]!.t + 5000],
    ]);
    expect(pendingPrompt(trace, trace.length - 1).running).toBe(false);
  });

  it("types the first line at once and the next one after the think time", () => {
    const { trace } = simulate({ ...scenario, commands: ["wait 1", "wait 1"] });
    const typed = trace.filter((e) => e.kind === "CommandTyped").map((e) => e.t);
    expect(typed[0]).toBe(0);
    expect(typed[1]).toBeGreaterThan(1000);
  });
});

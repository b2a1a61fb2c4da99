/**
 * Import takes the project's own scenario files (issue 15, item 11): a scenario .json becomes the
 * session; a trace (JSON lines) is left to the trace reader; a broken scenario names its fields.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scenarioIn } from "@/components/teaching/open-scenario";
import { traceToJsonl } from "@/lib/trace/serialize";
import { simulate } from "@/lib/sim/session";

const examples = readdirSync("examples").filter((f) => f.endsWith(".json"));

describe("a scenario file opened with Import", () => {
  it("every example of the project is a scenario the workbench opens", () => {
    expect(examples.length).toBeGreaterThan(0);
    for (const f of examples) {
      const r = scenarioIn(readFileSync(`examples/${f}`, "utf8"));
      expect(r.kind, f).toBe("ok");
      if (r.kind === "ok") expect(r.scenario.commands.length, f).toBeGreaterThan(0);
    }
  });

  it("a byte-order mark does not hide a scenario", () => {
    const text = "\uFEFF" + JSON.stringify({ topology: "lan", commands: ["open server"] });
    expect(scenarioIn(text).kind).toBe("ok");
  });

  it("a trace in JSON lines, or JSON that is not a scenario, is not taken for one", () => {
    const { trace } = simulate({ topology: "lan", commands: ["open server"] });
    expect(scenarioIn(traceToJsonl(trace)).kind).toBe("none");
    expect(scenarioIn(JSON.stringify(trace[0])).kind).toBe("none");
    expect(scenarioIn("[1,2]").kind).toBe("none");
    expect(scenarioIn("not json").kind).toBe("none");
  });

  it("a scenario with wrong fields names them, and nothing is opened", () => {
    const r = scenarioIn(JSON.stringify({ topology: "moon", client: { mode: "sideways" }, commands: [] }));
    expect(r.kind).toBe("bad");
    if (r.kind === "bad") {
      expect(r.fields).toContain("topology");
      expect(r.fields).toContain("client.mode");
    }
  });
});

import { describe, expect, it } from "vitest";
import { entryToJson, parseTraceJsonl, traceToJsonl } from "@/lib/trace/serialize";
import { Simulation } from "@/lib/sim/simulation";
import { oneLink, tinyClient, tinyServer } from "../sim/fakes";

const sample = () => {
  const sim = new Simulation({
    network: oneLink(),
    server: { listenPort: 21, createSession: () => tinyServer() },
    client: tinyClient(),
    seed: 9,
    bandwidth: 1e6,
  });
  sim.type("open");
  sim.type("QUIT");
  return sim.trace;
};

describe("trace JSON lines", () => {
  it("puts seq, t, kind, from, to first and round-trips exactly", () => {
    const trace = sample();
    const first = entryToJson(trace[0]!);
    expect(Object.keys(JSON.parse(first)).slice(0, 5)).toEqual(["seq", "t", "kind", "from", "to"]);
    const back = parseTraceJsonl(traceToJsonl(trace));
    expect(back).toEqual({ ok: true, trace: JSON.parse(JSON.stringify(trace)) });
  });

  it("names the line of every problem in a tampered file and never throws", () => {
    const lines = traceToJsonl(sample()).trim().split("\n");
    lines[1] = "{not json";
    lines[2] = lines[2]!.replace('"kind":"', '"kind":"Bogus');
    const r = parseTraceJsonl(lines.join("\n"));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]).toBe("line 2: not valid JSON");
      expect(r.problems.some((p) => p.startsWith("line 3: unknown kind"))).toBe(true);
    }
    expect(parseTraceJsonl("")).toMatchObject({ ok: false, problems: ["the file holds no trace entries"] });
    expect(parseTraceJsonl("[1,2]").ok).toBe(false);
  });
});

describe("every JSON line names its channel", () => {
  it("is control or data on the wire and null off it, and reads back as it was", () => {
    const trace = sample();
    const lines = traceToJsonl(trace)
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const l of lines) expect(l).toHaveProperty("channel");
    expect(lines.find((l) => l.kind === "CommandTyped")?.channel).toBeNull();
    expect(lines.find((l) => l.kind === "ReplySent")?.channel).toBe("control");
    expect(parseTraceJsonl(traceToJsonl(trace))).toEqual({
      ok: true,
      trace: JSON.parse(JSON.stringify(trace)),
    });
    expect(
      parseTraceJsonl(traceToJsonl(trace).replace('"channel":"control"', '"channel":"sideways"')).ok,
    ).toBe(false);
  });
});

describe("import problems speak the learner's language (issue 15, item 11)", () => {
  it("each problem is a catalogue note, in Spanish and in English, naming its line", async () => {
    const { importProblemText } = await import("@/lib/trace/serialize");
    const bad = parseTraceJsonl('{"seq":0}\nnot json\n');
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.issues.length).toBe(2);
    const es = bad.issues.map((p) => importProblemText(p, "es"));
    const en = bad.issues.map((p) => importProblemText(p, "en"));
    expect(es[0]).toMatch(/^línea 1: /);
    expect(es[1]).toBe("línea 2: no es JSON válido");
    expect(en[1]).toBe("line 2: not valid JSON");
    // The English words stay what the CLI printed.
    expect(bad.problems).toEqual(en);
    for (const text of es) expect(text).not.toMatch(/trace\.import\.|\{|must be|line \d/);
    const empty = parseTraceJsonl("");
    expect(empty.ok ? [] : empty.issues.map((p) => importProblemText(p, "es"))).toEqual([
      "el archivo no contiene entradas de traza",
    ]);
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { resetJobs, runJob } from "@/components/sim-worker/jobs";
import { traceOf, type SimulateInput, type SimulateResult } from "@/components/sim-worker/protocol";
import { openSession, type TypedItem } from "@/lib/sim/session";
import type { Scenario } from "@/lib/sim/scenario";
import { DEFAULT_COMMANDS, DEFAULT_SETTINGS, toScenario } from "@/components/workbench/settings";

/*
 * The worker's jobs (issue 13, issue 20): a typed line extends the session the page holds and only the
 * new entries travel back; the page rebuilds exactly the trace a run from scratch gives. Anything the
 * page did not get from this worker, a Ctrl+C, or a budget hit is handled as its own case.
 */

const scenario = toScenario(DEFAULT_SETTINGS);
const lines = (...ls: string[]): TypedItem[] => ls.map((line) => ({ line }));
const first = lines(...DEFAULT_COMMANDS);

let id = 1;
function simulate(input: SimulateInput): SimulateResult {
  const reply = runJob({ id: id++, job: "simulate", input });
  if (!reply.ok) throw new Error(`problem ${JSON.stringify(reply.problem)}`);
  return reply.result;
}

const fromScratch = (sc: Scenario, items: readonly TypedItem[]) => {
  const s = openSession(sc);
  s.typeAll(items);
  return s.trace;
};

beforeEach(() => resetJobs());

describe("simulate job", () => {
  it("answers a new session with its whole trace", () => {
    const r = simulate({ scenario, inputs: first });
    expect(r.from).toBe(0);
    expect(r.entries).toEqual(fromScratch(scenario, first));
    expect(r.ready).toBe(true);
  });

  it("extends the page's run with only the new entries, equal to a run from scratch", () => {
    const a = simulate({ scenario, inputs: first });
    const held = traceOf(a, []);
    const more = [...first, ...lines("pwd", "ls")];
    const b = simulate({ scenario, inputs: more, base: { token: a.token, length: held.length } });
    expect(b.from).toBe(held.length);
    expect(b.entries.length).toBeLessThan(fromScratch(scenario, more).length);
    expect(traceOf(b, held)).toEqual(fromScratch(scenario, more));
    expect(b.token).not.toBe(a.token);
  });

  it("runs from scratch when the page's run is not the one the worker kept", () => {
    const a = simulate({ scenario, inputs: first });
    simulate({ scenario, inputs: [...first, ...lines("pwd")] }); // a run the page never applied
    const more = [...first, ...lines("ls")];
    const r = simulate({ scenario, inputs: more, base: { token: a.token, length: a.entries.length } });
    expect(r.from).toBe(0);
    expect(r.entries).toEqual(fromScratch(scenario, more));
  });

  it("replays a Ctrl+C in one go (it lands relative to the line before it)", () => {
    const a = simulate({ scenario, inputs: first });
    const more = [...first, ...lines("get readme.txt"), { interruptAfterMs: 1 }];
    const r = simulate({ scenario, inputs: more, base: { token: a.token, length: a.entries.length } });
    expect(r.from).toBe(0);
    expect(r.entries).toEqual(fromScratch(scenario, more));
  });

  it("names the budget a runaway session hit instead of returning its trace", () => {
    const bomb: Scenario = {
      ...toScenario({ ...DEFAULT_SETTINGS, protocol: "tftp" }),
      protocol: "tftp",
      loss: { lan: { rate: 1 } },
      tftp: { client: { rexmtMs: 10, timeoutMs: 3_600_000 } },
    } as Scenario;
    const reply = runJob({
      id: 99,
      job: "simulate",
      input: { scenario: bomb, inputs: lines("connect server", "get readme.txt") },
    });
    expect(reply).toMatchObject({ id: 99, ok: false, problem: { key: "ui.sim.tooManyEntries" } });
  });

  it("turns an exception into a named problem and an unknown job into one too", () => {
    const broken = runJob({
      id: 7,
      job: "simulate",
      input: { scenario: null as unknown as Scenario, inputs: [] },
    });
    expect(broken).toMatchObject({ id: 7, ok: false, problem: { key: "ui.sim.failed" } });
    const unknown = runJob({ id: 8, job: "constructor" as "simulate", input: { scenario, inputs: [] } });
    expect(unknown).toMatchObject({ id: 8, ok: false, problem: { key: "ui.sim.failed" } });
  });
});

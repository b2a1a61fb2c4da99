import { describe, expect, it } from "vitest";
import { JobRunner, type WorkerLike } from "@/components/sim-worker/runner";
import type { WorkerReply, WorkerRequest } from "@/components/sim-worker/protocol";
import { runJob } from "@/components/sim-worker/jobs";
import { DEFAULT_SETTINGS, toScenario } from "@/components/workbench/settings";

/*
 * The page's side of the worker (issue 13): a job past its time budget ends the worker and says so
 * with a named problem; the next job gets a fresh worker; a newer job replaces an older one; a worker
 * that fails to load or crashes is a problem, never a wait that never ends.
 */

class FakeWorker implements WorkerLike {
  onmessage: ((ev: MessageEvent) => void) | null = null;
  onerror: ((ev: ErrorEvent) => void) | null = null;
  onmessageerror: ((ev: MessageEvent) => void) | null = null;
  sent: WorkerRequest[] = [];
  terminated = false;
  postMessage(m: unknown) {
    this.sent.push(m as WorkerRequest);
  }
  terminate() {
    this.terminated = true;
  }
  reply(r: WorkerReply) {
    this.onmessage?.({ data: r } as MessageEvent);
  }
  /** The worker's scripts finished loading (its first message). */
  loaded() {
    this.onmessage?.({ data: { ready: true } } as MessageEvent);
  }
}

function setup(budgetMs = 1000) {
  const workers: FakeWorker[] = [];
  const timers: { fn: () => void; ms: number; cleared: boolean }[] = [];
  const runner = new JobRunner({
    makeWorker: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    inline: async (req) => runJob(req),
    budgetMs: () => budgetMs,
    setTimer: (fn, ms) => {
      const t = { fn, ms, cleared: false };
      timers.push(t);
      return t;
    },
    clearTimer: (t) => void ((t as { cleared: boolean }).cleared = true),
  });
  return { runner, workers, timers };
}

const input = { scenario: toScenario(DEFAULT_SETTINGS), inputs: [] };
const result = { token: 1, from: 0, entries: [], ready: true, problems: [] };

describe("JobRunner", () => {
  it("posts the job to a worker and resolves with its reply", async () => {
    const { runner, workers, timers } = setup();
    const p = runner.run("simulate", input);
    const w = workers[0]!;
    expect(w.sent[0]).toMatchObject({ job: "simulate", input });
    w.reply({ id: 999, ok: true, result }); // a stale reply is ignored
    w.reply({ id: w.sent[0]!.id, ok: true, result });
    await expect(p).resolves.toEqual({ ok: true, result });
    expect(timers[0]!.cleared).toBe(true);
    expect(w.terminated).toBe(false);
  });

  it("ends a job past its budget with a named problem, and the next job gets a fresh worker", async () => {
    const { runner, workers, timers } = setup(2500);
    const p = runner.run("simulate", input);
    expect(timers[0]!.ms).toBe(2500);
    timers[0]!.fn();
    await expect(p).resolves.toEqual({
      ok: false,
      problem: { key: "ui.sim.tooSlow", params: { seconds: 2.5 } },
    });
    expect(workers[0]!.terminated).toBe(true);
    const q = runner.run("simulate", input);
    expect(workers).toHaveLength(2);
    workers[1]!.reply({ id: workers[1]!.sent[0]!.id, ok: true, result });
    await expect(q).resolves.toMatchObject({ ok: true });
    expect(runner.started).toBe(2);
  });

  it("a newer job replaces the one under way (its worker goes, it resolves as superseded)", async () => {
    const { runner, workers } = setup();
    const p = runner.run("simulate", input);
    workers[0]!.loaded();
    const q = runner.run("simulate", input);
    await expect(p).resolves.toEqual({ ok: false, superseded: true });
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.sent).toHaveLength(1);
    runner.cancel();
    await expect(q).resolves.toEqual({ ok: false, superseded: true });
  });

  it("a worker still loading is not ended by a newer job: the old reply is ignored, the new one taken", async () => {
    const { runner, workers } = setup();
    const p = runner.run("simulate", input);
    const q = runner.run("simulate", input);
    await expect(p).resolves.toEqual({ ok: false, superseded: true });
    const w = workers[0]!;
    expect(workers).toHaveLength(1);
    expect(w.terminated).toBe(false);
    expect(w.sent).toHaveLength(2);
    w.loaded();
    w.reply({ id: w.sent[0]!.id, ok: true, result: { ...result, token: 7 } });
    w.reply({ id: w.sent[1]!.id, ok: true, result });
    await expect(q).resolves.toEqual({ ok: true, result });
  });

  it("a worker that fails or cannot take the input is a named problem", async () => {
    const { runner, workers } = setup();
    const p = runner.run("simulate", input);
    workers[0]!.onerror?.({ message: "failed to load", preventDefault() {} } as ErrorEvent);
    await expect(p).resolves.toEqual({
      ok: false,
      problem: { key: "ui.sim.failed", params: { error: "failed to load" } },
    });
    const throwing = new FakeWorker();
    throwing.postMessage = () => {
      throw new Error("could not be cloned");
    };
    const r2 = new JobRunner({
      makeWorker: () => throwing,
      inline: async (r) => runJob(r),
      budgetMs: () => 1000,
    });
    await expect(r2.run("simulate", input)).resolves.toEqual({
      ok: false,
      problem: { key: "ui.sim.failed", params: { error: "could not be cloned" } },
    });
    expect(throwing.terminated).toBe(true);
  });

  it("runs on the page when there is no Worker", async () => {
    const runner = new JobRunner({
      makeWorker: () => null,
      inline: async (req) => runJob(req),
      budgetMs: () => 1000,
    });
    const out = await runner.run("simulate", { ...input, inputs: [{ line: "open server" }] });
    expect(out.ok && out.result.entries.length).toBeGreaterThan(3);
  });
});

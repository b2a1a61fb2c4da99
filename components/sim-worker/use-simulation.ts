"use client";
/**
 * Runs sessions off the page's thread, with a time budget (runner.ts): no link, lesson or typed line
 * can freeze the page. Each call replaces the one before it; `cancel` forgets the one under way.
 */
import { useEffect, useMemo } from "react";
import type { Scenario } from "@/lib/sim/scenario";
import type { TypedItem } from "@/lib/sim/kernel/keyboard";
import { JOB_TIME_BUDGET_MS, JobRunner, type JobOutcome, type WorkerLike } from "./runner";
import type { SessionBase } from "./protocol";

export type SimOutcome = JobOutcome<"simulate">;

/** Browser tests shorten the budget through this hook (to see a runaway stopped); nothing else sets it. */
export const budgetOverride = (): number | undefined =>
  (globalThis as { __jobBudgetMs?: number }).__jobBudgetMs;
const budgetMs = (): number => budgetOverride() ?? JOB_TIME_BUDGET_MS;

/** A fresh background worker (named for the browser's task list); null where workers do not exist. */
export function makeWorker(name = "simulation"): WorkerLike | null {
  if (typeof Worker === "undefined") return null;
  // The literal `new URL(…, import.meta.url)` is what the bundler recognises as a worker entry.
  return new Worker(new URL("./sim.worker.ts", import.meta.url), { type: "module", name });
}

export interface Simulator {
  run(scenario: Scenario, inputs: readonly TypedItem[], base?: SessionBase): Promise<SimOutcome>;
  cancel(): void;
}

export function useSimulation(): Simulator {
  const runner = useMemo(
    () =>
      new JobRunner({
        makeWorker: () => makeWorker(),
        inline: async (req) => (await import("./jobs")).runJob(req),
        budgetMs,
      }),
    [],
  );
  useEffect(() => () => runner.dispose(), [runner]);
  return useMemo(
    () => ({
      run: (scenario, inputs, base) =>
        runner.run("simulate", { scenario, inputs, ...(base ? { base } : {}) }),
      cancel: () => runner.cancel(),
    }),
    [runner],
  );
}

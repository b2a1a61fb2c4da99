/**
 * The message protocol between the page and its background worker (sim.worker.ts). Small on purpose:
 * a request names a `job` and carries its input; the reply carries the result or a named problem (an
 * i18n key and its params, shown in es and en). Every job is a pure function of its input (lib/ stays
 * pure); the page enforces the time budget by ending the worker (runner.ts).
 */
import type { MessageKey, Params } from "@/lib/i18n/core";
import type { Scenario } from "@/lib/sim/scenario";
import type { TypedItem } from "@/lib/sim/kernel/keyboard";
import type { TraceEntry } from "@/lib/trace/types";
import type { ImportResult } from "@/lib/pcap/import";

/** What the page holds of a session the worker ran before: that run's token and its trace length. */
export interface SessionBase {
  readonly token: number;
  readonly length: number;
}

export interface SimulateInput {
  readonly scenario: Scenario;
  readonly inputs: readonly TypedItem[];
  /** The page's current run, when it came from this worker: a run that only adds lines to it sends only the new entries. */
  readonly base?: SessionBase;
}

export interface SimulateResult {
  /** Names this run; the page sends it back as `base` to extend it. */
  readonly token: number;
  /** The reply's entries start at this index: 0 for a whole trace, `base.length` for the new entries of an extended run. */
  readonly from: number;
  readonly entries: readonly TraceEntry[];
  readonly ready: boolean;
  /** Why vsftpd did not start (a bad vsftpd.conf), in vsftpd's words. */
  readonly problems: readonly string[];
}

/** A capture file's bytes (moved to the worker, not copied) and the import's own time limit. */
export interface ImportCaptureInput {
  readonly bytes: Uint8Array;
  /** Below the runner's budget, so a slow capture stops itself with the packets read so far. */
  readonly maxMs: number;
}

/** Every job the worker knows: its input and its result. */
export interface Jobs {
  simulate: { readonly input: SimulateInput; readonly result: SimulateResult };
  importCapture: { readonly input: ImportCaptureInput; readonly result: ImportResult };
}

export type JobName = keyof Jobs;

export interface WorkerRequest<J extends JobName = JobName> {
  readonly id: number;
  readonly job: J;
  readonly input: Jobs[J]["input"];
}

/** Why a job gave no result: a named problem the page shows. */
export interface JobProblem {
  readonly key: MessageKey;
  readonly params?: Params;
}

export type WorkerReply<J extends JobName = JobName> =
  | { readonly id: number; readonly ok: true; readonly result: Jobs[J]["result"] }
  | { readonly id: number; readonly ok: false; readonly problem: JobProblem };

/** The worker's first message: its scripts are loaded. */
export const WORKER_READY = { ready: true } as const;

/** The problem the page shows when a job runs past its time budget (the worker is ended and restarted). */
export const tooSlow = (budgetMs: number): JobProblem => ({
  key: "ui.sim.tooSlow",
  params: { seconds: Math.round(budgetMs / 100) / 10 },
});

/** A worker that could not load or died (out of memory): a problem, never silence. */
export const workerFailed = (error: string): JobProblem => ({ key: "ui.sim.failed", params: { error } });

/** The whole trace of a reply, given the trace the page held when it asked (`from` > 0 extends it). */
export function traceOf(result: SimulateResult, held: readonly TraceEntry[]): readonly TraceEntry[] {
  if (result.from === 0) return result.entries;
  return held.slice(0, result.from).concat(result.entries);
}

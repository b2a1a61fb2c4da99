/**
 * What the worker runs for each job: plain functions, so Node tests call them directly. `simulate`
 * keeps the last session it ran: a request that only adds typed lines to the run the page holds types
 * just those (typing is append-only and deterministic, so this equals a run from scratch) and replies
 * with the new entries only; anything else starts a new session.
 */
import { openSession, type Session, type TypedItem } from "@/lib/sim/session";
import type { TraceEntry } from "@/lib/trace/types";
import { importCapture } from "@/lib/pcap/import";
import type { MessageKey } from "@/lib/i18n/core";
import type { JobName, JobProblem, Jobs, SimulateInput, WorkerReply, WorkerRequest } from "./protocol";

interface Kept {
  readonly token: number;
  readonly key: string;
  readonly typed: readonly TypedItem[];
  readonly session: Session;
}

/** The worker's memory between jobs (one session); module state because the worker is one module. */
let kept: Kept | null = null;
let nextToken = 1;

/** Forgets the kept session (tests; a job that failed may have left it half-typed). */
export function resetJobs(): void {
  kept = null;
}

const sameItem = (a: TypedItem, b: TypedItem): boolean =>
  "line" in a
    ? "line" in b && a.line === b.line
    : "interruptAfterMs" in b && a.interruptAfterMs === b.interruptAfterMs;

/** The kernel's budgets (lib/sim/kernel) as the page names them. */
const STOPPED: ReadonlyMap<string, MessageKey> = new Map<string, MessageKey>([
  ["sim.stopped.maxEntries", "ui.sim.tooManyEntries"],
  ["sim.stopped.maxEvents", "ui.sim.tooManyEvents"],
]);

/** Which budget a run stopped on, if any: the kernel records SimulationStopped and then stops. */
function budgetHit(trace: readonly TraceEntry[], from: number): JobProblem | null {
  for (let i = trace.length - 1; i >= Math.max(from, trace.length - 50); i--) {
    const e = trace[i]!;
    const key = e.kind === "SimulationStopped" && e.note ? STOPPED.get(e.note.key) : undefined;
    if (key) return { key, params: { max: Number(e.note?.params?.max ?? 0) } };
  }
  return null;
}

/** Can `input` be answered by typing more into the kept session? Only lines: a Ctrl+C lands relative to the line before it, so it is replayed in one go. */
function extendable(k: Kept | null, key: string, input: SimulateInput): k is Kept {
  if (!k || !input.base || k.token !== input.base.token || k.key !== key) return false;
  if (k.session.trace.length !== input.base.length || k.typed.length > input.inputs.length) return false;
  if (!k.typed.every((item, i) => sameItem(item, input.inputs[i]!))) return false;
  return input.inputs.slice(k.typed.length).every((item) => "line" in item);
}

function simulate(input: SimulateInput): Jobs["simulate"]["result"] | JobProblem {
  const key = JSON.stringify(input.scenario);
  let from = 0;
  let session: Session;
  if (extendable(kept, key, input)) {
    session = kept.session;
    from = session.trace.length;
    session.typeAll(input.inputs.slice(kept.typed.length));
  } else {
    kept = null;
    session = openSession(input.scenario);
    session.typeAll(input.inputs);
  }
  const hit = budgetHit(session.trace, from);
  if (hit) {
    kept = null;
    return hit;
  }
  const token = nextToken++;
  kept = { token, key, typed: [...input.inputs], session };
  return {
    token,
    from,
    entries: from === 0 ? session.trace : session.trace.slice(from),
    ready: session.ready,
    problems: session.problems,
  };
}

/** A capture, read in the worker: bounded by the import's size, packet and time limits (lib/pcap/import). */
function readCaptureJob(input: Jobs["importCapture"]["input"]): Jobs["importCapture"]["result"] {
  return importCapture(input.bytes, { clock: () => performance.now(), maxMs: input.maxMs });
}

const JOBS: { readonly [J in JobName]: (input: Jobs[J]["input"]) => Jobs[J]["result"] | JobProblem } = {
  simulate,
  importCapture: readCaptureJob,
};

/** What a job that threw is called, in the words of its own kind. */
const FAILED: { readonly [J in JobName]: MessageKey } = {
  simulate: "ui.sim.failed",
  importCapture: "pcap.p.failed",
};

const isProblem = (x: object): x is JobProblem => "key" in x && !("token" in x);

/** Answers one request; an exception (a bug, or input the checks missed) becomes a problem too. */
export function runJob<J extends JobName>(req: WorkerRequest<J>): WorkerReply<J> {
  // The request came through postMessage: its job name is checked, not trusted.
  const known = Object.prototype.hasOwnProperty.call(JOBS, req.job);
  try {
    const job = known
      ? (JOBS[req.job] as (input: Jobs[J]["input"]) => Jobs[J]["result"] | JobProblem)
      : undefined;
    if (!job)
      return { id: req.id, ok: false, problem: { key: "ui.sim.failed", params: { error: String(req.job) } } };
    const out = job(req.input);
    return isProblem(out) ? { id: req.id, ok: false, problem: out } : { id: req.id, ok: true, result: out };
  } catch (e) {
    if (req.job === "simulate") kept = null;
    const error = e instanceof Error ? e.message : String(e);
    const key = known ? FAILED[req.job] : "ui.sim.failed";
    return { id: req.id, ok: false, problem: { key, params: { error } } };
  }
}

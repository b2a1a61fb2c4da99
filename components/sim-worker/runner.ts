/**
 * The page's side of the background worker: one job at a time, each with a time budget. A job that
 * overruns it ends the worker (a worker cannot be interrupted mid-computation) and the page says so; a
 * newer job replaces an older one the same way. The next job starts a fresh worker, so no input can
 * freeze the page. Timers and the worker are injected, so tests drive every path without a browser.
 */
import {
  tooSlow,
  workerFailed,
  type JobName,
  type JobProblem,
  type Jobs,
  type WorkerReply,
  type WorkerRequest,
} from "./protocol";

/** How long one job may run: a lesson's whole replay takes well under a second on a slow laptop. */
export const JOB_TIME_BUDGET_MS = 8000;

export type JobOutcome<J extends JobName> =
  | { readonly ok: true; readonly result: Jobs[J]["result"] }
  | { readonly ok: false; readonly problem: JobProblem }
  /** A newer job (or a cancel) replaced this one: nothing to show. */
  | { readonly ok: false; readonly superseded: true };

/** The part of a Worker the runner uses. */
export interface WorkerLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((ev: MessageEvent) => void) | null;
  onerror: ((ev: ErrorEvent) => void) | null;
  onmessageerror: ((ev: MessageEvent) => void) | null;
}

export interface RunnerDeps {
  /** A fresh worker; null where workers do not exist (then jobs run on the page, through `inline`). */
  readonly makeWorker: () => WorkerLike | null;
  /** Runs a request on the page (no worker): loaded only when needed, so the engine stays out of the first load. */
  readonly inline: (req: WorkerRequest) => Promise<WorkerReply>;
  readonly budgetMs: () => number;
  /** What an overrun and a dead worker are called for this runner's jobs (default: a simulation's words). */
  readonly tooSlow?: (budgetMs: number) => JobProblem;
  readonly failed?: (error: string) => JobProblem;
  readonly setTimer?: (fn: () => void, ms: number) => unknown;
  readonly clearTimer?: (id: unknown) => void;
}

type Settled = WorkerReply | JobProblem | "superseded";

interface Pending {
  readonly id: number;
  readonly timer: unknown;
  readonly done: (s: Settled) => void;
}

export class JobRunner {
  private worker: WorkerLike | null = null;
  /** The worker said it finished loading (a worker ended while its scripts load can break the next one's load). */
  private loaded = false;
  private pending: Pending | null = null;
  private nextId = 1;
  /** Workers started so far (the first, and one after each overrun, crash or replaced job). */
  started = 0;

  constructor(private readonly deps: RunnerDeps) {}

  /** Runs `job`; buffers in `transfer` move to the worker (the page's copy becomes empty). */
  run<J extends JobName>(
    job: J,
    input: Jobs[J]["input"],
    transfer: Transferable[] = [],
  ): Promise<JobOutcome<J>> {
    const req = { id: this.nextId++, job, input } as WorkerRequest;
    // Only the newest job matters: an older one still running is abandoned with its worker.
    this.cancel();
    const worker = this.ensureWorker();
    return new Promise<Settled>((resolve) => {
      if (!worker) {
        this.deps.inline(req).then(resolve, (e: unknown) => resolve(this.failed(String(e))));
        return;
      }
      const ms = this.deps.budgetMs();
      const setTimer = this.deps.setTimer ?? ((fn, t) => setTimeout(fn, t));
      const timer = setTimer(() => this.abandon((this.deps.tooSlow ?? tooSlow)(ms)), ms);
      this.pending = { id: req.id, timer, done: resolve };
      try {
        worker.postMessage(req, transfer);
      } catch (e) {
        // An input the browser cannot copy to the worker (a bug): said, never a silent wait.
        this.abandon(this.failed(e instanceof Error ? e.message : String(e)));
      }
    }).then((s) => outcome<J>(s));
  }

  /**
   * Forgets the job under way, if any (the page moved on). A loaded worker goes with it (it may be deep in
   * a long run); one still loading its scripts is kept: the old job runs first and its reply is ignored.
   * Ending a worker mid-load was seen to make Chromium fail the next worker's load of the same scripts.
   */
  cancel(): void {
    if (this.loaded) return this.abandon("superseded");
    const p = this.pending;
    if (!p) return;
    this.clear(p.timer);
    this.pending = null;
    p.done("superseded");
  }

  dispose(): void {
    this.abandon("superseded");
    this.worker?.terminate();
    this.worker = null;
  }

  private ensureWorker(): WorkerLike | null {
    if (this.worker) return this.worker;
    const w = this.deps.makeWorker();
    if (!w) return null;
    this.started++;
    this.loaded = false;
    w.onmessage = (ev: MessageEvent) => {
      if ((ev.data as { ready?: unknown })?.ready === true) {
        if (this.worker === w) this.loaded = true;
        return;
      }
      const reply = ev.data as WorkerReply;
      const p = this.pending;
      if (!p || p.id !== reply?.id) return;
      this.clear(p.timer);
      this.pending = null;
      p.done(reply);
    };
    w.onerror = (ev: ErrorEvent) => {
      ev.preventDefault?.();
      this.abandon(this.failed(ev.message || "worker stopped"));
    };
    w.onmessageerror = () => this.abandon(this.failed("unreadable reply"));
    this.worker = w;
    return w;
  }

  /** Ends the job under way without its reply; the worker may be mid-computation, so it goes too. */
  private abandon(why: JobProblem | "superseded"): void {
    const p = this.pending;
    if (!p) return;
    this.clear(p.timer);
    this.pending = null;
    this.worker?.terminate();
    this.worker = null;
    p.done(why);
  }

  private failed(error: string): JobProblem {
    return (this.deps.failed ?? workerFailed)(error);
  }

  private clear(timer: unknown): void {
    (this.deps.clearTimer ?? ((id) => clearTimeout(id as ReturnType<typeof setTimeout>)))(timer);
  }
}

function outcome<J extends JobName>(s: Settled): JobOutcome<J> {
  if (s === "superseded") return { ok: false, superseded: true };
  if (!("id" in s)) return { ok: false, problem: s };
  return (s.ok ? { ok: true, result: s.result } : { ok: false, problem: s.problem }) as JobOutcome<J>;
}

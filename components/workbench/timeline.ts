// Over 300 lines: the workbench's one reducer, every action it takes in one switch, with the state it owns.
/**
 * The workbench's timeline as a pure reducer: what the page shows (settings, typed inputs, the run the
 * worker produced, the cursor, the selected entry, an imported or live trace on top) and every way it
 * changes. Like redux-devtools' instrument, the run is committed history: stepping, playing and following
 * move the cursor over it and never re-simulate. A run is asked for with a `Request` (built here from the
 * state) and lands with `runFinished`, `runRefused` or `runSuperseded`; what the worker, the clock and the
 * storage do is the hook's business (use-timeline.ts). No React, no DOM, no timers.
 */
import type { MessageKey, Params } from "@/lib/i18n/core";
import type { TypedItem } from "@/lib/sim/kernel/keyboard";
import type { TraceEntry } from "@/lib/trace/types";
import { buildRows, type Row } from "@/components/sequence/rows";
import type { PlayAt } from "@/components/teaching/host";
import type { LiveView } from "@/components/live/use-live";
import { commandBack, commandForward, messageBack, messageForward } from "@/components/controls/stepping";
import { DEFAULT_COMMANDS, DEFAULT_SETTINGS, type Settings } from "./settings";

/** A finished simulation run, as the page holds it (the session itself lives in the worker). */
export interface FirstRun {
  readonly trace: readonly TraceEntry[];
  readonly ready: boolean;
  /** Why vsftpd did not start (a bad vsftpd.conf), in vsftpd's words. */
  readonly problems: readonly string[];
}

export interface Run extends FirstRun {
  /** The worker's name for this run (0: not from the worker, e.g. the build-time first visit). */
  readonly token: number;
}

/** A just-arrived run playing live: the cursor advances one entry every `ms` up to `until`. */
export type Follow = { readonly ms: number; readonly until: number };

export type Status = { readonly key: MessageKey; readonly params?: Params };

export interface Timeline {
  readonly settings: Settings;
  /** What the learner did at the client, replayed when a setting changes. */
  readonly inputs: readonly TypedItem[];
  readonly run: Run;
  readonly cursor: number;
  /** The entry pinned in the inspector (by seq), or null: the inspector shows the cursor's entry. */
  readonly selected: number | null;
  /** A real session from `npm run ftpd -- --live`; on screen while `viewed` is its trace. */
  readonly live: LiveView | null;
  /** An imported (or live) trace shown read-only; the learner's own run waits underneath. */
  readonly viewed: readonly TraceEntry[] | null;
  readonly follow: Follow | null;
  readonly playing: boolean;
  readonly speed: number;
  /** TCP handshakes and teardowns folded into one row each (stepping moves by row). */
  readonly fold: boolean;
  /** The untouched first-visit session: typing continues it at its end without asking to discard. */
  readonly demo: boolean;
  /** A run is under way in the worker: typed lines wait for it in `typed`. */
  readonly pending: boolean;
  /**
   * Lines typed ahead (a paste, or typing while a command runs), oldest first. The timeline starts
   * the first one only when the client waits for a line and no run is under way (use-timeline.ts),
   * so each line runs on a session that holds every line before it.
   */
  readonly typed: readonly string[];
  /** The autosaved session is back (or there was none): autosave may write from now on. */
  readonly restored: boolean;
  readonly status: Status | null;
}

/** Why a run is asked for; decides what its arrival does to the cursor, the view and the status line. */
export type Purpose =
  /** The strip changed: shown at once, undone if the worker refuses (strip and diagram never disagree). */
  | { readonly kind: "settings"; readonly before: Pick<Timeline, "settings" | "inputs"> }
  /** A whole scenario (a security demo): played live from its first entry. */
  | { readonly kind: "scenario" }
  /** A line typed at the end: only the new entries come back, played live from the old end. */
  | { readonly kind: "type"; readonly from: number }
  /** The inputs replaced (typed after stepping back, Ctrl+C): replayed, played live from `from`. */
  | { readonly kind: "replace"; readonly from: number }
  /** Teaching (lessons, presenter, predict, share links) replaces the session and the view. */
  | { readonly kind: "load"; readonly at: PlayAt }
  /** The autosaved session after a reload, at its saved cursor. */
  | { readonly kind: "restore"; readonly cursor: number };

export interface Request {
  readonly settings: Settings;
  readonly inputs: readonly TypedItem[];
  /** The run extends the current one (the worker sends only the new entries). */
  readonly extend: boolean;
  readonly purpose: Purpose;
}

export type StepKind = "back" | "forward" | "commandBack" | "commandForward" | "start" | "end" | "toggle";

export type Action =
  | { readonly type: "runStarted"; readonly request: Request }
  /** `animate`: false when the learner prefers reduced motion (new entries appear at once). */
  | { readonly type: "runFinished"; readonly request: Request; readonly run: Run; readonly animate: boolean }
  | { readonly type: "runRefused"; readonly request: Request; readonly problem: Status }
  | { readonly type: "runSuperseded"; readonly request: Request }
  /** Nothing was saved (or a share link wins): the first visit stays and autosave starts. */
  | { readonly type: "restoreSkipped" }
  | { readonly type: "step"; readonly step: StepKind }
  | { readonly type: "seek"; readonly cursor: number }
  | { readonly type: "select"; readonly seq: number | null }
  | { readonly type: "play"; readonly on: boolean }
  | { readonly type: "tick" }
  | { readonly type: "followTick" }
  | { readonly type: "speed"; readonly speed: number }
  | { readonly type: "fold"; readonly fold: boolean }
  | { readonly type: "view"; readonly trace: readonly TraceEntry[] | null }
  | { readonly type: "live"; readonly view: LiveView | null }
  | { readonly type: "newSession"; readonly first: FirstRun }
  /** Lines the learner typed or pasted: they wait their turn. */
  | { readonly type: "typed"; readonly lines: readonly string[] }
  /** The first waiting line was handed to a run. */
  | { readonly type: "typedTaken" }
  /** Ctrl+C, a refused discard or a read-only view: the lines still waiting are forgotten. */
  | { readonly type: "typedDropped" };

/** A typed command's messages play live in about this long (bounded per message), like watching it happen. */
export const FOLLOW_TOTAL_MS = 3000;
export const FOLLOW_STEP_MS = { min: 12, max: 140 } as const;

const lastIndex = (trace: readonly TraceEntry[]) => Math.max(0, trace.length - 1);
const clamp = (n: number, trace: readonly TraceEntry[]) => Math.max(0, Math.min(n, lastIndex(trace)));
const firstInputs = (): readonly TypedItem[] => DEFAULT_COMMANDS.map((line) => ({ line }));

/** The first visit: the build-time session at message 0, Play ready (the autosaved one may replace it). */
export function initialTimeline(first: FirstRun): Timeline {
  return {
    settings: DEFAULT_SETTINGS,
    inputs: firstInputs(),
    run: { ...first, token: 0 },
    cursor: 0,
    selected: null,
    live: null,
    viewed: null,
    follow: null,
    playing: false,
    speed: 1,
    fold: false,
    demo: true,
    pending: false,
    typed: [],
    restored: false,
    status: null,
  };
}

/** The trace on screen: an imported or live one over the learner's own. */
export const traceOf = (s: Timeline): readonly TraceEntry[] => s.viewed ?? s.run.trace;
export const lastOf = (s: Timeline): number => lastIndex(traceOf(s));
/** The live source's session is the one on screen (a lesson or an import may have replaced it). */
export const liveShowing = (s: Timeline): boolean => s.live !== null && s.viewed === s.live.trace;
/** Typing is refused: an imported trace is read-only (a live one is the real client's to type). */
export const readOnly = (s: Timeline): boolean => s.viewed !== null && !liveShowing(s);
/** The client takes a typed line now (otherwise it waits in `typed` until the run under way arrives). */
export const acceptsInput = (s: Timeline): boolean => s.run.ready && s.viewed === null && !s.pending;

const rowCache = new WeakMap<readonly TraceEntry[], { readonly fold: boolean; readonly rows: Row[] }>();
/** The diagram's rows (one per message, or folded); the same array for the same trace and fold. */
export function rowsOf(trace: readonly TraceEntry[], fold: boolean): readonly Row[] {
  const hit = rowCache.get(trace);
  if (hit && hit.fold === fold) return hit.rows;
  const rows = buildRows(trace, fold);
  rowCache.set(trace, { fold, rows });
  return rows;
}

/** Moves the cursor and unpins the inspector (the pinned entry belonged to the old position). */
const at = (s: Timeline, cursor: number): Timeline => ({ ...s, cursor, selected: null });

/** Shows the run's new end: played live from `from` unless motion is off or there is nothing to play. */
function follow(s: Timeline, from: number, to: number, animate: boolean): Timeline {
  const still = { ...at(s, to), playing: false, follow: null };
  if (!animate || to <= from) return still;
  const per = FOLLOW_TOTAL_MS / (to - from);
  const ms = Math.round(Math.min(FOLLOW_STEP_MS.max, Math.max(FOLLOW_STEP_MS.min, per)));
  return { ...still, cursor: from, follow: { ms, until: to } };
}

function stepTarget(s: Timeline, step: Exclude<StepKind, "toggle">): number {
  const trace = traceOf(s);
  const last = lastIndex(trace);
  const rows = () => rowsOf(trace, s.fold);
  switch (step) {
    case "start":
      return 0;
    case "end":
      return last;
    case "forward":
      return messageForward(rows(), s.cursor, last);
    case "back":
      return messageBack(rows(), s.cursor);
    case "commandForward":
      return commandForward(trace, s.cursor);
    case "commandBack":
      return commandBack(trace, s.cursor);
  }
}

/** A run arrived: the session is replaced (a new run never leaves the old session's cursor or pin behind). */
function arrive(s: Timeline, r: Request, run: Run, animate: boolean): Timeline {
  const base: Timeline = { ...s, settings: r.settings, inputs: r.inputs, run, demo: false, pending: false };
  const last = lastIndex(run.trace);
  const p = r.purpose;
  switch (p.kind) {
    case "settings": {
      const key = run.problems.length ? "ui.status.serverRefused" : "ui.status.newSession";
      const { topology, mode } = r.settings;
      const params = { topology, mode, n: r.inputs.length, problems: run.problems.join("; ") };
      return { ...at(base, last), playing: false, follow: null, status: { key, params } };
    }
    case "scenario": {
      const status: Status = {
        key: "ui.status.loaded",
        params: { topology: r.settings.topology, n: r.inputs.length },
      };
      return { ...follow(base, 0, last, animate), status };
    }
    case "type":
    case "replace":
      return follow(base, Math.min(p.from, last), last, animate);
    case "load": {
      const shown = { ...base, viewed: null };
      if ("playFrom" in p.at) return follow(shown, Math.min(p.at.playFrom, last), last, animate);
      if ("play" in p.at) {
        // A lesson step's rows: played live up to the row the step is about, not the session's last ACK.
        const span = p.at.play(run.trace);
        const to = Math.max(0, Math.min(span.to, last));
        return follow(shown, Math.max(0, Math.min(span.from, to)), to, animate);
      }
      return { ...at(shown, clamp(p.at.cursor, run.trace)), playing: false, follow: null };
    }
    case "restore":
      return { ...base, cursor: clamp(p.cursor, run.trace), selected: null, restored: true };
  }
}

export function timeline(s: Timeline, a: Action): Timeline {
  switch (a.type) {
    case "runStarted": {
      const p = a.request.purpose;
      // The strip shows a choice at once; the diagram follows when the run arrives.
      const shown = p.kind === "settings" ? { settings: a.request.settings, inputs: a.request.inputs } : {};
      return { ...s, ...shown, pending: true };
    }
    case "runFinished":
      return arrive(s, a.request, a.run, a.animate);
    case "runRefused": {
      // The learner's session stays; the status says why, and a refused strip choice is undone.
      const p = a.request.purpose;
      const undo = p.kind === "settings" ? p.before : {};
      const restored = s.restored || p.kind === "restore";
      return { ...s, ...undo, pending: false, status: a.problem, restored };
    }
    case "runSuperseded":
      // A newer run (or a new session) took its place; only a restore's end still opens autosave.
      return a.request.purpose.kind === "restore" ? { ...s, restored: true } : s;
    case "restoreSkipped":
      return { ...s, restored: true };
    case "step": {
      const last = lastOf(s);
      if (a.step === "toggle") return { ...s, follow: null, playing: !s.playing && s.cursor < last };
      return { ...at(s, stepTarget(s, a.step)), follow: null, playing: false };
    }
    case "seek":
      return { ...at(s, clamp(a.cursor, traceOf(s))), follow: null };
    case "select":
      return { ...s, selected: a.seq };
    case "play":
      return { ...s, follow: null, playing: a.on && s.cursor < lastOf(s) };
    case "tick": {
      const last = lastOf(s);
      if (!s.playing) return s;
      if (s.cursor >= last) return { ...s, playing: false };
      return { ...s, cursor: messageForward(rowsOf(traceOf(s), s.fold), s.cursor, last) };
    }
    case "followTick": {
      // Bounded by this playback's own target: a stale tick can never move the cursor back.
      if (!s.follow) return s;
      const cursor = Math.min(s.cursor + 1, s.follow.until);
      return { ...s, cursor, follow: cursor < s.follow.until ? s.follow : null };
    }
    case "speed":
      return { ...s, speed: a.speed };
    case "fold":
      return { ...s, fold: a.fold };
    case "view": {
      // Lines waiting for the learner's session never run into an imported trace.
      const typed = a.trace ? [] : s.typed;
      return at({ ...s, viewed: a.trace, follow: null, typed }, a.trace ? 0 : lastIndex(s.run.trace));
    }
    case "live":
      return showLive(s, a.view);
    case "newSession": {
      // The view's own choices (fold, speed) and the live source stay; the session is the first visit's.
      const kept = { restored: s.restored, fold: s.fold, speed: s.speed, live: s.live };
      return { ...initialTimeline(a.first), ...kept, status: { key: "ui.wb.newSessionDone" } };
    }
    case "typed":
      // Under an import or a real session's trace a typed line has no session of the learner's to run
      // in now, and must not run into it later by surprise (the terminal says read-only for imports).
      return a.lines.length && s.viewed === null ? { ...s, typed: s.typed.concat(a.lines) } : s;
    case "typedTaken":
      return { ...s, typed: s.typed.slice(1) };
    case "typedDropped":
      return s.typed.length ? { ...s, typed: [] } : s;
  }
}

function showLive(s: Timeline, view: LiveView | null): Timeline {
  const showing = liveShowing(s);
  if (!view) {
    const off = { ...s, live: null };
    return showing ? at({ ...off, viewed: null }, lastIndex(s.run.trace)) : off;
  }
  const on = { ...s, live: view, viewed: view.trace, follow: null, typed: [] };
  if (!showing) return at(on, lastIndex(view.trace));
  // New messages of the watched session: the cursor follows them only if it was at the end.
  return { ...on, cursor: s.cursor >= lastOf(s) ? lastIndex(view.trace) : s.cursor };
}

/**
 * Where a learner is in a lesson, as plain data: which steps' checks the trace satisfies, and what a
 * step's "Show me" does to the session (the settings it switches and the lines it types). The UI keeps
 * this in localStorage; everything here is pure so it is tested in Node.
 */
import { DEFAULT_CONFIG } from "../sim/defaults";
import { presetToggles } from "../net/presets";
import type { Scenario } from "../sim/scenario";
import type { Trace } from "../trace/types";
import type { Lesson, LessonInput, LessonStep, SettingsChange } from "./types";

export interface LessonProgress {
  /** The step the learner is reading. */
  readonly step: number;
  /** Steps whose check has been satisfied at least once (they stay green). */
  readonly done: readonly number[];
}

export const START: LessonProgress = { step: 0, done: [] };

/** Steps whose check passes on this trace (steps without a check pass once they are reached). */
export function passing(lesson: Lesson, trace: Trace, reached: number): number[] {
  return lesson.steps.flatMap((s, i) => ((s.check ? s.check(trace) : i <= reached) ? [i] : []));
}

/** Adds what the trace now shows to the progress (done steps are never taken back by stepping). */
export function advance(lesson: Lesson, p: LessonProgress, trace: Trace): LessonProgress {
  const now = passing(lesson, trace, p.step).filter((i) => i <= p.step);
  const done = [...new Set([...p.done, ...now])].sort((a, b) => a - b);
  return done.length === p.done.length ? p : { ...p, done };
}

/** The scenario with a step's settings change applied (what the topology strip would do). */
export function applyChange(s: Scenario, c: SettingsChange | undefined): Scenario {
  if (!c) return s;
  return {
    ...s,
    ...(c.topology !== undefined ? { topology: c.topology, ...presetToggles(c.topology) } : {}),
    ...(c.alg !== undefined ? { alg: c.alg } : {}),
    ...(c.firewall !== undefined ? { firewall: c.firewall } : {}),
    ...(c.mode !== undefined || c.program !== undefined
      ? {
          client: {
            ...s.client,
            ...(c.mode !== undefined ? { mode: c.mode } : {}),
            ...(c.program !== undefined ? { profile: c.program } : {}),
          },
        }
      : {}),
    ...(c.serverConfig !== undefined
      ? { server: { ...s.server, config: `${s.server?.config ?? DEFAULT_CONFIG}\n${c.serverConfig}\n` } }
      : {}),
  };
}

/**
 * The row a step is about: the first entry from `from` on at which the step's check holds over the
 * step's own entries (an earlier step may already have shown the same thing), else over the whole trace.
 */
export function focusOf(step: LessonStep, trace: Trace, from = 0): number | undefined {
  if (!step.check) return undefined;
  const start = Math.max(0, from);
  for (let i = start; i < trace.length; i++) if (step.check(trace.slice(start, i + 1))) return i;
  for (let i = start; i < trace.length; i++) if (step.check(trace.slice(0, i + 1))) return i;
  return undefined;
}

/** Everything "Show me" of steps 0..upTo does, in order: the final scenario and every typed input. */
export function script(lesson: Lesson, upTo: number): { scenario: Scenario; inputs: LessonInput[] } {
  let scenario = lesson.scenario;
  const inputs: LessonInput[] = [];
  lesson.steps.slice(0, upTo + 1).forEach((s) => {
    scenario = applyChange(scenario, s.switchTo);
    inputs.push(...(s.commands ?? []));
  });
  return { scenario, inputs };
}

/** Reads stored progress defensively: anything malformed means "not started". */
export function readProgress(value: unknown, lesson: Lesson): LessonProgress {
  if (typeof value !== "object" || value === null) return START;
  const v = value as { step?: unknown; done?: unknown };
  const n = lesson.steps.length;
  const ok = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0 && (x as number) < n;
  const step = ok(v.step) ? v.step : 0;
  const done = Array.isArray(v.done) ? [...new Set(v.done.filter(ok))].sort((a, b) => a - b) : [];
  return { step, done };
}

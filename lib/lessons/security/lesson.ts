/**
 * The shape of a security lesson: a scenario, then steps that narrate (i18n keys in the security
 * catalogue), type some lines, and check the trace so far shows what the narration says.
 */
import type { Scenario } from "../../sim/scenario";
import type { Trace } from "../../trace/types";

export interface LessonStep {
  readonly narrationKey: string;
  readonly commands?: readonly string[];
  readonly check?: (trace: Trace) => boolean;
}

export interface Lesson {
  readonly id: string;
  readonly titleKey: string;
  readonly scenario: Scenario;
  readonly steps: readonly LessonStep[];
}

/** Narration keys of lesson `id`: sec.lesson.<id>.title and sec.lesson.<id>.<n> for its steps. */
export const stepKey = (id: string, n: number): string => `sec.lesson.${id}.${n}`;

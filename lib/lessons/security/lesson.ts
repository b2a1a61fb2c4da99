/**
 * The security lessons have the course's one lesson shape (lib/lessons/types.ts): a scenario, then steps
 * that narrate (i18n keys in the security catalogue), type some lines, and check the trace so far.
 */
export type { Lesson, LessonStep } from "../types";

/** Narration keys of lesson `id`: sec.lesson.<id>.title and sec.lesson.<id>.<n> for its steps. */
export const stepKey = (id: string, n: number): string => `sec.lesson.${id}.${n}`;

/**
 * The security lessons have the course's one lesson shape (lib/lessons/types.ts): a scenario, then steps
 * that narrate (i18n keys in the security catalogue), type some lines, and check the trace so far.
 */
export type { Lesson, LessonStep } from "../types";

/**
 * Narration keys of lesson `id`: sec.lesson.<id>.title and sec.lesson.<id>.<n> for its steps. The key
 * is a literal type, so a step whose text the catalogue lacks does not compile.
 */
export const stepKey = <const I extends string, const N extends number>(id: I, n: N) =>
  `sec.lesson.${id}.${n}` as const;

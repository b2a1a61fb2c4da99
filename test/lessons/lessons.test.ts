import { describe, expect, it } from "vitest";
import { LESSONS } from "@/lib/lessons";
import { advance, readProgress, script, START } from "@/lib/lessons/progress";
import { catalogs } from "@/lib/i18n";
import { openSession, typedItems } from "@/lib/sim/session";

/** The trace "Show me" produces after steps 0..n (settings switched, all inputs replayed). */
function traceAfter(lesson: (typeof LESSONS)[number], n: number) {
  const { scenario, inputs } = script(lesson, n);
  const s = openSession(scenario);
  s.typeAll(typedItems(inputs));
  return s.trace;
}

describe("the course", () => {
  it("has at least twelve lessons with distinct ids", () => {
    expect(LESSONS.length).toBeGreaterThanOrEqual(12);
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
  });

  for (const lesson of LESSONS)
    describe(lesson.id, () => {
      it("has its title and narration in Spanish and English", () => {
        const keys = [
          lesson.titleKey,
          ...lesson.steps.flatMap((s) => [s.narrationKey, s.taskKey ?? []].flat()),
        ];
        for (const k of keys) {
          expect(catalogs.es[k], k).toBeTruthy();
          expect(catalogs.en[k], k).toBeTruthy();
        }
      });

      it("running its own commands satisfies each step's check", () => {
        lesson.steps.forEach((step, i) => {
          if (!step.check) return;
          expect(step.check(traceAfter(lesson, i)), `${lesson.id} step ${i + 1}`).toBe(true);
        });
      });

      it("an empty trace satisfies no check", () => {
        lesson.steps.forEach((step, i) => {
          if (step.check) expect(step.check([]), `${lesson.id} step ${i + 1}`).toBe(false);
        });
      });
    });
});

describe("lesson progress", () => {
  const lesson = LESSONS[0]!;
  it("turns a reached step green when the trace shows it, and keeps it green", () => {
    const t = traceAfter(lesson, 0);
    const p = advance(lesson, START, t);
    expect(p.done).toEqual([0]);
    expect(advance(lesson, p, [])).toBe(p);
  });
  it("does not mark steps the learner has not reached", () => {
    const t = traceAfter(lesson, lesson.steps.length - 1);
    expect(advance(lesson, START, t).done).toEqual([0]);
  });
  it("reads stored progress defensively", () => {
    expect(readProgress("junk", lesson)).toEqual(START);
    expect(readProgress({ step: 99, done: [0, 0, 1, -3, "x"] }, lesson)).toEqual({ step: 0, done: [0, 1] });
  });
});

/** Every security lesson, played step by step: each check passes on the trace so far (its keys are typed). */
import { describe, expect, it } from "vitest";
import { SECURITY_LESSONS } from "@/lib/lessons/security";
import { openSession, typedItems } from "@/lib/sim/session";

describe.each(SECURITY_LESSONS.map((l) => [l.id, l] as const))("lesson %s", (_id, lesson) => {
  it("shows what each step narrates", () => {
    const session = openSession(lesson.scenario);
    lesson.steps.forEach((step, i) => {
      session.typeAll(typedItems(step.commands ?? []));
      if (step.check) expect(step.check(session.trace), `step ${i + 1}`).toBe(true);
    });
  });
});

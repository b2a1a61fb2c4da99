/** Every security lesson, played step by step: each check passes on the trace so far, keys exist. */
import { describe, expect, it } from "vitest";
import { catalogs } from "@/lib/i18n";
import { SECURITY_LESSONS } from "@/lib/lessons/security";
import { openSession, typedItems } from "@/lib/sim/session";

describe.each(SECURITY_LESSONS.map((l) => [l.id, l] as const))("lesson %s", (_id, lesson) => {
  it("has its narration in both languages", () => {
    for (const k of [lesson.titleKey, ...lesson.steps.map((s) => s.narrationKey)]) {
      expect(catalogs.en[k], k).toBeTruthy();
      expect(catalogs.es[k], k).toBeTruthy();
    }
  });

  it("shows what each step narrates", () => {
    const session = openSession(lesson.scenario);
    lesson.steps.forEach((step, i) => {
      session.typeAll(typedItems(step.commands ?? []));
      if (step.check) expect(step.check(session.trace), `step ${i + 1}`).toBe(true);
    });
  });
});

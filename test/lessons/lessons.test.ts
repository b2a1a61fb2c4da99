import { describe, expect, it } from "vitest";
import { LESSONS } from "@/lib/lessons";
import { FIRST_LESSON } from "@/lib/lessons/first";
import { advance, applyChange, focusOf, readProgress, script, START } from "@/lib/lessons/progress";
import { fromScenario, toScenario } from "@/components/workbench/settings";
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

  it("starts with the lesson the first screen's 'start here' tip names", () => {
    expect({ id: LESSONS[0]!.id, titleKey: LESSONS[0]!.titleKey }).toEqual(FIRST_LESSON);
  });

  for (const lesson of LESSONS)
    describe(lesson.id, () => {
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

describe("Show me through the workbench's own settings (issue 15, items 4 and 5)", () => {
  // The workbench keeps a scenario as the strip's settings and back: Show me must survive that trip.
  for (const lesson of LESSONS)
    it(`${lesson.id}: every step's Show me, as the workbench runs it, satisfies the step`, () => {
      lesson.steps.forEach((step, i) => {
        if (!step.check) return;
        let scenario = toScenario(fromScenario(lesson.scenario).settings);
        const typed: Parameters<typeof typedItems>[0][number][] = [];
        for (const s of lesson.steps.slice(0, i + 1)) {
          scenario = toScenario(fromScenario(applyChange(scenario, s.switchTo)).settings);
          typed.push(...(s.commands ?? []));
        }
        const session = openSession(scenario);
        session.typeAll(typedItems(typed));
        expect(step.check(session.trace), `${lesson.id} step ${i + 1}`).toBe(true);
        // The step's own rows exist: Show me can land on them instead of the session's last ACK.
        expect(focusOf(step, session.trace), `${lesson.id} step ${i + 1}`).toBeLessThan(session.trace.length);
      });
    });

  it("the TFTP step behind a firewall has the firewall on, so the reply from a new port is dropped", () => {
    const tftp = LESSONS.find((l) => l.id === "tftp-vs-ftp")!;
    const six = tftp.steps.findIndex((s) => s.switchTo?.topology === "client-firewall");
    expect(script(tftp, six).scenario).toMatchObject({
      topology: "client-firewall",
      firewall: true,
      alg: false,
    });
  });
});

describe("Show me stops on the step's own rows", () => {
  it("TFTP behind the firewall: on the drop of this step's get, not an earlier one", () => {
    const tftp = LESSONS.find((l) => l.id === "tftp-vs-ftp")!;
    const six = tftp.steps.findIndex((s) => s.switchTo?.topology === "client-firewall");
    const trace = traceAfter(tftp, six);
    const before = script(tftp, six - 1).inputs.length;
    const from = trace.flatMap((e, n) => (e.kind === "CommandTyped" ? [n] : []))[before]!;
    const at = focusOf(tftp.steps[six]!, trace, from)!;
    expect(at).toBeGreaterThan(from);
    expect(trace[at]!.kind).toBe("SegmentDropped");
  });
});

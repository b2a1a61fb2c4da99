"use client";
/**
 * The lessons panel: the course with each lesson's progress, then one lesson at a time — the step's
 * narration, the learner's task, and Show me / Previous / Next / Restart. A step's state is shown by
 * a symbol and a word, never by colour alone.
 */
import { useLang } from "@/components/i18n/lang-context";
import { LESSONS, type Lesson, type LessonInput } from "@/lib/lessons";
import { focusOf, script, START, type LessonProgress } from "@/lib/lessons/progress";
import { typedItems } from "@/lib/sim/kernel/session";
import { loadProgress } from "./use-progress";
import { hasShowMe } from "./show-me";
import type { TeachingHost } from "./host";
import styles from "./teaching.module.css";

const items = (inputs: readonly LessonInput[]) => typedItems(inputs);

export interface LessonsPanelProps {
  readonly host: TeachingHost;
  readonly lesson: Lesson | undefined;
  readonly progress: LessonProgress;
  readonly onProgress: (p: LessonProgress) => void;
  readonly onOpen: (lesson: Lesson | undefined) => void;
}

export function LessonsPanel({ host, lesson, progress, onProgress, onOpen }: LessonsPanelProps) {
  const { t } = useLang();
  if (!lesson) {
    return (
      <section className={styles.panel} aria-label={t("lesson.ui.panel")}>
        <h2 className={styles.panelTitle}>{t("lesson.ui.list")}</h2>
        <ol className={styles.lessonList}>
          {LESSONS.map((l) => {
            const p = loadProgress(l);
            const total = l.steps.length;
            const complete = p.done.length === total;
            return (
              <li key={l.id}>
                <button type="button" className={styles.lessonButton} onClick={() => onOpen(l)}>
                  <span aria-hidden="true">{complete ? "✓" : "○"}</span> {t(l.titleKey)}
                  <small> — {t("lesson.ui.progress", { done: p.done.length, total })}</small>
                </button>
              </li>
            );
          })}
        </ol>
      </section>
    );
  }

  const i = progress.step;
  const step = lesson.steps[i]!;
  const done = progress.done.includes(i);
  const last = i === lesson.steps.length - 1;
  const go = (n: number) => onProgress({ ...progress, step: n });

  const showMe = () => showStep(host, lesson, i);
  const restart = () => {
    onProgress(START);
    host.load(lesson.scenario, [], { cursor: 0 });
  };

  return (
    <section className={styles.panel} aria-label={t(lesson.titleKey)} data-testid="lesson-panel">
      <div className={styles.panelHead}>
        <h2 className={styles.panelTitle}>{t(lesson.titleKey)}</h2>
        <span>{t("lesson.ui.stepOf", { n: i + 1, total: lesson.steps.length })}</span>
        <ol
          className={styles.stepDots}
          aria-label={t("lesson.ui.progress", { done: progress.done.length, total: lesson.steps.length })}
        >
          {lesson.steps.map((s, n) => {
            const ok = progress.done.includes(n);
            return (
              <li key={s.narrationKey}>
                <button
                  type="button"
                  className={`${styles.dot} ${ok ? styles.dotDone : ""}`}
                  aria-current={n === i ? "step" : undefined}
                  aria-label={`${t("lesson.ui.stepOf", { n: n + 1, total: lesson.steps.length })}: ${t(ok ? "lesson.ui.done" : "lesson.ui.todo")}`}
                  onClick={() => go(n)}
                >
                  {ok ? "✓" : n + 1}
                </button>
              </li>
            );
          })}
        </ol>
      </div>
      <p className={styles.narration} data-testid="lesson-narration" aria-live="polite">
        {t(step.narrationKey)}
      </p>
      {step.taskKey && (
        <p className={styles.task}>
          <strong>{t("lesson.ui.task")}:</strong> <span>{t(step.taskKey)}</span>
        </p>
      )}
      <p className={styles.state} data-testid="lesson-step-state" data-done={done ? "yes" : "no"}>
        <span aria-hidden="true">{done ? "✓ " : "○ "}</span>
        {step.check ? t(done ? "lesson.ui.done" : "lesson.ui.todo") : t("lesson.ui.noCheck")}
        {last && progress.done.length === lesson.steps.length && <> · {t("lesson.ui.finished")}</>}
      </p>
      <div className={styles.actions}>
        <button type="button" onClick={() => go(i - 1)} disabled={i === 0}>
          {t("lesson.ui.prev")}
        </button>
        {hasShowMe(step) && (
          <button type="button" className={styles.primary} onClick={showMe}>
            {t("lesson.ui.showMe")}
          </button>
        )}
        <button type="button" onClick={() => go(i + 1)} disabled={last}>
          {t("lesson.ui.next")}
        </button>
        <button type="button" onClick={restart}>
          {t("lesson.ui.restart")}
        </button>
        <button type="button" onClick={() => onOpen(undefined)}>
          {t("lesson.ui.backToList")}
        </button>
      </div>
    </section>
  );
}

/**
 * Show me: the session as the lesson's steps 1..i leave it (whatever was typed before — a learner may
 * have jumped straight here), then this step's rows play and the cursor stops on the row the step is
 * about (where its check first holds), not on the session's trailing ACKs.
 */
export function showStep(host: TeachingHost, lesson: Lesson, i: number): void {
  const step = lesson.steps[i];
  if (!step) return;
  const { scenario, inputs } = script(lesson, i);
  const before = script(lesson, i - 1).inputs.length;
  host.load(scenario, items(inputs), {
    play: (trace) => {
      const typed = trace.flatMap((e, n) => (e.kind === "CommandTyped" ? [n] : []));
      const from = step.commands?.length ? (typed[before] ?? trace.length - 1) : 0;
      const to = focusOf(step, trace, from) ?? trace.length - 1;
      return { from: step.commands?.length ? from : to, to };
    },
  });
}

/** What opening a lesson loads: its scenario with the Show me inputs of the steps already passed. */
export function openingSession(lesson: Lesson, p: LessonProgress) {
  const { scenario, inputs } = script(lesson, p.step - 1);
  return { scenario, inputs: items(inputs) };
}

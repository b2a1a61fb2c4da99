"use client";
/**
 * Predict mode: the cursor waits just before each reply the server sends and the learner picks the
 * code (or only its class); the answer shows the reply and what it means here. The score is kept for
 * this browser session (sessionStorage), so a reload does not reset a class's game.
 */
import { useEffect, useState } from "react";
import { useLang } from "@/components/i18n/lang-context";
import { explainReply } from "@/lib/ftp/explain";
import {
  choices,
  isRight,
  nextQuestion,
  scored,
  ZERO,
  type Granularity,
  type Question,
  type Score,
} from "@/lib/classroom/predict";
import type { TeachingHost } from "./host";
import styles from "./teaching.module.css";

const SCORE_KEY = "ftpviz.predict.score";

function readScore(): Score {
  try {
    const v = JSON.parse(window.sessionStorage.getItem(SCORE_KEY) ?? "null") as Partial<Score> | null;
    return v && Number.isInteger(v.right) && Number.isInteger(v.asked) ? (v as Score) : ZERO;
  } catch {
    return ZERO;
  }
}

export function PredictPanel({ host }: { host: TeachingHost }) {
  const { t, lang } = useLang();
  // Rendered only after a click, so sessionStorage is there on the first render.
  const [score, setScore] = useState<Score>(readScore);
  const [mode, setMode] = useState<Granularity>("code");
  const [answer, setAnswer] = useState<{ q: Question; picked: number } | null>(null);

  // The question is the next reply the cursor has not shown yet; after an answer it stays on screen.
  const q = answer?.q ?? nextQuestion(host.trace, host.cursor);
  // Opening predict mode replays the session from its first reply, paused just before it.
  useEffect(() => {
    const first = nextQuestion(host.trace, -1);
    if (first) host.moveTo(first.before);
    // Only on opening: afterwards the learner and the Next button drive the cursor.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const pick = (n: number) => {
    if (!q || answer) return;
    const next = scored(score, isRight(q, mode, n));
    setScore(next);
    try {
      window.sessionStorage.setItem(SCORE_KEY, JSON.stringify(next));
    } catch {
      // the score still shows; it just will not survive a reload
    }
    setAnswer({ q, picked: n });
    host.moveTo(q.seq);
  };
  /** Pause before the next reply. */
  const goOn = () => {
    const next = answer ? nextQuestion(host.trace, answer.q.seq) : undefined;
    setAnswer(null);
    if (next) host.moveTo(next.before);
  };

  const label = (n: number) => (mode === "class" ? t("lesson.ui.classN", { n }) : String(n));
  return (
    <section className={styles.panel} aria-label={t("lesson.ui.predictTitle")} data-testid="predict-panel">
      <div className={styles.panelHead}>
        <h2 className={styles.panelTitle}>{t("lesson.ui.predictTitle")}</h2>
        <span data-testid="predict-score" aria-live="polite">
          {t("lesson.ui.score", { right: score.right, asked: score.asked })}
        </span>
        <fieldset className={styles.granularity}>
          {(["code", "class"] as const).map((g) => (
            <label key={g}>
              <input
                type="radio"
                name="predict-granularity"
                checked={mode === g}
                disabled={answer !== null}
                onChange={() => setMode(g)}
              />{" "}
              {t(g === "code" ? "lesson.ui.byCode" : "lesson.ui.byClass")}
            </label>
          ))}
        </fieldset>
      </div>
      {!q ? (
        <p className={styles.narration}>{t("lesson.ui.noMore")}</p>
      ) : (
        <>
          <p className={styles.narration} data-testid="predict-question">
            {q.command ? t("lesson.ui.predictAsk", { command: q.command }) : t("lesson.ui.predictGreeting")}
          </p>
          <div className={styles.choices} role="group" aria-label={t("lesson.ui.predictTitle")}>
            {choices(q, mode).map((n) => {
              const state = answer && (isRight(q, mode, n) ? "right" : n === answer.picked ? "wrong" : "");
              return (
                <button
                  key={n}
                  type="button"
                  className={`${styles.choice} ${state ? styles[state] : ""}`}
                  aria-pressed={answer?.picked === n}
                  disabled={answer !== null}
                  onClick={() => pick(n)}
                >
                  {state === "right" ? "✓ " : state === "wrong" ? "✗ " : ""}
                  {label(n)}
                </button>
              );
            })}
          </div>
          {answer && (
            <div className={styles.answer} data-testid="predict-answer" aria-live="polite">
              <p>
                <strong>
                  {t(isRight(q, mode, answer.picked) ? "lesson.ui.right" : "lesson.ui.wrong", {
                    code: q.code,
                  })}
                </strong>{" "}
                <code className={styles.reply}>{q.text.trim().split(/\r?\n/)[0]}</code> —{" "}
                {explainReply(q.code, q.text, lang, { command: q.command })}
              </p>
              <button type="button" className={styles.primary} onClick={goOn}>
                {t("lesson.ui.continue")}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}

"use client";
/**
 * Presenter mode: for a projector, and a lesson's remote. The lesson's title and step, its narration and
 * "your turn" prompt, the diagram, a caption for the message at the cursor, the Predict question if it
 * is open, and a compact terminal, in large high-contrast type whose size the teacher sets (+/−).
 * Clickers send PageDown/PageUp (messages); N runs the step's Show me, then moves to the next step.
 */
import { useEffectEvent, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useLang } from "@/components/i18n/lang-context";
import { SequenceDiagram } from "@/components/sequence/sequence-diagram";
import { buildRows } from "@/components/sequence/rows";
import { captionFor } from "@/lib/classroom/caption";
import type { TeachingHost } from "./host";
import styles from "./presenter.module.css";

/** The open lesson as the remote shows it. */
export interface PresenterLesson {
  readonly title: string;
  /** "Step 3 of 7". */
  readonly stepLabel: string;
  readonly narration: string;
  readonly task: string | null;
  /** N: the step's Show me (null once run, or when the step has none)… */
  readonly onShowMe: (() => void) | null;
  /** …then the next step (null on the last). */
  readonly onNextStep: (() => void) | null;
}

export interface PresenterProps {
  readonly host: TeachingHost;
  readonly lesson: PresenterLesson | null;
  /** The Predict question, when it is open: it stays in view. */
  readonly predict?: ReactNode;
  readonly onLeave: () => void;
}

const noop = () => {};
const SCALE_KEY = "ftpviz.presenter.scale";
const SCALES = [0.8, 0.9, 1, 1.15, 1.3, 1.5, 1.75, 2] as const;

function loadScale(): number {
  try {
    const v = Number(window.localStorage.getItem(SCALE_KEY));
    return (SCALES as readonly number[]).includes(v) ? v : 1;
  } catch {
    return 1;
  }
}

export function Presenter({ host, lesson, predict, onLeave }: PresenterProps) {
  const { t, lang } = useLang();
  const rows = useMemo(() => buildRows(host.trace, false), [host.trace]);
  const caption = captionFor(host.trace, host.cursor, lang);
  const leave = useRef<HTMLButtonElement>(null);
  const [scale, setScale] = useState(loadScale);

  const resize = (dir: 1 | -1) =>
    setScale((s) => {
      const i = Math.max(0, Math.min(SCALES.length - 1, SCALES.indexOf(s as (typeof SCALES)[number]) + dir));
      const next = SCALES[i]!;
      try {
        window.localStorage.setItem(SCALE_KEY, String(next));
      } catch {
        // not remembered; the size still applies now
      }
      return next;
    });

  const advance = lesson?.onShowMe ?? lesson?.onNextStep ?? null;

  const onKey = useEffectEvent((ev: KeyboardEvent) => {
    const inTerminal = ev.target instanceof HTMLElement && ev.target.closest(".xterm") !== null;
    if (ev.key === "Escape") return (ev.preventDefault(), onLeave());
    if (ev.altKey || ev.ctrlKey || ev.metaKey) return;
    // A clicker's keys drive the lesson even right after typing; other keys stay the terminal's.
    if (inTerminal && ev.key !== "PageDown" && ev.key !== "PageUp") return;
    if (ev.key === "PageDown") return (ev.preventDefault(), host.step("forward"));
    if (ev.key === "PageUp") return (ev.preventDefault(), host.step("back"));
    if (ev.target instanceof HTMLInputElement) return; // a Predict answer is being chosen
    if ((ev.key === "n" || ev.key === "N") && advance) return (ev.preventDefault(), advance());
    if (ev.key === "+" || ev.key === "=") return (ev.preventDefault(), resize(1));
    if (ev.key === "-" || ev.key === "−") return (ev.preventDefault(), resize(-1));
  });
  // Before the browser paints: a key pressed as soon as presenter mode shows (Escape right after P) reaches
  // it, even when the page is busy and passive effects wait (seen while the catalogues were arriving).
  useLayoutEffect(() => {
    const listener = (ev: KeyboardEvent) => onKey(ev);
    // Capture: PageDown must not scroll the page underneath before we step.
    window.addEventListener("keydown", listener, true);
    leave.current?.focus();
    return () => window.removeEventListener("keydown", listener, true);
  }, []);

  return (
    <div
      className={styles.presenter}
      style={{ ["--presenter-scale" as string]: scale }}
      role="dialog"
      aria-modal="true"
      aria-label={t("lesson.ui.presenterTitle")}
      data-testid="presenter"
    >
      <header className={styles.bar}>
        <strong>{lesson ? lesson.title : t("lesson.ui.presenterTitle")}</strong>
        {lesson && <span data-testid="presenter-step">{lesson.stepLabel}</span>}
        <span className={styles.help} data-testid="presenter-help">
          {t("lesson.ui.presenterHelp")}
        </span>
        <span
          className={styles.sizes}
          role="group"
          aria-label={t("lesson.ui.textSize", { pct: Math.round(scale * 100) })}
        >
          <button
            type="button"
            onClick={() => resize(-1)}
            aria-label={t("lesson.ui.smaller")}
            aria-keyshortcuts="-"
          >
            A−
          </button>
          <output aria-live="polite" data-testid="presenter-scale">
            {Math.round(scale * 100)} %
          </output>
          <button
            type="button"
            onClick={() => resize(1)}
            aria-label={t("lesson.ui.bigger")}
            aria-keyshortcuts="+"
          >
            A+
          </button>
        </span>
        <button ref={leave} type="button" className={styles.leave} onClick={onLeave}>
          {t("lesson.ui.leave")}
        </button>
      </header>
      <div className={styles.body}>
        <div className={styles.diagram}>
          <SequenceDiagram
            trace={host.trace}
            cursor={host.cursor}
            hosts={host.hosts}
            rows={rows}
            selected={null}
            onSelect={noop}
          />
        </div>
        <aside className={styles.side}>
          {lesson && (
            <section className={styles.lesson} aria-live="polite">
              <p className={styles.narration} data-testid="presenter-narration">
                {lesson.narration}
              </p>
              {lesson.task && (
                <p className={styles.task} data-testid="presenter-task">
                  <strong>{t("lesson.ui.task")}:</strong> {lesson.task}
                </p>
              )}
              {advance && (
                <button type="button" className={styles.advance} onClick={advance} aria-keyshortcuts="N">
                  {t(lesson.onShowMe ? "lesson.ui.showMeKey" : "lesson.ui.nextStep")}
                </button>
              )}
            </section>
          )}
          {predict}
          <section className={styles.caption} aria-live="polite" data-testid="presenter-caption">
            <h2>{t("lesson.ui.caption")}</h2>
            {caption ? (
              <>
                <p className={styles.headline}>{caption.headline}</p>
                {caption.detail && <p>{caption.detail}</p>}
              </>
            ) : (
              <p>{t("lesson.ui.noEntry")}</p>
            )}
          </section>
          <div className={styles.terminal}>{host.renderTerminal()}</div>
        </aside>
      </div>
    </div>
  );
}

"use client";
/**
 * Presenter mode: for a projector. Only the diagram, the narration (the lesson step, if one is open)
 * with a caption for the message at the cursor, and a compact terminal, in large high-contrast type.
 * Driven by the keyboard and presentation clickers (they send PageDown/PageUp); Esc leaves.
 */
import { useEffect, useEffectEvent, useMemo, useRef } from "react";
import { useLang } from "@/components/i18n/lang-context";
import { SequenceDiagram } from "@/components/sequence/sequence-diagram";
import { buildRows } from "@/components/sequence/rows";
import { captionFor } from "@/lib/classroom/caption";
import type { TeachingHost } from "./host";
import styles from "./presenter.module.css";

export interface PresenterProps {
  readonly host: TeachingHost;
  /** The open lesson's current narration, if any. */
  readonly narration: string | null;
  readonly onNextStep: (() => void) | null;
  readonly onLeave: () => void;
}

const noop = () => {};

export function Presenter({ host, narration, onNextStep, onLeave }: PresenterProps) {
  const { t, lang } = useLang();
  const rows = useMemo(() => buildRows(host.trace, false), [host.trace]);
  const caption = captionFor(host.trace, host.cursor, lang);
  const leave = useRef<HTMLButtonElement>(null);

  const onKey = useEffectEvent((ev: KeyboardEvent) => {
    const inTerminal = ev.target instanceof HTMLElement && ev.target.closest(".xterm") !== null;
    if (ev.key === "Escape") return (ev.preventDefault(), onLeave());
    if (ev.altKey || ev.ctrlKey || ev.metaKey) return;
    // A clicker's keys drive the lesson even right after typing; other keys stay the terminal's.
    if (inTerminal && ev.key !== "PageDown" && ev.key !== "PageUp") return;
    if (ev.key === "PageDown") return (ev.preventDefault(), host.step("forward"));
    if (ev.key === "PageUp") return (ev.preventDefault(), host.step("back"));
    if ((ev.key === "n" || ev.key === "N") && onNextStep) return (ev.preventDefault(), onNextStep());
  });
  useEffect(() => {
    const listener = (ev: KeyboardEvent) => onKey(ev);
    // Capture: PageDown must not scroll the page underneath before we step.
    window.addEventListener("keydown", listener, true);
    leave.current?.focus();
    return () => window.removeEventListener("keydown", listener, true);
  }, []);

  return (
    <div
      className={styles.presenter}
      role="dialog"
      aria-modal="true"
      aria-label={t("lesson.ui.presenterTitle")}
      data-testid="presenter"
    >
      <header className={styles.bar}>
        <strong>{t("lesson.ui.presenterTitle")}</strong>
        <span className={styles.help}>{t("lesson.ui.presenterHelp")}</span>
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
          {narration && (
            <p className={styles.narration} data-testid="presenter-narration">
              {narration}
            </p>
          )}
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

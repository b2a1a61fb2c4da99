"use client";
/**
 * The line above the diagram that tells a first-time visitor what to do ("start here", lesson 1), the
 * legend of the arrows and marks drawn on the rows, the shortcut sheet (?) and "New session".
 */
import { useEffect, useEffectEvent, useRef, useState } from "react";
import { useLang } from "@/components/i18n/lang-context";
import { FIRST_LESSON } from "@/lib/lessons/first";
import { LegendItems } from "@/components/sequence/legend-items";
import { SHORTCUTS } from "./shortcuts";
import styles from "./classroom-bar.module.css";

const TIP_KEY = "ftpviz.startHere";

export interface ClassroomBarProps {
  readonly onOpenLesson: (id: string) => void;
  readonly onNewSession: () => void;
  /** Widens the terminal to 80 columns (the splitter keeps the choice). */
  readonly onWideTerminal?: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest(".xterm, [data-terminal], dialog")) return true;
  return ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/** A named key as the learner's keyboard labels it ("AvPág" in Spanish); symbols and letters as they are. */
const KEY_NAMES = ["PageDown", "PageUp", "Home", "End", "Space", "Shift", "Esc"] as const;
const isKeyName = (part: string): part is (typeof KEY_NAMES)[number] =>
  (KEY_NAMES as readonly string[]).includes(part);

export function ClassroomBar({ onOpenLesson, onNewSession, onWideTerminal }: ClassroomBarProps) {
  const { t } = useLang();
  const [tip, setTip] = useState(false);
  const sheet = useRef<HTMLDialogElement>(null);
  const first = FIRST_LESSON;
  const keyName = (k: string) =>
    k
      .split("+")
      .map((part) => (isKeyName(part) ? t(`ui.key.${part}`) : part))
      .join("+");

  // The tip is read after hydration (the static page has no storage); hidden once dismissed.
  useEffect(() => {
    try {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- storage exists only after mount
      setTip(window.localStorage.getItem(TIP_KEY) !== "hidden");
    } catch {
      setTip(true);
    }
  }, []);
  const dismiss = () => {
    setTip(false);
    try {
      window.localStorage.setItem(TIP_KEY, "hidden");
    } catch {
      // Storage disabled: the tip just comes back next visit.
    }
  };

  const openSheet = useEffectEvent(() => {
    if (!sheet.current?.open) sheet.current?.showModal();
  });
  useEffect(() => {
    const onKey = (ev: KeyboardEvent) => {
      if (ev.key !== "?" || ev.altKey || ev.ctrlKey || ev.metaKey || isTyping(ev.target)) return;
      ev.preventDefault();
      openSheet();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  return (
    <div className={styles.bar}>
      {tip && (
        <p className={styles.tip} data-testid="start-here">
          <strong>{t("ui.wb.startHere")}:</strong> <span>{t("ui.wb.startText")}</span>{" "}
          <button type="button" className={styles.link} onClick={() => onOpenLesson(first.id)}>
            {t("ui.wb.openLesson1", { title: t(first.titleKey) })}
          </button>
          <button
            type="button"
            className={styles.close}
            aria-label={t("ui.wb.dismiss")}
            title={t("ui.wb.dismiss")}
            onClick={dismiss}
          >
            ×
          </button>
        </p>
      )}
      <div className={styles.row}>
        <ul className={styles.legend} aria-label={t("ui.wb.legend")} data-testid="legend">
          <LegendItems t={t} width={34} lineClass={(cls) => styles[`svg-${cls}`]} glyphClass={styles.glyph} />
        </ul>
        <button type="button" aria-keyshortcuts="?" onClick={() => sheet.current?.showModal()}>
          {t("ui.wb.shortcutsButton")} <kbd>?</kbd>
        </button>
        <button type="button" onClick={onNewSession}>
          {t("ui.wb.newSession")}
        </button>
        {onWideTerminal && (
          <button type="button" onClick={onWideTerminal} title={t("ui.wb.eightyHint")}>
            {t("ui.wb.eighty")}
          </button>
        )}
      </div>
      <dialog ref={sheet} className={styles.sheet} aria-labelledby="ftpviz-shortcuts-title">
        <h2 id="ftpviz-shortcuts-title">{t("ui.wb.shortcuts")}</h2>
        <table>
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.labelKey}>
                <th scope="row">
                  {s.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && " / "}
                      <kbd>{keyName(k)}</kbd>
                    </span>
                  ))}
                </th>
                <td>{t(s.labelKey)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="dialog">
          <button type="submit">{t("ui.wb.close")}</button>
        </form>
      </dialog>
    </div>
  );
}

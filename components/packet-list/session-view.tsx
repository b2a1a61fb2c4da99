"use client";
/**
 * The session shown as the diagram or as the packet list (a toggle above both; same trace, same cursor).
 * The wrapper is the skip link's target, so Tab from the skip link lands on the view's first control.
 */
import { useState, type ReactNode } from "react";
import { useLang } from "@/components/i18n/lang-context";
import styles from "./packet-list.module.css";

export type SessionViewKind = "diagram" | "list";

export function SessionView({ diagram, list }: { diagram: ReactNode; list: () => ReactNode }) {
  const { t } = useLang();
  const [view, setView] = useState<SessionViewKind>("diagram");
  return (
    <section
      id="session-view"
      tabIndex={-1}
      // Where focus returns after a choice on the strip (workspace.tsx), whichever view is shown.
      data-diagram-home=""
      className={styles.view}
      aria-label={t(`ui.view.${view}`)}
    >
      <div className={styles.switch} role="group" aria-label={t("ui.view.label")}>
        {(["diagram", "list"] as const).map((v) => (
          <button
            key={v}
            type="button"
            aria-pressed={view === v}
            className={styles.switchButton}
            onClick={() => setView(v)}
          >
            {t(`ui.view.${v}`)}
          </button>
        ))}
      </div>
      <div className={styles.viewBody}>{view === "diagram" ? diagram : list()}</div>
    </section>
  );
}

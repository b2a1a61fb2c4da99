"use client";
/**
 * The right-hand column's lower panel: the inspector, the vsftpd.conf audit or the eavesdropper's view,
 * one at a time behind a tab list (arrow keys move between tabs, as the ARIA tabs pattern says).
 */
import { useId, useState, type KeyboardEvent, type ReactNode } from "react";
import { useLang } from "@/components/i18n/lang-context";
import type { MessageKey } from "@/lib/i18n/core";
import styles from "./side-panels.module.css";

export interface SidePanel {
  readonly id: string;
  readonly labelKey: MessageKey;
  readonly render: () => ReactNode;
}

export function SidePanels({ panels }: { panels: readonly SidePanel[] }) {
  const { t } = useLang();
  const base = useId();
  const [active, setActive] = useState(panels[0]?.id ?? "");
  const current = panels.find((p) => p.id === active) ?? panels[0];

  const onKey = (ev: KeyboardEvent<HTMLDivElement>) => {
    const i = panels.findIndex((p) => p.id === current?.id);
    const delta = ev.key === "ArrowRight" ? 1 : ev.key === "ArrowLeft" ? -1 : 0;
    if (!delta) return;
    ev.preventDefault();
    ev.stopPropagation();
    const next = panels[(i + delta + panels.length) % panels.length];
    if (!next) return;
    setActive(next.id);
    document.getElementById(`${base}-tab-${next.id}`)?.focus();
  };

  return (
    <div className={styles.wrap}>
      <div className={styles.tabs} role="tablist" aria-label={t("ui.side.tabs")} onKeyDown={onKey}>
        {panels.map((p) => (
          <button
            key={p.id}
            id={`${base}-tab-${p.id}`}
            type="button"
            role="tab"
            aria-selected={p.id === current?.id}
            aria-controls={`${base}-panel`}
            tabIndex={p.id === current?.id ? 0 : -1}
            className={styles.tab}
            onClick={() => setActive(p.id)}
          >
            {t(p.labelKey)}
          </button>
        ))}
      </div>
      <div
        id={`${base}-panel`}
        role="tabpanel"
        aria-labelledby={`${base}-tab-${current?.id}`}
        className={styles.panel}
      >
        {current?.render()}
      </div>
    </div>
  );
}

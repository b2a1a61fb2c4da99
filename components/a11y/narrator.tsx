"use client";
/**
 * The step narration: a polite live region that says the entry at the cursor in one sentence whenever
 * the cursor moves (never on the first render: opening the page is not a step). Off in the settings, the
 * region stays but says nothing, so turning narration back on needs no re-mount.
 */
import { useEffect, useState } from "react";
import type { narrate as Narrate } from "@/lib/trace/narrate";
import type { TraceEntry } from "@/lib/trace/types";
import { useLang } from "@/components/i18n/lang-context";
import { useA11y } from "./a11y-settings";
import styles from "./a11y.module.css";

export function Narrator({ trace, cursor }: { trace: readonly TraceEntry[]; cursor: number }) {
  const { lang, t } = useLang();
  const { narrate: on } = useA11y();
  const entry = trace[cursor];
  // Derived during render: the region speaks once the entry at the cursor has changed at least once.
  const [opened, setOpened] = useState(entry);
  const [moved, setMoved] = useState(false);
  // The sentences' code (every entry described) loads after the first screen; a step taken before it is
  // here is said once it is.
  const [narrate, setNarrate] = useState<typeof Narrate | null>(null);
  useEffect(() => {
    let gone = false;
    void import("@/lib/trace/narrate").then((m) => {
      if (!gone) setNarrate(() => m.narrate);
    });
    return () => {
      gone = true;
    };
  }, []);
  if (entry !== opened) {
    setOpened(entry);
    setMoved(true);
  }
  const said = on && moved && narrate ? narrate(entry, lang) : "";
  return (
    <div
      className={styles.srOnly}
      role="status"
      aria-live="polite"
      aria-atomic="true"
      aria-label={t("ui.a11y.narration")}
      data-testid="narration"
    >
      {said}
    </div>
  );
}

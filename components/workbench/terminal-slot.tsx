"use client";
/**
 * ─── TERMINAL SLOT ───────────────────────────────────────────────────────────────────────────────
 * The terminal panel (components/terminal/terminal-panel.tsx, another engineer's) goes here with the
 * same props. Until it exists, a plain command line labelled "Command" feeds typed lines to onLine.
 */
import { useState } from "react";
import type { Lang } from "@/lib/i18n";
import type { TraceEntry } from "@/lib/trace/types";
import { useLang } from "@/components/i18n/lang-context";
import styles from "./workspace.module.css";

export interface TerminalSlotProps {
  readonly trace: readonly TraceEntry[];
  readonly cursor: number;
  readonly lang: Lang;
  readonly ready: boolean;
  readonly onLine: (line: string) => void;
  readonly onInterrupt: () => void;
  readonly onSelect: (seq: number) => void;
}

export function TerminalSlot(props: TerminalSlotProps) {
  return <CommandLine {...props} />;
}

function CommandLine({ trace, cursor, ready, onLine, onInterrupt, onSelect }: TerminalSlotProps) {
  const { t } = useLang();
  const [line, setLine] = useState("");
  const shown = trace
    .slice(0, cursor + 1)
    .filter((e) => e.kind === "CommandTyped" || e.kind === "ClientPrinted");
  return (
    <section className={styles.terminal} aria-label={t("ui.term.title")} data-terminal="">
      <ol className={styles.transcript}>
        {shown.slice(-60).map((e) => (
          <li key={e.seq}>
            <button type="button" className={styles.transcriptLine} onClick={() => onSelect(e.seq)}>
              {e.kind === "CommandTyped" ? `ftp> ${e.text ?? ""}` : (e.text ?? "")}
            </button>
          </li>
        ))}
      </ol>
      <form
        className={styles.prompt}
        onSubmit={(ev) => {
          ev.preventDefault();
          onLine(line);
          setLine("");
        }}
      >
        <label htmlFor="command-line">{t("ui.term.command")}</label>
        <span aria-hidden="true" className={styles.ps1}>
          ftp&gt;
        </span>
        <input
          id="command-line"
          value={line}
          autoComplete="off"
          spellCheck={false}
          disabled={!ready}
          onChange={(ev) => setLine(ev.currentTarget.value)}
          onKeyDown={(ev) => {
            if (ev.key === "c" && ev.ctrlKey) {
              ev.preventDefault();
              onInterrupt();
            }
          }}
        />
      </form>
    </section>
  );
}

"use client";
/**
 * The client's terminal (components/terminal/terminal-panel.tsx) in the workbench. The workbench hands it the trace, the cursor and the language, and receives typed lines, Ctrl+C and
 * clicks on transcript rows (which select the entry in the inspector). Its code (the line editor, the
 * transcript and its explanations) loads after the page's first screen; its HTML comes with the page.
 */
import type { TerminalPanelProps } from "@/components/terminal/terminal-panel";
import { onNeedSlot } from "./loading";

export type TerminalSlotProps = TerminalPanelProps;

export const TerminalSlot = onNeedSlot(
  () => import("@/components/terminal/terminal-panel"),
  (m) => m.TerminalPanel,
);

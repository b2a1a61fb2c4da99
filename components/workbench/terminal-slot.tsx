"use client";
/**
 * The client's terminal (components/terminal/terminal-panel.tsx) in the workbench. The workbench hands it the trace, the cursor and the language, and receives typed lines, Ctrl+C and
 * clicks on transcript rows (which select the entry in the inspector).
 */
import { TerminalPanel, type TerminalPanelProps } from "@/components/terminal/terminal-panel";

export type TerminalSlotProps = TerminalPanelProps;

export function TerminalSlot(props: TerminalSlotProps) {
  return <TerminalPanel {...props} />;
}

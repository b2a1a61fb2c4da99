/**
 * Where each stepping action moves the cursor. By message: to the next/previous row (so a folded
 * handshake is one step). By command: to the end of the next/previous command (what one typed line caused). Pure.
 */
import type { TraceEntry } from "@/lib/trace/types";
import { revealedCount, type Row } from "@/components/sequence/rows";

export function messageForward(rows: readonly Row[], cursor: number, last: number): number {
  const next = rows[revealedCount(rows, cursor)];
  return next ? next.first : last;
}

export function messageBack(rows: readonly Row[], cursor: number): number {
  const shown = revealedCount(rows, cursor);
  // The cursor sits on a row's first entry (or inside a fold): go to the row before the current one.
  const currentFirst = rows[shown - 1]?.first ?? 0;
  if (cursor > currentFirst) return currentFirst;
  return rows[shown - 2]?.first ?? 0;
}

/** The last entry of each command: the entry before the next CommandTyped, and the trace's end. */
const isStepEnd = (trace: readonly TraceEntry[], i: number) =>
  i === trace.length - 1 || trace[i + 1]!.kind === "CommandTyped";

/** To the end of the current command (or of the next one, when already at an end). */
export function commandForward(trace: readonly TraceEntry[], cursor: number): number {
  for (let i = cursor + 1; i < trace.length; i++) if (isStepEnd(trace, i)) return i;
  return Math.max(0, trace.length - 1);
}

/** To the end of the previous command (the start when there is none). */
export function commandBack(trace: readonly TraceEntry[], cursor: number): number {
  for (let i = Math.min(cursor, trace.length) - 1; i >= 0; i--) if (isStepEnd(trace, i)) return i;
  return 0;
}

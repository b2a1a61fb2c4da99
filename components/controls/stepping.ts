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

type Starts = (e: TraceEntry) => boolean;

/**
 * Where commands start: at each line typed at the client; in a trace where nobody typed (a real
 * server's session, watched live or imported) at each command the client sent.
 */
function stepStarts(trace: readonly TraceEntry[]): Starts {
  return trace.some((e) => e.kind === "CommandTyped")
    ? (e) => e.kind === "CommandTyped"
    : (e) => e.kind === "CommandSent";
}

/** The last entry of each command: the entry before the next command's start, and the trace's end. */
const isStepEnd = (trace: readonly TraceEntry[], i: number, starts: Starts) =>
  i === trace.length - 1 || starts(trace[i + 1]!);

/** To the end of the current command (or of the next one, when already at an end). */
export function commandForward(trace: readonly TraceEntry[], cursor: number): number {
  const starts = stepStarts(trace);
  for (let i = cursor + 1; i < trace.length; i++) if (isStepEnd(trace, i, starts)) return i;
  return Math.max(0, trace.length - 1);
}

/** To the end of the previous command (the start when there is none). */
export function commandBack(trace: readonly TraceEntry[], cursor: number): number {
  const starts = stepStarts(trace);
  for (let i = Math.min(cursor, trace.length) - 1; i >= 0; i--) if (isStepEnd(trace, i, starts)) return i;
  return 0;
}

/**
 * Which command the cursor is in (0-based; -1 before the first) and how many there are. A simulated
 * entry knows its typed line (`step`); in a trace nobody typed, commands are counted up to the cursor.
 */
export function commandAt(trace: readonly TraceEntry[], cursor: number): { index: number; total: number } {
  const starts = stepStarts(trace);
  const typed = trace.some((e) => e.kind === "CommandTyped");
  let index = -1;
  let total = 0;
  trace.forEach((e, i) => {
    if (!starts(e)) return;
    total++;
    if (i <= cursor) index = total - 1;
  });
  return { index: typed ? (trace[cursor]?.step ?? -1) : index, total };
}

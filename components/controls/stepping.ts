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
  const { typed, starts } = commandStarts(trace);
  if (typed) return { index: trace[cursor]?.step ?? -1, total: starts.length };
  // The number of starts at or before the cursor, by binary search.
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= cursor) lo = mid + 1;
    else hi = mid;
  }
  return { index: lo - 1, total: starts.length };
}

/** Where each command starts, built once per trace: a step does not walk the whole session. */
const startsOf = new WeakMap<readonly TraceEntry[], { n: number; typed: boolean; starts: number[] }>();

function commandStarts(trace: readonly TraceEntry[]): { typed: boolean; starts: number[] } {
  const known = startsOf.get(trace);
  // A trace only appends; one that grew is indexed again (it may have gained its first typed line).
  if (known && known.n === trace.length) return known;
  const starts: number[] = [];
  const isStart = stepStarts(trace);
  trace.forEach((e, i) => {
    if (isStart(e)) starts.push(i);
  });
  const made = { n: trace.length, typed: trace.some((e) => e.kind === "CommandTyped"), starts };
  startsOf.set(trace, made);
  return made;
}

/**
 * Which entries the packet list shows: those up to the cursor whose class is ticked and, when a connection
 * is followed, that belong to it. Moving through the list moves the cursor to the next or previous entry
 * that passes the same filter, revealing it if it lies beyond the cursor. Pure.
 */
import { entryClass, type EntryClass } from "@/lib/trace/describe";
import type { TraceEntry } from "@/lib/trace/types";

export interface ListFilter {
  readonly classes: ReadonlySet<EntryClass>;
  /** A followed connection's id, or null for all. */
  readonly conn: number | null;
}

export const passes = (e: TraceEntry, f: ListFilter): boolean =>
  f.classes.has(entryClass(e)) && (f.conn === null || e.conn === f.conn);

/** The seq the list moves the cursor to, or null when no entry in that direction passes the filter. */
export function moveInList(
  trace: readonly TraceEntry[],
  cursor: number,
  f: ListFilter,
  to: "next" | "previous" | "first" | "last",
): number | null {
  const from =
    to === "next" ? cursor + 1 : to === "previous" ? cursor - 1 : to === "first" ? 0 : trace.length - 1;
  const dir = to === "next" || to === "first" ? 1 : -1;
  for (let i = from; i >= 0 && i < trace.length; i += dir) if (passes(trace[i]!, f)) return i;
  return null;
}

/**
 * Collects trace entries as the scheduler creates them. A hop is recorded when its packet is sent, with
 * the future time it crosses the link, so entries are kept in creation order and sorted by time (stable)
 * when the trace is read. Entries never change once the simulation has moved past their time.
 */
import type { EntryDraft, TraceEntry } from "../../trace/types";

export type Draft = EntryDraft<"seq" | "step">;

export class TraceRecorder {
  private drafts: { e: Draft; step: number; order: number }[] = [];
  private sortedUpTo = 0;
  private cache: TraceEntry[] = [];
  step = -1;

  add(e: Draft): void {
    this.drafts.push({ e, step: this.step, order: this.drafts.length });
  }

  get count(): number {
    return this.drafts.length;
  }

  /** The trace so far, ordered by time then creation; seq numbers follow that order. */
  entries(): TraceEntry[] {
    if (this.sortedUpTo === this.drafts.length) return this.cache;
    const sorted = [...this.drafts].sort((x, y) => x.e.t - y.e.t || x.order - y.order);
    this.cache = sorted.map((d, seq) => ({ seq, step: d.step, ...d.e }));
    this.sortedUpTo = this.drafts.length;
    return this.cache;
  }
}

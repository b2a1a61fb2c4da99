/**
 * What the teaching features need from the workbench (components/workbench/workspace.tsx builds it):
 * the session as it is, and a few ways to replace or move it. Teaching never owns the trace.
 */
import type { ReactNode } from "react";
import type { MessageKey, Params } from "@/lib/i18n/core";
import type { Scenario } from "@/lib/sim/scenario";
import type { TraceEntry } from "@/lib/trace/types";
import type { HostView, TypedItem } from "@/components/workbench/use-session";

/** Where the cursor goes after a load: a fixed entry, live from an entry to the end, or a span chosen on the new trace. */
export type PlayAt =
  | { readonly cursor: number }
  | { readonly playFrom: number }
  | { readonly play: (trace: readonly TraceEntry[]) => { readonly from: number; readonly to: number } };

export interface TeachingHost {
  readonly trace: readonly TraceEntry[];
  readonly cursor: number;
  /** The scenario the current session runs (from the strip's settings). */
  readonly scenario: Scenario;
  readonly inputs: readonly TypedItem[];
  readonly hosts: readonly HostView[];
  /** A read-only imported trace is on screen (the learner's own session waits underneath). */
  readonly viewing: boolean;
  /**
   * Replaces the session (simulated in the background worker); the cursor goes to `at.cursor`, or the
   * entries after `at.playFrom` play live. False when it was not replaced (the workbench said why).
   */
  load(scenario: Scenario, inputs: readonly TypedItem[], at: PlayAt): Promise<boolean>;
  moveTo(n: number): void;
  step(action: "forward" | "back"): void;
  /** Shows an imported trace read-only, or (null) returns to the learner's own session. */
  view(trace: readonly TraceEntry[] | null): void;
  /** The terminal panel, for presenter mode's compact copy. */
  renderTerminal(): ReactNode;
}

/** A line of the teaching bar's status (what an export, import or share link just did). */
export interface Status {
  readonly key: MessageKey;
  readonly params?: Params;
  readonly error?: boolean;
  /** A link to show when copying to the clipboard failed. */
  readonly link?: string;
}

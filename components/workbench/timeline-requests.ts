/**
 * What a learner's intent asks the worker for: each builder reads the timeline (timeline.ts) and
 * returns the run to make and why, so the reducer knows what its arrival does. Pure.
 */
import type { TypedItem } from "@/lib/sim/kernel/keyboard";
import type { TraceEntry } from "@/lib/trace/types";
import type { PlayAt } from "@/components/teaching/host";
import { START_COMMANDS, type Settings } from "./settings";
import { acceptsInput, type Request, type Timeline } from "./timeline";

const lastIndex = (trace: readonly TraceEntry[]) => Math.max(0, trace.length - 1);
/** How many inputs produced the steps up to and including `step` (one CommandTyped per input). */
const inputsThrough = (inputs: readonly TypedItem[], step: number) => inputs.slice(0, Math.max(0, step + 1));
const stepAt = (trace: readonly TraceEntry[], i: number) => trace[i]?.step ?? -1;

export function settingsRequest(s: Timeline, next: Settings): Request {
  // Another protocol is another program at the client: its session starts from its own first commands.
  const inputs =
    next.protocol === s.settings.protocol
      ? s.inputs
      : START_COMMANDS[next.protocol].map((line) => ({ line }));
  return {
    settings: next,
    inputs,
    extend: false,
    purpose: { kind: "settings", before: { settings: s.settings, inputs: s.inputs } },
  };
}

export const scenarioRequest = (settings: Settings, inputs: readonly TypedItem[]): Request => ({
  settings,
  inputs,
  extend: false,
  purpose: { kind: "scenario" },
});

export const loadRequest = (settings: Settings, inputs: readonly TypedItem[], at: PlayAt): Request => ({
  settings,
  inputs,
  extend: false,
  purpose: { kind: "load", at },
});

export const restoreRequest = (saved: {
  readonly settings: Settings;
  readonly inputs: readonly TypedItem[];
  readonly cursor: number;
}): Request => ({
  settings: saved.settings,
  inputs: saved.inputs,
  extend: false,
  purpose: { kind: "restore", cursor: saved.cursor },
});

const replaceRequest = (s: Timeline, inputs: readonly TypedItem[], from: number): Request => ({
  settings: s.settings,
  inputs,
  extend: false,
  purpose: { kind: "replace", from },
});

/**
 * The first typed line waiting, once the client waits for a line and no run is under way: the request
 * that runs it (as `typeRequest`). Null: nothing to start now.
 */
export function nextTyped(s: Timeline): ReturnType<typeof typeRequest> {
  const line = s.typed[0];
  return line === undefined || !acceptsInput(s) ? null : typeRequest(s, line);
}

/**
 * A line typed at the terminal: null on a read-only trace; with `discard` when the learner stepped
 * back (the session continues from the cursor, so the commands after it would be discarded: ask first).
 */
export function typeRequest(s: Timeline, line: string): { request: Request; discard?: number } | null {
  if (s.viewed) return null;
  const trace = s.run.trace;
  const here = stepAt(trace, s.cursor);
  const end = stepAt(trace, lastIndex(trace));
  // Watching a command play live is not being stepped back: only a learner's own stepping is.
  if (here < end && !s.follow && !s.demo)
    return {
      request: replaceRequest(s, [...inputsThrough(s.inputs, here), { line }], s.cursor + 1),
      discard: end - here,
    };
  const request: Request = {
    settings: s.settings,
    inputs: [...s.inputs, { line }],
    extend: true,
    purpose: { kind: "type", from: trace.length },
  };
  return { request };
}

/** Ctrl+C while the command at the cursor is still running: replay it and interrupt at this moment. */
export function interruptRequest(s: Timeline): Request | null {
  if (s.viewed) return null;
  const trace = s.run.trace;
  const here = stepAt(trace, s.cursor);
  const typedAt = trace.find((e) => e.kind === "CommandTyped" && e.step === here)?.t ?? 0;
  const afterMs = Math.max(0, (trace[s.cursor]?.t ?? typedAt) - typedAt);
  return replaceRequest(s, [...inputsThrough(s.inputs, here), { interruptAfterMs: afterMs }], s.cursor);
}

/** What the worker is told the page holds: only a line typed at the end of a worker's run extends it. */
export function baseOf(s: Timeline, r: Request): { token: number; length: number } | undefined {
  return r.extend && s.run.token > 0 ? { token: s.run.token, length: s.run.trace.length } : undefined;
}

import { describe, expect, it } from "vitest";
import { commandAt } from "@/components/controls/stepping";
import { DEFAULT_SETTINGS, toScenario } from "@/components/workbench/settings";
import { openSession } from "@/lib/sim/session";
import { pendingPrompt } from "@/lib/trace/transcript";
import type { TraceEntry } from "@/lib/trace/types";

/*
 * Stepping reads the command counter and the terminal's prompt from indexes built once per trace. They
 * must say exactly what a walk over the trace up to the cursor says, at every cursor, including inside
 * nc, at a password prompt, after Ctrl+C, in a trace nobody typed, and for a trace that grew.
 */

/** The walk the indexes replace: the prompt after entry `upTo`. */
function walkPrompt(trace: readonly TraceEntry[], upTo: number) {
  let text = "ftp> ";
  let typedAt = -1;
  let promptAt = -1;
  let raw = false;
  const last = Math.min(upTo, trace.length - 1);
  for (let i = 0; i <= last; i++) {
    const e = trace[i]!;
    const key = e.note?.key ?? "";
    if (key === "client.note.raw") raw = true;
    else if (raw && e.kind === "ClientPrinted" && /^client\.(raw\.closed|lost)/.test(key)) raw = false;
    if (e.kind === "CommandTyped") {
      typedAt = i;
      text = "ftp> ";
    } else if (e.kind === "ClientPrinted" && e.rule === "prompt") {
      promptAt = i;
      text = e.text ?? "";
    }
  }
  const next = trace[last + 1];
  const stepOver = next?.kind === "CommandTyped" && next.text !== "^C";
  return { text: raw ? "" : text, running: typedAt >= 0 && promptAt < typedAt && !stepOver, raw };
}

/** The walk the command index replaces: starts counted up to the cursor. */
function walkCommand(trace: readonly TraceEntry[], cursor: number) {
  const typed = trace.some((e) => e.kind === "CommandTyped");
  const isStart = (e: TraceEntry) => e.kind === (typed ? "CommandTyped" : "CommandSent");
  let index = -1;
  let total = 0;
  trace.forEach((e, i) => {
    if (!isStart(e)) return;
    total++;
    if (i <= cursor) index = total - 1;
  });
  return { index: typed ? (trace[cursor]?.step ?? -1) : index, total };
}

function session(lines: readonly ({ line: string } | { interruptAfterMs: number })[]) {
  const s = openSession(toScenario(DEFAULT_SETTINGS));
  s.typeAll(lines);
  return s;
}

const LINES = [
  { line: "open server" },
  { line: "anonymous" },
  { line: "guest@example.org" },
  { line: "ls" },
  { line: "quit" },
  { line: "nc server 21" },
  { line: "USER anonymous" },
  { line: "PASV" },
  { interruptAfterMs: 500 },
  { line: "open server" },
];

describe("step indexes", () => {
  it("give the same prompt and command at every cursor as a walk over the trace", () => {
    const trace = session(LINES).trace;
    expect(trace.some((e) => e.note?.key === "client.note.raw")).toBe(true);
    for (let c = -1; c <= trace.length; c++) {
      const p = pendingPrompt(trace, c);
      expect({ text: p.text, running: p.running, raw: p.raw }, `cursor ${c}`).toEqual(walkPrompt(trace, c));
      expect(commandAt(trace, c), `cursor ${c}`).toEqual(walkCommand(trace, c));
    }
  });

  it("count commands the client sent in a trace nobody typed", () => {
    const trace = session(LINES).trace.filter((e) => e.kind !== "CommandTyped");
    for (let c = 0; c < trace.length; c++) expect(commandAt(trace, c)).toEqual(walkCommand(trace, c));
    expect(commandAt(trace, trace.length - 1).total).toBeGreaterThan(3);
  });

  it("follow a trace that grows in place", () => {
    const s = session(LINES.slice(0, 3));
    const trace = s.trace as TraceEntry[];
    const before = pendingPrompt(trace, trace.length - 1);
    const grown = [...trace];
    const more = session(LINES).trace;
    // The same array, appended to: what a live view does as messages arrive.
    for (const e of more.slice(trace.length)) trace.push(e);
    expect(more.length).toBeGreaterThan(grown.length);
    for (let c = 0; c < trace.length; c += 7) {
      const p = pendingPrompt(trace, c);
      expect({ text: p.text, running: p.running, raw: p.raw }).toEqual(walkPrompt(trace, c));
      expect(commandAt(trace, c)).toEqual(walkCommand(trace, c));
    }
    expect(before.text).toBe(walkPrompt(grown, grown.length - 1).text);
  });
});

/**
 * Traces as JSON lines (one entry a line): what `npm run sim` and the real server print, what the app
 * exports, and what it imports back. Parsing is defensive: a file from outside gets checked field by
 * field, and every problem names its line.
 */
import type { TraceEntry } from "./types";
import { checkEntry, whyText, type Why } from "./check-entry";
import { isMessageKey, translate, type Lang } from "../i18n";
import type { NoteRef } from "../util/note";

/** Field order of the JSON line: the fields a reader scans first come first. */
const ORDER = [
  "seq",
  "t",
  "kind",
  "from",
  "to",
  "channel",
  "code",
  "text",
  "verb",
  "layer",
  "step",
  "conn",
] as const;

export function entryToJson(e: TraceEntry): string {
  const out: Record<string, unknown> = {};
  for (const k of ORDER) if (e[k] !== undefined) out[k] = e[k];
  // Every line names its channel; entries off the wire (typed lines, decisions) say null.
  out.channel ??= null;
  for (const [k, v] of Object.entries(e)) if (!(k in out) && v !== undefined) out[k] = v;
  return JSON.stringify(out);
}

export const traceToJsonl = (trace: readonly TraceEntry[]): string =>
  trace.map(entryToJson).join("\n") + "\n";

/**
 * A problem of an imported file as a catalogue note (trace.import.*), so the workbench says it in the
 * learner's language; `problems` holds the same in English (the CLI, logs and tests read those).
 */
export type ImportProblem = NoteRef;
export type ParseResult =
  { ok: true; trace: TraceEntry[] } | { ok: false; problems: string[]; issues: ImportProblem[] };

const MAX_LINES = 200_000;
/** The largest trace file the app reads (200,000 entries of a real session stay well below it). */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/** A problem in words; a line's problem names the line, then the reason (its own note). */
export function importProblemText(p: ImportProblem, lang: Lang = "en"): string {
  const params = p.params ?? {};
  const why = params.why;
  if (typeof why !== "string") return translate(lang, p.key, params);
  const rest = Object.fromEntries(Object.entries(params).filter(([k]) => k !== "line" && k !== "why"));
  const reason = isMessageKey(why) ? whyText({ key: why, params: rest }, lang) : why;
  return translate(lang, p.key, { line: params.line ?? 0, why: reason });
}

const failed = (issues: ImportProblem[]): ParseResult => ({
  ok: false,
  issues,
  problems: issues.map((p) => importProblemText(p)),
});

const atLine = (line: number, w: Why): ImportProblem => ({
  key: "trace.import.atLine",
  params: { line, why: w.key, ...(w.params ?? {}) },
});

export const importTooLarge = (): ParseResult =>
  failed([{ key: "trace.import.tooLarge", params: { max: MAX_IMPORT_BYTES } }]);

export function parseTraceJsonl(text: string): ParseResult {
  const issues: ImportProblem[] = [];
  const trace: TraceEntry[] = [];
  if (text.length > MAX_IMPORT_BYTES) return importTooLarge();
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  if (lines.length === 0) return failed([{ key: "trace.import.empty" }]);
  if (lines.length > MAX_LINES)
    return failed([{ key: "trace.import.tooMany", params: { n: lines.length, max: MAX_LINES } }]);
  lines.forEach((line, i) => {
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      issues.push(atLine(i + 1, { key: "trace.import.notJson" }));
      return;
    }
    const why = checkEntry(v, i);
    if (why) issues.push(atLine(i + 1, why));
    else trace.push(withoutNullChannel(v as TraceEntry & { channel?: unknown }));
  });
  return issues.length ? failed(issues.slice(0, 20)) : { ok: true, trace };
}

function withoutNullChannel(e: TraceEntry & { channel?: unknown }): TraceEntry {
  if (e.channel !== null) return e;
  const rest: Record<string, unknown> = { ...e };
  delete rest.channel;
  return rest as unknown as TraceEntry;
}

/**
 * Traces as JSON lines (one entry a line): what `npm run sim` and the real server print, what the app
 * exports, and what it imports back. Parsing is defensive: a file from outside gets checked field by
 * field, and every problem names its line.
 */
import type { TraceEntry } from "./types";
import { checkEntry } from "./check-entry";

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

export type ParseResult = { ok: true; trace: TraceEntry[] } | { ok: false; problems: string[] };

const MAX_LINES = 200_000;
/** The largest trace file the app reads (200,000 entries of a real session stay well below it). */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

export const importTooLarge = (): ParseResult => ({
  ok: false,
  problems: [`the file is larger than ${MAX_IMPORT_BYTES} bytes`],
});

export function parseTraceJsonl(text: string): ParseResult {
  const problems: string[] = [];
  const trace: TraceEntry[] = [];
  if (text.length > MAX_IMPORT_BYTES) return importTooLarge();
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  if (lines.length === 0) return { ok: false, problems: ["the file holds no trace entries"] };
  if (lines.length > MAX_LINES)
    return { ok: false, problems: [`too many entries (${lines.length} > ${MAX_LINES})`] };
  lines.forEach((line, i) => {
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      problems.push(`line ${i + 1}: not valid JSON`);
      return;
    }
    const why = checkEntry(v, i);
    if (why) problems.push(`line ${i + 1}: ${why}`);
    else trace.push(withoutNullChannel(v as TraceEntry & { channel?: unknown }));
  });
  return problems.length ? { ok: false, problems: problems.slice(0, 20) } : { ok: true, trace };
}

function withoutNullChannel(e: TraceEntry & { channel?: unknown }): TraceEntry {
  if (e.channel !== null) return e;
  const rest: Record<string, unknown> = { ...e };
  delete rest.channel;
  return rest as unknown as TraceEntry;
}

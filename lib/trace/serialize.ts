/**
 * Traces as JSON lines (one entry a line): what `npm run sim` and the real server print, what the app
 * exports, and what it imports back. Parsing is defensive: a file from outside gets checked field by
 * field, and every problem names its line.
 */
import type { EntryKind, TraceEntry } from "./types";

const KINDS: ReadonlySet<EntryKind> = new Set<EntryKind>([
  "CommandTyped",
  "SegmentSent",
  "CommandSent",
  "ReplySent",
  "DataSent",
  "DatagramSent",
  "SegmentDropped",
  "NatTranslated",
  "ConnectionRefused",
  "ConnectTimedOut",
  "ListenOpened",
  "Decision",
  "ClientPrinted",
  "TransferCompleted",
  "SimulationStopped",
]);

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

export function parseTraceJsonl(text: string): ParseResult {
  const problems: string[] = [];
  const trace: TraceEntry[] = [];
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

function checkEntry(v: unknown, expectedSeq: number): string | null {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return "an entry is a JSON object";
  const e = v as Record<string, unknown>;
  if (e.seq !== expectedSeq) return `seq should be ${expectedSeq}`;
  if (typeof e.t !== "number" || !Number.isFinite(e.t) || e.t < 0) return "t must be a time in ms ≥ 0";
  if (typeof e.kind !== "string" || !KINDS.has(e.kind as EntryKind))
    return `unknown kind ${JSON.stringify(e.kind)}`;
  if (typeof e.step !== "number" || !Number.isInteger(e.step)) return "step must be an integer";
  for (const end of ["from", "to"] as const) {
    const x = e[end] as Record<string, unknown> | undefined;
    if (typeof x !== "object" || x === null || typeof x.host !== "string") return `${end}.host is missing`;
  }
  if (e.text !== undefined && typeof e.text !== "string") return "text must be a string";
  if (e.channel !== undefined && e.channel !== null && e.channel !== "control" && e.channel !== "data")
    return 'channel must be "control", "data" or null';
  if (
    e.code !== undefined &&
    !(Number.isInteger(e.code) && (e.code as number) >= 100 && (e.code as number) < 600)
  )
    return "code must be a reply code (100-599)";
  return null;
}

function withoutNullChannel(e: TraceEntry & { channel?: unknown }): TraceEntry {
  if (e.channel !== null) return e;
  const rest: Record<string, unknown> = { ...e };
  delete rest.channel;
  return rest as unknown as TraceEntry;
}

/**
 * A lab run as a file (`npm run lab -- --record FILE`): the scenario, what the real client saw, what
 * vsftpd received and, when the captures were read, the real trace. A teacher without root opens it
 * in the workbench to show the real run beside the simulation of the same scenario. Reading a file
 * never throws: anything malformed is a named problem.
 */
import { checkScenario, type Scenario } from "../sim/scenario";
import { PRESET_NAMES } from "../net/presets";
import { parseTraceJsonl, traceToJsonl } from "../trace/serialize";
import type { TraceEntry } from "../trace/types";
import type { RealEvent } from "./compare";

export const LAB_FORMAT = "ftpviz-lab/1";

export interface LabRecord {
  readonly format: typeof LAB_FORMAT;
  readonly scenario: Scenario;
  readonly events: readonly RealEvent[];
  readonly received: readonly string[];
  /** The real run read from the captures, as trace JSON lines (absent when they could not be read). */
  readonly traceJsonl?: string;
}

export type LabRecordResult = { ok: true; record: LabRecord } | { ok: false; problems: string[] };

/** Files larger than this are not a lab record (one run is a few kilobytes; captures stay apart). */
export const LAB_RECORD_MAX_BYTES = 8 * 1024 * 1024;
const MAX_EVENTS = 10_000;

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const own = (o: Record<string, unknown>, k: string): unknown =>
  Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined;

/** Whether a text looks like a lab record (so an importer can route it here). */
export const looksLikeLabRecord = (text: string): boolean =>
  text.trimStart().startsWith("{") && text.includes(`"${LAB_FORMAT}"`);

function event(v: unknown, i: number, problems: string[]): RealEvent | undefined {
  if (!isObj(v) || typeof own(v, "kind") !== "string") {
    problems.push(`events[${i}]: not an event`);
    return undefined;
  }
  const kind = own(v, "kind") as string;
  const str = (k: string) => (typeof own(v, k) === "string" ? (own(v, k) as string) : undefined);
  const num = (k: string) => {
    const n = own(v, k);
    return typeof n === "number" && Number.isFinite(n) ? n : undefined;
  };
  switch (kind) {
    case "sent": {
      const line = str("line");
      if (line === undefined) problems.push(`events[${i}]: a sent line needs "line"`);
      return line === undefined ? undefined : { kind, line };
    }
    case "reply": {
      const code = num("code");
      const text = str("text");
      if (code === undefined || text === undefined)
        problems.push(`events[${i}]: a reply needs "code" and "text"`);
      return code === undefined || text === undefined ? undefined : { kind, code, text };
    }
    case "data-open":
      return { kind, how: str("how") ?? "", remote: str("remote") ?? "" };
    case "data-failed":
      return { kind, how: str("how") ?? "", error: str("error") ?? "" };
    case "data-closed":
      return { kind, bytes: num("bytes") ?? 0 };
    default:
      return { kind };
  }
}

export function labRecordText(r: {
  scenario: Scenario;
  events: readonly RealEvent[];
  received: readonly string[];
  /** The real trace, as entries (a fresh run) or as JSON lines already (a record read back). */
  trace?: readonly TraceEntry[];
  traceJsonl?: string;
}): string {
  const traceJsonl = r.traceJsonl ?? (r.trace ? traceToJsonl(r.trace) : undefined);
  const record = {
    format: LAB_FORMAT,
    scenario: r.scenario,
    events: r.events,
    received: r.received,
    ...(traceJsonl !== undefined ? { traceJsonl } : {}),
  };
  return JSON.stringify(record, null, 1) + "\n";
}

/** The real trace of a record, read as any imported trace is. */
export function labRecordTrace(r: LabRecord): readonly TraceEntry[] | undefined {
  if (r.traceJsonl === undefined) return undefined;
  const t = parseTraceJsonl(r.traceJsonl);
  return t.ok ? t.trace : undefined;
}

export function parseLabRecord(text: string): LabRecordResult {
  if (text.length > LAB_RECORD_MAX_BYTES)
    return { ok: false, problems: [`a lab record is at most ${LAB_RECORD_MAX_BYTES >> 20} MiB`] };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return { ok: false, problems: [`not JSON: ${(e as Error).message}`] };
  }
  if (!isObj(json) || own(json, "format") !== LAB_FORMAT)
    return { ok: false, problems: [`not a lab record (format "${LAB_FORMAT}")`] };
  const problems: string[] = [];
  const sc = checkScenario(own(json, "scenario"), PRESET_NAMES);
  if (!sc.ok) problems.push(...sc.problems.map((p) => `scenario${p.path ? `.${p.path}` : ""}: ${p.message}`));
  const rawEvents = own(json, "events");
  const rawReceived = own(json, "received");
  if (!Array.isArray(rawEvents) || rawEvents.length > MAX_EVENTS)
    problems.push(`events: a list of at most ${MAX_EVENTS}`);
  if (!Array.isArray(rawReceived) || rawReceived.some((r) => typeof r !== "string"))
    problems.push("received: a list of lines");
  const events = Array.isArray(rawEvents)
    ? rawEvents.slice(0, MAX_EVENTS).map((e, i) => event(e, i, problems))
    : [];
  const traceJsonl = own(json, "traceJsonl");
  if (traceJsonl !== undefined) {
    const t = typeof traceJsonl === "string" ? parseTraceJsonl(traceJsonl) : null;
    if (!t) problems.push("traceJsonl: trace JSON lines as one text");
    else if (!t.ok) problems.push(...t.problems.slice(0, 3).map((p) => `traceJsonl: ${p}`));
  }
  if (problems.length > 0 || !sc.ok) return { ok: false, problems };
  return {
    ok: true,
    record: {
      format: LAB_FORMAT,
      scenario: sc.scenario,
      events: events.filter((e): e is RealEvent => e !== undefined),
      received: rawReceived as string[],
      ...(typeof traceJsonl === "string" ? { traceJsonl } : {}),
    },
  };
}

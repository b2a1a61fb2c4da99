/**
 * Small questions about a trace that the security demos, lessons and tests all ask: "did the client
 * receive a 226 after it sent STOR?", "did a SYN go from the server to the victim?". Each answers with
 * the seq of the entry that proves it (or null), so the UI can jump to the evidence.
 */
import type { TraceEntry } from "../trace/types";

type Trace = readonly TraceEntry[];

/** Replies that reached the client, in order, with the verb of the last command it had sent. */
export function exchanges(trace: Trace): { verb: string; code: number; text: string; seq: number }[] {
  const out: { verb: string; code: number; text: string; seq: number }[] = [];
  let verb = "";
  for (const e of trace) {
    if (e.kind === "CommandSent" && e.from.host === "client" && e.verb) verb = e.verb;
    if (e.kind === "ReplySent" && e.to.host === "client" && e.code !== undefined)
      out.push({ verb, code: e.code, text: e.text ?? "", seq: e.seq });
  }
  return out;
}

/** The first reply `code` the client got while `verb` was its latest command. */
export function replyTo(trace: Trace, verb: string, code: number): number | null {
  return exchanges(trace).find((x) => x.verb === verb && x.code === code)?.seq ?? null;
}

/** The first reply carrying `code` and containing `text` that reached the client. */
export function replyWith(trace: Trace, code: number, text = ""): number | null {
  return exchanges(trace).find((x) => x.code === code && x.text.includes(text))?.seq ?? null;
}

/** The first data payload delivered to `host` whose text contains `needle`. */
export function dataTo(trace: Trace, host: string, needle: string): number | null {
  return (
    trace.find((e) => e.kind === "DataSent" && e.to.host === host && (e.text ?? "").includes(needle))?.seq ??
    null
  );
}

/** The first thing the client printed that contains `needle`. */
export function printed(trace: Trace, needle: string): number | null {
  return trace.find((e) => e.kind === "ClientPrinted" && (e.text ?? "").includes(needle))?.seq ?? null;
}

/** The first SYN that `from` sent towards `to` (a connection attempt drawn between the two). */
export function synFrom(trace: Trace, from: string, to: string): number | null {
  return (
    trace.find(
      (e) => e.kind === "SegmentSent" && e.flags === "SYN" && e.from.host === from && e.to.host === to,
    )?.seq ?? null
  );
}

/** How many control connections the client opened (each one a SYN from it to port 21). */
export function controlConnections(trace: Trace): number {
  return new Set(
    trace
      .filter((e) => e.channel === "control" && e.from.host === "client" && e.flags === "SYN")
      .map((e) => e.conn),
  ).size;
}

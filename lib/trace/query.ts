/**
 * The questions lessons, security demos, captions, predict mode and tests ask of a trace ("did the client
 * get a 227?", "which command does this reply answer?", "did a SYN go from the server to the victim?"),
 * in one module. Pure and small, so a check reads like the sentence it verifies. Finders answer with the
 * entry (or its seq, so the UI can jump to the evidence); predicates with a boolean.
 */
import type { EntryKind, Trace, TraceEntry } from "./types";

const CLIENT = "client";

/** The entries of one kind, in order. */
export const ofKind = (t: Trace, kind: EntryKind): TraceEntry[] => t.filter((e) => e.kind === kind);

/** The first entry of `kind` that also satisfies `when`. */
export const firstOf = (
  t: Trace,
  kind: EntryKind,
  when: (e: TraceEntry) => boolean = () => true,
): TraceEntry | undefined => t.find((e) => e.kind === kind && when(e));

/** The entries of one TCP connection (every hop, across NAT), in order. */
export const onConnection = (t: Trace, conn: number): TraceEntry[] => t.filter((e) => e.conn === conn);

/** The command line the client sent last at or before entry `seq` (what a reply there answers). */
export function lastCommandBefore(t: Trace, seq: number): TraceEntry | undefined {
  for (let i = Math.min(seq, t.length - 1); i >= 0; i--) {
    const e = t[i]!;
    if (e.kind === "CommandSent" && e.from.host === CLIENT) return e;
  }
  return undefined;
}

/** Replies that reached the client, in order, with the verb of the last command it had sent. */
export function exchanges(t: Trace): { verb: string; code: number; text: string; seq: number }[] {
  const out: { verb: string; code: number; text: string; seq: number }[] = [];
  let verb = "";
  for (const e of t) {
    if (e.kind === "CommandSent" && e.from.host === CLIENT && e.verb) verb = e.verb;
    if (e.kind === "ReplySent" && e.to.host === CLIENT && e.code !== undefined)
      out.push({ verb, code: e.code, text: e.text ?? "", seq: e.seq });
  }
  return out;
}

/** A reply with `code` reached the client. */
export const gotCode = (t: Trace, code: number): boolean =>
  t.some((e) => e.kind === "ReplySent" && e.to.host === CLIENT && e.code === code);

/** The client sent this verb (on its own link, before any NAT). */
export const sent = (t: Trace, verb: string): boolean =>
  t.some((e) => e.kind === "CommandSent" && e.from.host === CLIENT && e.verb === verb);

/** The first reply `code` the client got while `verb` was its latest command. */
export function replyTo(t: Trace, verb: string, code: number): number | null {
  return exchanges(t).find((x) => x.verb === verb && x.code === code)?.seq ?? null;
}

/** The first reply carrying `code` and containing `text` that reached the client. */
export function replyWith(t: Trace, code: number, text = ""): number | null {
  return exchanges(t).find((x) => x.code === code && x.text.includes(text))?.seq ?? null;
}

/** The first data payload delivered to `host` whose text contains `needle`. */
export function dataTo(t: Trace, host: string, needle: string): number | null {
  return firstOf(t, "DataSent", (e) => e.to.host === host && (e.text ?? "").includes(needle))?.seq ?? null;
}

/** The first thing the client printed that contains `needle`. */
export function printed(t: Trace, needle: string): number | null {
  return firstOf(t, "ClientPrinted", (e) => (e.text ?? "").includes(needle))?.seq ?? null;
}

/** The first SYN that `from` sent towards `to` (a connection attempt drawn between the two). */
export function synFrom(t: Trace, from: string, to: string): number | null {
  return (
    firstOf(t, "SegmentSent", (e) => e.flags === "SYN" && e.from.host === from && e.to.host === to)?.seq ??
    null
  );
}

/** A SYN opening a data connection, started by `host` (the side that connects). */
export const dataSynFrom = (t: Trace, host: string): TraceEntry | undefined =>
  firstOf(t, "SegmentSent", (e) => e.channel === "data" && e.flags === "SYN" && e.from.host === host);

/** How many control connections the client opened (each one a SYN from it to port 21). */
export function controlConnections(t: Trace): number {
  return new Set(
    t
      .filter((e) => e.channel === "control" && e.from.host === CLIENT && e.flags === "SYN")
      .map((e) => e.conn),
  ).size;
}

/** Distinct data connections that carried bytes. */
export const dataConnections = (t: Trace): number =>
  new Set(ofKind(t, "DataSent").flatMap((e) => (e.channel === "data" ? [e.conn] : []))).size;

/** Some entry carries the explanation `key`. */
export const noted = (t: Trace, key: string): boolean => t.some((e) => e.note?.key === key);

/** The network or a middlebox dropped something. */
export const dropped = (t: Trace): boolean => t.some((e) => e.kind === "SegmentDropped");

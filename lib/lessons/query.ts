/**
 * Questions the lessons' checks ask of a trace ("did the client get a 227?", "did the server open the
 * data connection?"). Pure and small, so every check reads like the sentence it verifies.
 */
import type { Trace, TraceEntry } from "../trace/types";
export { replyTo, replyWith, dataTo, printed } from "../security/trace-query";

export const gotCode = (t: Trace, code: number): boolean =>
  t.some((e) => e.kind === "ReplySent" && e.to.host === "client" && e.code === code);

/** The client sent this verb (on its own link, before any NAT). */
export const sent = (t: Trace, verb: string): boolean =>
  t.some((e) => e.kind === "CommandSent" && e.from.host === "client" && e.verb === verb);

/** A SYN opening a data connection, started by `host` (the side that connects). */
export const dataSynFrom = (t: Trace, host: string): TraceEntry | undefined =>
  t.find(
    (e) => e.kind === "SegmentSent" && e.channel === "data" && e.flags === "SYN" && e.from.host === host,
  );

/** Distinct data connections that carried bytes. */
export const dataConnections = (t: Trace): number =>
  new Set(t.filter((e) => e.kind === "DataSent" && e.channel === "data").map((e) => e.conn)).size;

export const noted = (t: Trace, key: string): boolean => t.some((e) => e.note?.key === key);

export const dropped = (t: Trace): boolean => t.some((e) => e.kind === "SegmentDropped");

/** The download finished for the client (226 and EOF both arrived). */
export const completed = (t: Trace): boolean => t.some((e) => e.kind === "TransferCompleted");

/**
 * The live view's wire format: what `npm run ftpd -- --live` streams (Server-Sent Events, one JSON object
 * per `data:` line) and what the workbench's Live source reads. Both sides use this file, so the format has
 * one definition; the reader checks every field, as a page must with anything that comes from a socket.
 *
 *   {"type":"hello","version":1}                                       first, on every (re)connection
 *   {"type":"session","id":3,"client":{…TraceEnd},"server":{…},"open":true}   a session began (or, in the
 *                                                                      backlog sent on connection, exists)
 *   {"type":"entry","session":3,"entry":{…TraceEntry, seq per session}} one trace entry of that session
 *   {"type":"cut","session":3,"kept":5000}                             the session's trace stops here
 *   {"type":"closed","session":3}                                      the control connection closed
 */
import { checkEntry, whyText } from "../trace/check-entry";
import type { TraceEnd, TraceEntry } from "../trace/types";

export const LIVE_VERSION = 1;
/** Paths the live server answers; the stream and a small JSON status the page checks first. */
export const LIVE_EVENTS_PATH = "/live/events";
export const LIVE_STATUS_PATH = "/live/status";
/** What GET /live/status answers with, so the page knows it reached ftpd and not something else. */
export const LIVE_SERVER_NAME = "ftpviz-ftpd";
/** Entries kept of one session, by the server's backlog and by the page (a 100 MiB transfer stays small). */
export const MAX_SESSION_ENTRIES = 5000;
/** A message longer than this is refused unread (an entry's text is at most a control line or a preview). */
export const MAX_MESSAGE_CHARS = 64 * 1024;

export type LiveMessage =
  | { readonly type: "hello"; readonly version: number }
  | {
      readonly type: "session";
      readonly id: number;
      readonly client: TraceEnd;
      readonly server: TraceEnd;
      readonly open: boolean;
    }
  | { readonly type: "entry"; readonly session: number; readonly entry: TraceEntry }
  | { readonly type: "cut"; readonly session: number; readonly kept: number }
  | { readonly type: "closed"; readonly session: number };

export const encodeLive = (m: LiveMessage): string => JSON.stringify(m);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const own = (o: Obj, k: string): unknown => (Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined);
const isId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

function end(v: unknown): TraceEnd | null {
  if (!isObj(v)) return null;
  const host = own(v, "host");
  const addr = own(v, "addr");
  const port = own(v, "port");
  if (typeof host !== "string" || host.length > 64) return null;
  if (addr !== undefined && (typeof addr !== "string" || addr.length > 64)) return null;
  if (port !== undefined && !(Number.isInteger(port) && (port as number) >= 0 && (port as number) <= 65535))
    return null;
  return {
    host,
    ...(addr !== undefined ? { addr: addr as string } : {}),
    ...(port !== undefined ? { port: port as number } : {}),
  };
}

export type LiveParsed = { ok: true; message: LiveMessage } | { ok: false; problem: string };

/** One `data:` payload, checked field by field; anything else is a named problem, never a throw. */
export function parseLive(text: string): LiveParsed {
  const bad = (problem: string): LiveParsed => ({ ok: false, problem });
  if (text.length > MAX_MESSAGE_CHARS) return bad("message too long");
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return bad("not JSON");
  }
  if (!isObj(v)) return bad("not an object");
  const type = own(v, "type");
  if (type === "hello") {
    const version = own(v, "version");
    return Number.isInteger(version)
      ? { ok: true, message: { type, version: version as number } }
      : bad("hello without a version");
  }
  if (type === "session") {
    const id = own(v, "id");
    const client = end(own(v, "client"));
    const server = end(own(v, "server"));
    const open = own(v, "open");
    if (!isId(id) || !client || !server || typeof open !== "boolean") return bad("bad session message");
    return { ok: true, message: { type, id, client, server, open } };
  }
  const session = own(v, "session");
  if (!isId(session)) return bad(`message without a session number`);
  if (type === "entry") {
    const entry = own(v, "entry");
    const seq = isObj(entry) ? own(entry, "seq") : undefined;
    if (!isId(seq)) return bad("entry without a seq");
    const why = checkEntry(entry, seq);
    if (why) return bad(`bad entry: ${whyText(why)}`);
    const e = entry as TraceEntry & { channel?: unknown };
    // JSON lines say channel null off the wire; the trace type leaves it out.
    const clean: Record<string, unknown> = { ...e };
    if (clean.channel === null) delete clean.channel;
    return { ok: true, message: { type, session, entry: clean as unknown as TraceEntry } };
  }
  if (type === "cut") {
    const kept = own(v, "kept");
    return isId(kept) ? { ok: true, message: { type, session, kept } } : bad("bad cut message");
  }
  if (type === "closed") return { ok: true, message: { type, session } };
  return bad("unknown message type");
}

/**
 * The live view's memory (`npm run ftpd -- --live`): every session's trace entries as they happen, kept
 * per session (seq numbered within the session, and a step per command the client sent, so each one
 * is a trace the workbench can step through as it steps a simulated one), and sent to every watching page. A page that connects late gets the backlog first. Everything is
 * bounded: sessions kept, entries per session, and bytes queued for a page that does not read (it is
 * dropped; its EventSource reconnects and starts from the backlog).
 */
import type { ServerResponse } from "node:http";
import { encodeLive, LIVE_VERSION, MAX_SESSION_ENTRIES, type LiveMessage } from "../live/protocol";
import type { EntryDraft, TraceEntry } from "../trace/types";
import type { SessionWatcher } from "./real-server";
import type { Endpoints } from "./real-trace";

export interface HubLimits {
  /** Sessions kept for late watchers (the oldest closed ones go first). */
  readonly sessions: number;
  readonly entriesPerSession: number;
  /** Bytes of frames kept in all (older closed sessions go first, then sessions are cut). */
  readonly keptBytes: number;
  /** Bytes a watching page may leave unread before it is dropped. */
  readonly queuedBytes: number;
  readonly watchers: number;
}

export const DEFAULT_HUB_LIMITS: HubLimits = {
  sessions: 200,
  entriesPerSession: MAX_SESSION_ENTRIES,
  keptBytes: 64 * 2 ** 20,
  queuedBytes: 4 * 2 ** 20,
  watchers: 64,
};

interface Kept {
  readonly id: number;
  readonly ends: Endpoints;
  /** The session's messages as SSE frames, in order (its "session" frame first). */
  readonly frames: string[];
  entries: number;
  /** Commands the client has sent so far: each one starts a step, as a typed line does in the simulator. */
  commands: number;
  bytes: number;
  cut: boolean;
  open: boolean;
}

const frame = (m: LiveMessage): string => `data: ${encodeLive(m)}\n\n`;

export class LiveHub implements SessionWatcher {
  private readonly kept = new Map<number, Kept>();
  private readonly watchers = new Set<ServerResponse>();
  private readonly limits: HubLimits;
  private bytes = 0;

  constructor(limits: Partial<HubLimits> = {}) {
    this.limits = { ...DEFAULT_HUB_LIMITS, ...limits };
  }

  get watching(): number {
    return this.watchers.size;
  }

  get sessions(): number {
    return this.kept.size;
  }

  readonly entry = (session: number, e: EntryDraft<"seq">): void => {
    const k = this.kept.get(session);
    if (!k || k.cut) return;
    if (this.bytes > this.limits.keptBytes) this.trim();
    if (k.entries >= this.limits.entriesPerSession || this.bytes > this.limits.keptBytes) {
      k.cut = true;
      return this.add(k, { type: "cut", session, kept: k.entries });
    }
    if (e.kind === "CommandSent") k.commands++;
    const entry = { ...e, seq: k.entries++, step: k.commands - 1 } as TraceEntry;
    this.add(k, { type: "entry", session, entry });
  };

  opened(session: number, ends: Endpoints): void {
    const k: Kept = {
      id: session,
      ends,
      frames: [],
      entries: 0,
      commands: 0,
      bytes: 0,
      cut: false,
      open: true,
    };
    this.kept.set(session, k);
    this.add(k, { type: "session", id: session, client: ends.client, server: ends.server, open: true });
    this.trim();
  }

  closed(session: number): void {
    const k = this.kept.get(session);
    if (!k || !k.open) return;
    k.open = false;
    this.add(k, { type: "closed", session });
  }

  /** Takes a page's response (headers already sent): the hello, the backlog, then everything new. */
  watch(res: ServerResponse): boolean {
    if (this.watchers.size >= this.limits.watchers) return false;
    this.watchers.add(res);
    res.on("close", () => this.watchers.delete(res));
    const backlog = [frame({ type: "hello", version: LIVE_VERSION })];
    for (const k of this.kept.values()) backlog.push(...k.frames);
    this.send(res, backlog.join(""));
    return true;
  }

  /** A comment line: keeps proxies and the page's EventSource from thinking the stream died. */
  heartbeat(): void {
    for (const w of this.watchers) this.send(w, ": keep-alive\n\n");
  }

  close(): void {
    for (const w of this.watchers) w.destroy();
    this.watchers.clear();
  }

  private add(k: Kept, m: LiveMessage): void {
    const f = frame(m);
    k.frames.push(f);
    k.bytes += f.length;
    this.bytes += f.length;
    for (const w of this.watchers) this.send(w, f);
  }

  private send(w: ServerResponse, text: string): void {
    if (w.destroyed) return void this.watchers.delete(w);
    // A page that stopped reading costs at most queuedBytes; it reconnects and reads the backlog again.
    if (w.writableLength > this.limits.queuedBytes) {
      this.watchers.delete(w);
      return void w.destroy();
    }
    w.write(text);
  }

  /** Over a limit, the oldest closed sessions go; open ones only when there are too many of them. */
  private trim(): void {
    const over = () => this.kept.size > this.limits.sessions || this.bytes > this.limits.keptBytes;
    for (const k of this.kept.values()) if (over() && !k.open) this.forget(k);
    for (const k of this.kept.values()) if (this.kept.size > this.limits.sessions) this.forget(k);
  }

  private forget(k: Kept): void {
    this.kept.delete(k.id);
    this.bytes -= k.bytes;
  }
}

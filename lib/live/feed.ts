/**
 * What the Live source knows about the real server's sessions, built from the stream's messages
 * (protocol.ts). Each session is a trace of its own (seq 0, 1, 2… within it), so the workbench draws and
 * steps it like any trace. A reconnection sends the backlog again: a session announced again starts over
 * and its entries come again: a session already known (same ends) keeps what it has and takes only what
 * follows, so nothing is doubled or redrawn. Sessions kept are bounded (the oldest closed go).
 *
 * Entries are appended in place (a class of 30 sends thousands): `version` says something changed, and
 * `entriesOf` hands out a fresh array only when the session grew since the last one.
 */
import type { KeysUnder } from "../i18n/core";
import type { TraceEnd, TraceEntry } from "../trace/types";
import { LIVE_VERSION, MAX_SESSION_ENTRIES, type LiveMessage } from "./protocol";

export const MAX_LIVE_SESSIONS = 300;

export interface LiveSession {
  readonly id: number;
  readonly client: TraceEnd;
  readonly server: TraceEnd;
  readonly open: boolean;
  /** The name sent with USER, once sent. */
  readonly user?: string;
  readonly entries: number;
  /** The server stopped sending this session's entries after this many. */
  readonly cut?: number;
}

interface Kept {
  session: LiveSession;
  entries: TraceEntry[];
  /** The array last handed out, while it is still the whole trace. */
  shown: readonly TraceEntry[] | null;
}

export type FeedProblem = {
  readonly key: KeysUnder<"live.problem.">;
  readonly params?: Record<string, string | number>;
};

export class LiveFeed {
  private readonly kept = new Map<number, Kept>();
  version = 0;
  problem: FeedProblem | null = null;

  /** Applies one message; false when it changed nothing (a duplicate, a message for no known session). */
  apply(m: LiveMessage): boolean {
    const changed = this.applyOne(m);
    if (changed) this.version++;
    return changed;
  }

  private applyOne(m: LiveMessage): boolean {
    switch (m.type) {
      case "hello":
        if (m.version === LIVE_VERSION) return false;
        this.problem = { key: "live.problem.version", params: { got: m.version, want: LIVE_VERSION } };
        return true;
      case "session": {
        const known = this.kept.get(m.id);
        if (known && sameEnd(known.session.client, m.client) && sameEnd(known.session.server, m.server))
          return this.update(m.id, (s) => ({ ...s, open: m.open && s.open }));
        this.kept.delete(m.id); // a new server (restarted) numbering its sessions from 0 again
        this.kept.set(m.id, {
          session: { id: m.id, client: m.client, server: m.server, open: m.open, entries: 0 },
          entries: [],
          shown: null,
        });
        this.trim();
        return true;
      }
      case "entry":
        return this.add(m.session, m.entry);
      case "cut":
        return this.update(m.session, (s) => ({ ...s, cut: m.kept }));
      case "closed":
        return this.update(m.session, (s) => ({ ...s, open: false }));
    }
  }

  private add(id: number, e: TraceEntry): boolean {
    const k = this.kept.get(id);
    // Only the next entry in order is taken: a repeat or a gap (a lost message) is not drawn wrong.
    if (!k || e.seq !== k.entries.length || k.entries.length >= MAX_SESSION_ENTRIES) return false;
    k.entries.push(e);
    const user =
      k.session.user ??
      (e.kind === "CommandSent" && e.verb === "USER" ? e.text?.slice(5).replace(/\r?\n$/, "") : undefined);
    k.session = { ...k.session, entries: k.entries.length, ...(user !== undefined ? { user } : {}) };
    return true;
  }

  private update(id: number, f: (s: LiveSession) => LiveSession): boolean {
    const k = this.kept.get(id);
    if (!k) return false;
    k.session = f(k.session);
    return true;
  }

  /** Newest first: a session that just started is at the top of the list. */
  sessions(): LiveSession[] {
    return [...this.kept.values()].map((k) => k.session).reverse();
  }

  session(id: number): LiveSession | undefined {
    return this.kept.get(id)?.session;
  }

  /** The session's trace so far; the same array as last time when nothing was added. */
  entriesOf(id: number): readonly TraceEntry[] {
    const k = this.kept.get(id);
    if (!k) return [];
    if (k.shown?.length !== k.entries.length) k.shown = k.entries.slice();
    return k.shown;
  }

  private trim(): void {
    // Map order is arrival order: the oldest are met first.
    for (const k of this.kept.values()) {
      if (this.kept.size <= MAX_LIVE_SESSIONS) return;
      if (!k.session.open) this.kept.delete(k.session.id);
    }
    for (const k of this.kept.values()) {
      if (this.kept.size <= MAX_LIVE_SESSIONS) return;
      this.kept.delete(k.session.id);
    }
  }
}

const sameEnd = (a: TraceEnd, b: TraceEnd) => a.host === b.host && a.addr === b.addr && a.port === b.port;

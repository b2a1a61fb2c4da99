/**
 * The live view's memory is bounded: entries per session (then one "cut" message), sessions kept (the
 * oldest closed ones go first, open ones stay), bytes kept in all; a late watcher gets exactly what is
 * kept, in order. (The sockets side is in live.test.ts.)
 */
import type { ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { LiveFeed } from "@/lib/live/feed";
import { parseLive } from "@/lib/live/protocol";
import { LiveHub } from "@/lib/node/live-hub";
import type { EntryDraft } from "@/lib/trace/types";

const ends = (port: number) => ({
  client: { host: "client", addr: "127.0.0.1", port },
  server: { host: "server", addr: "127.0.0.1", port: 2121 },
});
const line = (text: string): EntryDraft<"seq"> => ({
  t: 1,
  step: -1,
  kind: "CommandSent",
  layer: "ftp",
  from: ends(1).client,
  to: ends(1).server,
  conn: 0,
  channel: "control",
  text,
});

/** A watcher that reads everything at once, as a page would. */
function watcher(hub: LiveHub): LiveFeed {
  const feed = new LiveFeed();
  const res = {
    writableLength: 0,
    destroyed: false,
    on: () => res,
    destroy: () => undefined,
    write: (text: string) => {
      for (const m of text.matchAll(/^data: (.*)$/gm)) {
        const r = parseLive(m[1]!);
        if (!r.ok) throw new Error(r.problem);
        feed.apply(r.message);
      }
      return true;
    },
  };
  expect(hub.watch(res as unknown as ServerResponse)).toBe(true);
  return feed;
}

describe("LiveHub", () => {
  it("cuts a session after entriesPerSession, saying so once", () => {
    const hub = new LiveHub({ entriesPerSession: 3 });
    hub.opened(0, ends(40000));
    for (let i = 0; i < 10; i++) hub.entry(0, line(`NOOP ${i}\r\n`));
    const feed = watcher(hub);
    expect(feed.entriesOf(0).map((e) => e.text)).toEqual(["NOOP 0\r\n", "NOOP 1\r\n", "NOOP 2\r\n"]);
    expect(feed.session(0)?.cut).toBe(3);
  });

  it("keeps at most `sessions`, letting closed ones go before open ones", () => {
    const hub = new LiveHub({ sessions: 3 });
    hub.opened(0, ends(40000)); // stays open
    for (let id = 1; id <= 5; id++) {
      hub.opened(id, ends(40000 + id));
      hub.closed(id);
    }
    expect(hub.sessions).toBe(3);
    const feed = watcher(hub);
    expect(feed.sessions().map((s) => s.id)).toEqual([5, 4, 0]);
  });

  it("keeps at most keptBytes: old closed sessions go, then the rest is cut", () => {
    const hub = new LiveHub({ keptBytes: 20_000 });
    hub.opened(0, ends(40000));
    for (let i = 0; i < 40; i++) hub.entry(0, line(`STOR ${"a".repeat(400)}\r\n`));
    hub.closed(0);
    hub.opened(1, ends(40001));
    for (let i = 0; i < 200; i++) hub.entry(1, line(`STOR ${"b".repeat(400)}\r\n`));
    const feed = watcher(hub);
    expect(feed.session(0)).toBeUndefined();
    const kept = feed.session(1)!;
    expect(kept.cut).toBeGreaterThan(0);
    expect(kept.entries * 400).toBeLessThan(40_000);
  });
});

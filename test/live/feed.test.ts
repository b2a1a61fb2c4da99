/**
 * The live stream's messages as the page reads them: every field checked (hostile input is a named
 * problem, never a throw), and the feed that turns them into one trace per session, reconnections included.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { LiveFeed, MAX_LIVE_SESSIONS } from "@/lib/live/feed";
import { encodeLive, parseLive, type LiveMessage } from "@/lib/live/protocol";
import type { TraceEntry } from "@/lib/trace/types";

const client = { host: "client", addr: "127.0.0.1", port: 40000 };
const server = { host: "server", addr: "127.0.0.1", port: 2121 };
const opened = (id: number, port = 40000): LiveMessage => ({
  type: "session",
  id,
  client: { ...client, port },
  server,
  open: true,
});
const cmd = (seq: number, text: string): TraceEntry => ({
  seq,
  t: seq * 10,
  step: -1,
  kind: "CommandSent",
  layer: "ftp",
  from: client,
  to: server,
  conn: 0,
  channel: "control",
  text,
  verb: text.split(/[ \r]/)[0]!,
});
const entry = (session: number, e: TraceEntry): LiveMessage => ({ type: "entry", session, entry: e });

/** Messages go through the wire form, as the page gets them. */
function feedOf(messages: LiveMessage[]): LiveFeed {
  const f = new LiveFeed();
  for (const m of messages) {
    const r = parseLive(encodeLive(m));
    if (!r.ok) throw new Error(r.problem);
    f.apply(r.message);
  }
  return f;
}

describe("parseLive", () => {
  it("reads back what the server encodes, and drops a null channel as trace imports do", () => {
    const m = entry(3, cmd(0, "USER ftp\r\n"));
    expect(parseLive(encodeLive(m))).toEqual({ ok: true, message: m });
    const withNull = JSON.stringify({
      type: "entry",
      session: 3,
      entry: { ...cmd(0, "X\r\n"), channel: null },
    });
    const r = parseLive(withNull);
    expect(r.ok && r.message.type === "entry" && "channel" in r.message.entry).toBe(false);
  });

  it.each([
    ["{", "not JSON"],
    ["[]", "not an object"],
    ['{"type":"hello"}', "hello without a version"],
    ['{"type":"session","id":-1,"client":{"host":"c"},"server":{"host":"s"},"open":true}', "bad session"],
    [
      '{"type":"session","id":1,"client":{"host":"c","port":70000},"server":{"host":"s"},"open":true}',
      "bad session",
    ],
    ['{"type":"entry","session":"1","entry":{}}', "without a session"],
    ['{"type":"entry","session":1,"entry":{"seq":0,"t":0,"kind":"Nope","step":-1}}', "bad entry"],
    ['{"type":"entry","session":1,"entry":{"t":0}}', "without a seq"],
    ['{"type":"cut","session":1,"kept":"x"}', "bad cut"],
    ['{"type":"__proto__","session":1}', "unknown message type"],
  ])("refuses %s", (text, why) => {
    const r = parseLive(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem).toContain(why);
  });

  it("refuses an oversized message unread", () => {
    expect(parseLive(`{"type":"hello","version":1,"x":"${"a".repeat(70_000)}"}`)).toEqual({
      ok: false,
      problem: "message too long",
    });
  });

  it("never throws, whatever arrives", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (s) => {
          parseLive(s);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("LiveFeed", () => {
  it("keeps one trace per session, in order, and learns the user from USER", () => {
    const f = feedOf([
      { type: "hello", version: 1 },
      opened(0),
      opened(5, 40001),
      entry(0, cmd(0, "USER alumno\r\n")),
      entry(5, cmd(0, "USER anonymous\r\n")),
      entry(0, cmd(1, "PASS x\r\n")),
      { type: "closed", session: 5 },
    ]);
    expect(f.sessions().map((s) => [s.id, s.user, s.entries, s.open])).toEqual([
      [5, "anonymous", 1, false],
      [0, "alumno", 2, true],
    ]);
    expect(f.entriesOf(0).map((e) => e.text)).toEqual(["USER alumno\r\n", "PASS x\r\n"]);
  });

  it("takes the backlog of a reconnection without doubling what it has", () => {
    const first = [opened(0), entry(0, cmd(0, "USER a\r\n")), entry(0, cmd(1, "PASS b\r\n"))];
    const f = feedOf(first);
    const before = f.entriesOf(0);
    for (const m of [{ type: "hello", version: 1 } as const, ...first, entry(0, cmd(2, "PWD\r\n"))])
      f.apply(m);
    expect(f.entriesOf(0).map((e) => e.seq)).toEqual([0, 1, 2]);
    expect(f.entriesOf(0)).not.toBe(before);
    expect(f.entriesOf(0)).toBe(f.entriesOf(0)); // unchanged: the same array, so nothing redraws
  });

  it("starts a session over when a restarted server reuses its number", () => {
    const f = feedOf([opened(0), entry(0, cmd(0, "USER a\r\n")), opened(0, 41000)]);
    expect(f.session(0)?.client.port).toBe(41000);
    expect(f.entriesOf(0)).toEqual([]);
  });

  it("draws nothing wrong after a lost message: a gap stops the session's trace", () => {
    const f = feedOf([opened(0), entry(0, cmd(0, "A\r\n")), entry(0, cmd(2, "C\r\n"))]);
    expect(f.entriesOf(0).map((e) => e.seq)).toEqual([0]);
    expect(f.apply(entry(9, cmd(0, "X\r\n")))).toBe(false);
  });

  it("says when the server cut a session, and refuses another stream version", () => {
    const f = feedOf([opened(0), { type: "cut", session: 0, kept: 5000 }]);
    expect(f.session(0)?.cut).toBe(5000);
    f.apply({ type: "hello", version: 2 });
    expect(f.problem).toEqual({ key: "live.problem.version", params: { got: 2, want: 1 } });
  });

  it("keeps at most MAX_LIVE_SESSIONS, letting the oldest closed ones go first", () => {
    const f = new LiveFeed();
    f.apply(opened(0));
    for (let id = 1; id <= MAX_LIVE_SESSIONS + 10; id++) {
      f.apply(opened(id, 40000 + id));
      f.apply({ type: "closed", session: id });
    }
    expect(f.sessions()).toHaveLength(MAX_LIVE_SESSIONS);
    expect(f.session(0)?.open).toBe(true); // the open one stayed
    expect(f.session(1)).toBeUndefined();
  });
});

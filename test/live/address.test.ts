/** The Live source's address check: what a learner may type, and the reason for what is refused. */
import { describe, expect, it } from "vitest";
import { parseLiveAddress } from "@/lib/live/address";
import { isMessageKey } from "@/lib/i18n";

describe("parseLiveAddress", () => {
  it.each([
    ["http://127.0.0.1:8021", "http://127.0.0.1:8021"],
    ["127.0.0.1:8021", "http://127.0.0.1:8021"],
    ["  localhost:3260/ ", "http://localhost:3260"],
    ["HTTP://LOCALHOST:08021", "http://localhost:8021"],
    ["https://[::1]:8021", "https://[::1]:8021"],
    ["http://127.1.2.3:1", "http://127.1.2.3:1"],
  ])("takes %j as %s", (input, base) => {
    expect(parseLiveAddress(input)).toEqual({ ok: true, base });
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["ftp://127.0.0.1:2121", "scheme"],
    ["javascript://127.0.0.1:1", "scheme"],
    ["http://127.0.0.1:8021/live/events", "path"],
    ["http://127.0.0.1:8021?x=1", "path"],
    ["http://example.org:8021", "notLoopback"],
    ["http://192.168.1.10:8021", "notLoopback"],
    ["http://127.0.0.1.evil.org:8021", "notLoopback"],
    ["http://127.0.0.1", "port"],
    ["http://127.0.0.1:", "port"],
    ["http://127.0.0.1:0", "port"],
    ["http://127.0.0.1:65536", "port"],
    ["http://127.0.0.1:99999999", "port"],
    ["http://user:pw@127.0.0.1:8021", "malformed"],
    ["http://127.0.0.300:8021", "malformed"],
    ["http://127.0.0.1 :8021", "malformed"],
    ["x".repeat(300), "malformed"],
  ])("refuses %j (%s), with words for it in both languages", (input, why) => {
    const r = parseLiveAddress(input);
    expect(r).toEqual({ ok: false, problem: `live.addr.${why}` });
    expect(isMessageKey(`live.addr.${why}`)).toBe(true);
  });
});

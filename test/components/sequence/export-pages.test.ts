/**
 * The printable handout cuts the diagram into parts between rows, never inside one (issue 15, item 6):
 * every row of the range is in exactly one part, in order, and each part fits the page's height.
 */
import { describe, expect, it } from "vitest";
import { sessionPages } from "@/components/sequence/export-diagram";
import { buildRows } from "@/components/sequence/rows";
import { simulate } from "@/lib/sim/session";

const { trace } = simulate({
  topology: "client-nat",
  client: { mode: "passive" },
  commands: [
    "open server",
    "user anonymous",
    "guest@example.org",
    "ls",
    "cd pub",
    "ls",
    "get LEEME.txt",
    "bye",
  ],
});
const hosts = ["client", "client-router", "server"].map((name) => ({ name, addrs: [] }));
const base = { trace, hosts, lang: "es" as const, from: 0, to: trace.length - 1 };

describe("sessionPages", () => {
  it("puts every row of the session in exactly one part, in order", () => {
    const pages = sessionPages(base, 300, 600);
    expect(pages.length).toBeGreaterThan(2);
    expect(pages[0]!.from).toBe(0);
    expect(pages.at(-1)!.to).toBe(trace.length - 1);
    for (let i = 1; i < pages.length; i++) expect(pages[i]!.from).toBe(pages[i - 1]!.to + 1);
    const firsts = buildRows(trace, false).map((r) => r.first);
    const inParts = pages.flatMap((p) => firsts.filter((f) => f >= p.from && f <= p.to));
    expect(inParts).toEqual(firsts);
  });

  it("a range keeps to its rows; one page when it fits", () => {
    const pages = sessionPages({ ...base, from: 7, to: 12 }, 10_000, 10_000);
    expect(pages).toEqual([{ from: 7, to: 12 }]);
  });

  it("a page lower than a row still gets that row, alone", () => {
    const pages = sessionPages({ ...base, from: 0, to: 5 }, 1, 1);
    expect(pages.length).toBe(buildRows(trace, false).filter((r) => r.first <= 5).length);
  });
});

import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim/session";
import { ENTRY_CLASSES, entryClass } from "@/lib/trace/describe";
import { moveInList, passes, type ListFilter } from "@/components/packet-list/filter";
import type { Scenario } from "@/lib/sim/scenario";

const trace = simulate({
  seed: 1,
  topology: "client-nat",
  client: { mode: "passive" },
  commands: ["open server", "user anonymous", "guest@example.org", "ls"],
} as Scenario).trace;
const all: ListFilter = { classes: new Set(ENTRY_CLASSES), conn: null };

describe("packet list: moving through the rows shown", () => {
  it("moves one entry at a time without a filter, and stops at the ends", () => {
    expect(moveInList(trace, 5, all, "next")).toBe(6);
    expect(moveInList(trace, 5, all, "previous")).toBe(4);
    expect(moveInList(trace, 0, all, "previous")).toBeNull();
    expect(moveInList(trace, trace.length - 1, all, "next")).toBeNull();
    expect(moveInList(trace, 9, all, "first")).toBe(0);
    expect(moveInList(trace, 9, all, "last")).toBe(trace.length - 1);
  });

  it("following a connection walks only its entries, beyond the cursor too", () => {
    const data = trace.find((e) => e.channel === "data")!.conn!;
    const f: ListFilter = { ...all, conn: data };
    const mine = trace.filter((e) => e.conn === data).map((e) => e.seq);
    const walked = [moveInList(trace, -1, f, "next")!];
    while (true) {
      const n = moveInList(trace, walked.at(-1)!, f, "next");
      if (n === null) break;
      walked.push(n);
    }
    expect(walked).toEqual(mine);
    expect(moveInList(trace, mine[0]!, f, "previous")).toBeNull();
  });

  it("a class left unticked is skipped", () => {
    const f: ListFilter = { classes: new Set(["control"]), conn: null };
    const seqs = trace.filter((e) => passes(e, f)).map((e) => e.seq);
    expect(seqs.every((s) => entryClass(trace[s]!) === "control")).toBe(true);
    expect(moveInList(trace, seqs[0]!, f, "next")).toBe(seqs[1]);
  });
});

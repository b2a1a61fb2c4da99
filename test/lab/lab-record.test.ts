import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  labRecordText,
  LAB_RECORD_MAX_BYTES,
  looksLikeLabRecord,
  parseLabRecord,
} from "../../lib/lab/record";

const RECORDED = readFileSync(join(__dirname, "../fixtures/lab/client-nat-active.lab.json"), "utf8");

describe("lab records", () => {
  it("reads a recorded real run and writes it back the same", () => {
    const r = parseLabRecord(RECORDED);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.record.scenario.topology).toBe("client-nat");
    expect(r.record.received).toContain("PORT 192,0,2,10,236,49");
    expect(parseLabRecord(labRecordText(r.record))).toEqual(r);
    expect(looksLikeLabRecord(RECORDED)).toBe(true);
    expect(looksLikeLabRecord('{"seq":0}\n')).toBe(false);
  });

  it.each([
    ["not JSON", "{", /not JSON/],
    ["another format", '{"format":"x"}', /not a lab record/],
    [
      "events not a list",
      '{"format":"ftpviz-lab/1","scenario":{"topology":"lan","commands":[]},"events":{},"received":[]}',
      /events/,
    ],
    [
      "a reply without a code",
      '{"format":"ftpviz-lab/1","scenario":{"topology":"lan","commands":[]},"events":[{"kind":"reply","text":"x"}],"received":[]}',
      /reply needs/,
    ],
    [
      "received of numbers",
      '{"format":"ftpviz-lab/1","scenario":{"topology":"lan","commands":[]},"events":[],"received":[1]}',
      /received/,
    ],
    [
      "a bad scenario",
      '{"format":"ftpviz-lab/1","scenario":{"topology":5},"events":[],"received":[]}',
      /scenario/,
    ],
    [
      "a trace that is not JSON lines",
      '{"format":"ftpviz-lab/1","scenario":{"topology":"lan","commands":[]},"events":[],"received":[],"traceJsonl":7}',
      /traceJsonl/,
    ],
    [
      "an own __proto__ key",
      '{"format":"ftpviz-lab/1","__proto__":{"events":[]},"scenario":{"topology":"lan","commands":[]},"received":[]}',
      /events/,
    ],
  ])("names the problem of %s, never throws", (_name, text, problem) => {
    const r = parseLabRecord(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.join("; ")).toMatch(problem);
  });

  it("refuses a file larger than a record can be", () => {
    const r = parseLabRecord(" ".repeat(LAB_RECORD_MAX_BYTES + 1));
    expect(r.ok ? "" : r.problems[0]).toMatch(/at most/);
  });
});

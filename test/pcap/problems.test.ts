/**
 * What an import could not read or left out is said in the learner's language: every problem is an
 * i18n note with words in es and en (the English words stay the CLI's), counts grouped as each
 * language writes them, and a packet's reason and a lifeline named inside the sentence.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isMessageKey } from "@/lib/i18n";
import { importCapture, type ImportResult } from "@/lib/pcap/import";
import { problem, problemText } from "@/lib/pcap/problems";
import { latin1Bytes } from "@/lib/util/bytes";
import { control, pcap } from "./synth";

const { c, s, open } = control();
const good = pcap([...open, s(0, "220 hi\r\n"), c(0, "USER a\r\n")]);
let now = 0;
const CASES: [string, ImportResult][] = [
  ["wrong magic", importCapture(latin1Bytes("GIF89a this is not a capture at all"))],
  ["truncated", importCapture(good.subarray(0, good.length - 5))],
  ["too big", importCapture(good, { maxBytes: 100 })],
  ["too many packets", importCapture(good, { maxPackets: 3 })],
  ["too slow", importCapture(good, { clock: () => (now += 1000), maxMs: 500 })],
  ["unsupported link type", importCapture(pcap([new Uint8Array(40)], 105))],
  [
    "packets left out (the lab's ARP and IGMP)",
    importCapture(new Uint8Array(readFileSync(join(__dirname, "../fixtures/lab/client-nat-passive.pcapng")))),
  ],
];

describe("import problems in es and en", () => {
  it.each(CASES)("%s: each problem has its words in both languages", (_name, r) => {
    expect(r.issues.length).toBeGreaterThan(0);
    expect(r.issues.map((p) => problemText(p, "en"))).toEqual(r.problems);
    for (const p of r.issues) {
      expect(isMessageKey(p.key), p.key).toBe(true);
      const es = problemText(p, "es");
      expect(es, p.key).not.toBe(problemText(p, "en"));
      expect(es).not.toMatch(/\{\w+\}|pcap\.|ui\.host/);
    }
  });

  it("says why packets were left out in the sentence's language", () => {
    const lab = CASES[6]![1];
    expect(lab.problems).toContain("4 packets left out: not IP (EtherType 0x0806)");
    expect(lab.issues.map((p) => problemText(p, "es"))).toContain(
      "4 paquetes omitidos: no es IP (EtherType 0x0806)",
    );
  });

  it("groups large counts as each language does and names the lifeline", () => {
    const many = problem("p.tooMany", { n: 500_000 });
    expect(problemText(many, "en")).toBe(
      "the capture has more than 500,000 packets: only the first 500,000 are read",
    );
    expect(problemText(many, "es")).toBe(
      "la captura tiene más de 500.000 paquetes: solo se leen los 500.000 primeros",
    );
    const hole = problem("p.notCaptured", {
      conn: 2,
      bytes: 10,
      host: "server",
      src: "10.0.0.2:21",
      from: 0,
    });
    expect(problemText(hole, "es")).toContain("de Servidor 10.0.0.2:21");
  });
});

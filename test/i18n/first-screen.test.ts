import { describe, expect, it } from "vitest";
import { catalogs, FIRST_SCREEN } from "@/lib/i18n";
import { messages as security } from "@/lib/i18n/messages/security";
import { messages as tftp } from "@/lib/i18n/messages/tftp";
import { messages as lessons } from "@/lib/i18n/messages/lessons";
import { messages as pcap } from "@/lib/i18n/messages/pcap";
import { messages as lab } from "@/lib/i18n/messages/lab";
import { firstVisit } from "@/app/first-visit";
import { buildRows } from "@/components/sequence/rows";
import { rowText } from "@/components/sequence/labels";
import { transcript } from "@/lib/trace/transcript";

// The page loads the first screen's catalogues with its first JS and the others right after (issue 20):
// the first visit's rows and transcript must read only the first ones, and no catalogue may be lost.
const first = {
  en: Object.assign({}, ...FIRST_SCREEN.map((m) => m.en)),
  es: Object.assign({}, ...FIRST_SCREEN.map((m) => m.es)),
} as Record<"en" | "es", Record<string, string>>;
const later = [security, tftp, lessons, pcap, lab];

describe("the catalogues of the first screen and after it", () => {
  it("together hold every catalogue's every key", () => {
    for (const m of [...FIRST_SCREEN, ...later])
      for (const lang of ["en", "es"] as const)
        for (const [k, v] of Object.entries(m[lang])) expect(catalogs[lang][k], k).toBe(v);
  });

  it("the first visit's notes, rows and transcript need only the first screen's catalogues", () => {
    const { trace } = firstVisit();
    expect(trace.length).toBeGreaterThan(10);
    for (const e of trace) if (e.note) expect(first.en[e.note.key], e.note.key).toBeTruthy();
    for (const lang of ["en", "es"] as const) {
      const words = [
        ...buildRows(trace, false).flatMap((r) => Object.values(rowText(r, lang)).map(String)),
        ...transcript(trace, trace.length - 1, { verbose: true, explain: true, lang }).map((l) => l.text),
      ];
      // A key the first screen's catalogues lack would be shown as itself.
      for (const w of words) expect(w, w).not.toMatch(/\b(?:sec|tftp|lesson|pcap|lab|diff)\.[a-z]/);
    }
  });
});

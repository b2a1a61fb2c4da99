import { describe, expect, it } from "vitest";
import { catalogs, FIRST_SCREEN, keysLookedUp, LANGS } from "@/lib/i18n";
import { messages as security } from "@/lib/i18n/messages/security";
import { messages as tftp } from "@/lib/i18n/messages/tftp";
import { messages as lessons } from "@/lib/i18n/messages/lessons";
import { messages as pcap } from "@/lib/i18n/messages/pcap";
import { messages as lab } from "@/lib/i18n/messages/lab";
import { firstVisit, firstWords } from "@/app/first-visit";
import { narrate } from "@/lib/trace/narrate";
import { buildRows } from "@/components/sequence/rows";
import { rowText } from "@/components/sequence/labels";

// The page loads the first screen's catalogues with its first JS and the others right after (issue 20);
// the first session's words from the later ones come with the page (firstWords). The first visit's rows
// and narration must find every word there, and no catalogue may be lost.
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

  it("the first visit's rows and narration find every word in the first catalogues and the page's words", () => {
    const run = firstVisit();
    expect(run.trace.length).toBeGreaterThan(10);
    const words = firstWords(run);
    const known = new Set([...Object.keys(first.en), ...Object.keys(words.en)]);
    const looked = keysLookedUp(() => {
      for (const lang of LANGS) {
        for (const fold of [false, true]) for (const r of buildRows(run.trace, fold)) rowText(r, lang);
        for (const e of run.trace) narrate(e, lang);
      }
    });
    // A key found in neither would be shown as itself until every catalogue has loaded.
    for (const k of looked) if (!k.startsWith("ui.name.")) expect(known.has(k), k).toBe(true);
    // Notes of the client and the server are among them, in both languages.
    const notes = run.trace.flatMap((e) => (e.note ? [e.note.key] : []));
    expect(notes.length).toBeGreaterThan(0);
    for (const k of notes) {
      expect(words.en[k] ?? first.en[k], k).toBe(catalogs.en[k]);
      expect(words.es[k] ?? first.es[k], k).toBe(catalogs.es[k]);
    }
  });

  it("the page's words are few: the client's, the server's and the replies' catalogues stay out of its first JS", () => {
    const words = firstWords(firstVisit());
    const all = Object.keys(catalogs.en).length;
    expect(Object.keys(words.en).length).toBeLessThan(all / 10);
    expect(Object.keys(words.es)).toEqual(Object.keys(words.en));
  });
});

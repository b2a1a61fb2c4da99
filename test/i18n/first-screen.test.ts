import { describe, expect, it, vi } from "vitest";
import { catalogs, FIRST_SCREEN, keysLookedUp, PAGE_LANG } from "@/lib/i18n";
import { messages as security } from "@/lib/i18n/messages/security";
import { messages as tftp } from "@/lib/i18n/messages/tftp";
import { messages as lessons } from "@/lib/i18n/messages/lessons";
import { messages as pcap } from "@/lib/i18n/messages/pcap";
import { messages as lab } from "@/lib/i18n/messages/lab";
import { messages as client } from "@/lib/i18n/messages/client";
import { firstVisit, pageWords } from "@/app/first-visit";
import { FIRST_LESSON } from "@/lib/lessons/first";
import { narrate } from "@/lib/trace/narrate";
import { buildRows } from "@/components/sequence/rows";
import { rowText } from "@/components/sequence/labels";

// The page's first JS holds no catalogue (issue 20): the first screen's words come with its HTML in the
// HTML's language (pageWords), and every catalogue, both languages, loads right after (index.ts).
const later = [security, tftp, lessons, pcap, lab, client];

describe("the catalogues of the first screen and after it", () => {
  it("index.ts holds every catalogue's every key", () => {
    for (const m of [...FIRST_SCREEN, ...later])
      for (const lang of ["en", "es"] as const)
        for (const [k, v] of Object.entries(m[lang])) expect(catalogs[lang][k], k).toBe(v);
  });

  it("the lookup alone (what the page's first JS imports) holds no catalogue", async () => {
    vi.resetModules();
    const core = await import("@/lib/i18n/core");
    expect(Object.keys(core.catalogs.es)).toEqual([]);
    expect(Object.keys(core.catalogs.en)).toEqual([]);
    expect(core.catalogsAdded()).toBe(0);
    // With the page's words added, the first screen's texts are there, in the HTML's language only.
    const page = pageWords(firstVisit(), PAGE_LANG);
    core.addWords(page.lang, page.words);
    expect(core.translate(PAGE_LANG, "ui.lang.label")).toBe(catalogs.es["ui.lang.label"]);
    expect(Object.keys(core.catalogs.en)).toEqual([]);
  });

  it("the page's words hold the first screen's catalogues and every word the first session shows", () => {
    const run = firstVisit();
    expect(run.trace.length).toBeGreaterThan(10);
    const { lang, words } = pageWords(run, PAGE_LANG);
    expect(lang).toBe("es");
    for (const m of FIRST_SCREEN) for (const [k, v] of Object.entries(m.es)) expect(words[k], k).toBe(v);
    const looked = keysLookedUp(() => {
      for (const fold of [false, true]) for (const r of buildRows(run.trace, fold)) rowText(r, lang);
      for (const e of run.trace) narrate(e, lang);
    });
    // A key missing here would be shown as itself until every catalogue has loaded.
    for (const k of looked) if (!k.startsWith("ui.name.")) expect(words[k], k).toBe(catalogs.es[k]);
    // Notes of the client and the server are among them.
    const notes = run.trace.flatMap((e) => (e.note ? [e.note.key] : []));
    expect(notes.length).toBeGreaterThan(0);
    for (const k of notes) expect(words[k], k).toBe(catalogs.es[k]);
    // The "start here" tip names the first lesson as the page hydrates, before the lessons' catalogue.
    expect(words[FIRST_LESSON.titleKey]).toBe(catalogs.es[FIRST_LESSON.titleKey]);
  });

  it("the page's words are one language's, and few of the later catalogues'", () => {
    const { words } = pageWords(firstVisit(), PAGE_LANG);
    for (const [k, v] of Object.entries(words)) expect(v, k).toBe(catalogs.es[k]);
    const laterKeys = new Set(later.flatMap((m) => Object.keys(m.es)));
    const fromLater = Object.keys(words).filter((k) => laterKeys.has(k));
    expect(fromLater.length).toBeGreaterThan(0);
    expect(fromLater.length).toBeLessThan(laterKeys.size / 10);
  });
});

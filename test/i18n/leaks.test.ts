import { describe, expect, it } from "vitest";
import { catalogs, type Lang } from "@/lib/i18n";
import { openSession } from "@/lib/sim/session";
import { PRESET_NAMES, preset } from "@/lib/net/presets";
import { explanation, meaning, summary } from "@/lib/trace/describe";
import { narrate } from "@/lib/trace/narrate";
import { captionFor } from "@/lib/classroom/caption";
import { transcript } from "@/lib/trace/transcript";
import { rowText } from "@/components/sequence/labels";
import { buildRows } from "@/components/sequence/rows";
import type { TraceEntry } from "@/lib/trace/types";

/*
 * Issue 15, item 11: every sentence the workbench derives from a trace (diagram rows, packet list,
 * narration, presenter caption, transcript with explanations) is free of the simulation's insides in
 * both languages: no host or link ids ("client-router"), no topology ids ("client-nat"), no entry kinds
 * ("CommandTyped"), no catalogue keys. Every preset, both modes, with and without firewall and ALG.
 */

const topologies = PRESET_NAMES.map((n) => preset(n, { alg: true, firewall: true, victim: true }));
const ids = [
  ...new Set([
    ...PRESET_NAMES.filter((n) => n.includes("-")),
    ...topologies.flatMap((t) => t.hosts.map((h) => h.name).filter((n) => n.includes("-"))),
    ...topologies.flatMap((t) => t.links.map((l) => l.name).filter((n) => n.includes("-"))),
    ...Object.keys(catalogs.en)
      .filter((k) => k.startsWith("ui.kind."))
      .map((k) => k.slice("ui.kind.".length))
      .filter((kind) => /^[A-Z][a-z]+[A-Z]/.test(kind)), // "CommandTyped"; "Decision" is also a word
  ]),
];
const keyLike = new RegExp(
  String.raw`\b(?:${[...new Set(Object.keys(catalogs.en).map((k) => k.split(".")[0]))].join("|")})\.[a-z][\w.-]*[A-Za-z]`,
);
const leaks = (text: string): string[] => [
  ...ids.filter((id) => new RegExp(String.raw`(^|[^\w-])${id}($|[^\w-])`).test(text)),
  ...(keyLike.exec(text)?.slice(0, 1) ?? []),
];

const COMMANDS = ["open server", "user anonymous", "guest@example.org", "ls", "get readme.txt", "quit"];

function texts(trace: readonly TraceEntry[], lang: Lang): string[] {
  const out: string[] = [];
  trace.forEach((e, i) => {
    out.push(summary(e, lang), explanation(e, lang, { rule: true }), meaning(e, lang), narrate(e, lang));
    const c = captionFor(trace, i, lang);
    if (c) out.push(c.headline, c.detail ?? "");
  });
  for (const row of buildRows(trace, false)) {
    const r = rowText(row, lang);
    out.push(r.main, r.sub);
  }
  for (const line of transcript(trace, trace.length - 1, { verbose: true, explain: true, lang }))
    out.push(JSON.stringify(line));
  return out;
}

describe("sentences built from a trace name no internal ids", () => {
  for (const topology of PRESET_NAMES)
    it(`${topology}: active and passive, with and without firewall and ALG`, () => {
      const found = new Map<string, string>();
      for (const mode of ["active", "passive"] as const)
        for (const guard of [false, true]) {
          const s = openSession({
            topology,
            alg: guard,
            firewall: guard,
            seed: 1,
            commands: [],
            client: { mode },
          });
          s.typeAll(COMMANDS.map((line) => ({ line })));
          for (const lang of ["es", "en"] as const)
            for (const text of texts(s.trace, lang))
              for (const id of leaks(text)) if (!found.has(id)) found.set(id, text);
        }
      expect([...found].map(([id, text]) => `${id} in: ${text}`)).toEqual([]);
    });

  it("TFTP on a LAN and behind a firewall", () => {
    const found: string[] = [];
    for (const topology of ["lan", "client-firewall"]) {
      const s = openSession({
        topology,
        firewall: topology !== "lan",
        protocol: "tftp",
        seed: 1,
        commands: [],
      });
      s.typeAll(["connect server", "get readme.txt", "quit"].map((line) => ({ line })));
      for (const lang of ["es", "en"] as const)
        for (const text of texts(s.trace, lang)) found.push(...leaks(text).map((id) => `${id} in: ${text}`));
    }
    expect(found).toEqual([]);
  });
});

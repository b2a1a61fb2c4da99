import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogs } from "@/lib/i18n";

/*
 * Every message key a component names literally — t("…"), translate(lang, "…"), or a "prefix.*.key"
 * string literal — must exist in the catalogue. Template keys (`ui.host.${name}`) are checked by
 * prefix: at least one key must start with the literal part.
 */
const ROOT = join(__dirname, "../../components");
const PREFIXES = [
  "ui.",
  "lesson.",
  "sec.",
  "term.",
  "tftp.",
  "code.",
  "class.",
  "client.",
  "net.",
  "server.",
  "sim.",
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(n) ? [p] : [];
  });
}

const keys = Object.keys(catalogs.en);
const looksLikeKey = (s: string) => PREFIXES.some((p) => s.startsWith(p)) && /^[\w.-]+$/.test(s);

describe("keys used in components", () => {
  const sources = files(ROOT).map((f) => ({ f, text: readFileSync(f, "utf8") }));

  it("finds the components", () => expect(sources.length).toBeGreaterThan(10));

  it("exist in the catalogue (literal keys)", () => {
    const missing: string[] = [];
    let checked = 0;
    for (const { f, text } of sources)
      for (const m of text.matchAll(/["']([a-z]+\.[\w.-]+)["']/g)) {
        const k = m[1]!;
        if (looksLikeKey(k)) checked++;
        if (
          looksLikeKey(k) &&
          !k.endsWith(".") &&
          !(k in catalogs.en) &&
          !keys.some((x) => x.startsWith(`${k}.`))
        )
          missing.push(`${f.slice(ROOT.length + 1)}: ${k}`);
      }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  });

  it("have at least one key under each template prefix", () => {
    const missing: string[] = [];
    for (const { f, text } of sources)
      for (const m of text.matchAll(/`([a-z]+\.[\w.-]*)\$\{/g)) {
        const prefix = m[1]!;
        if (looksLikeKey(prefix) && !keys.some((k) => k.startsWith(prefix)))
          missing.push(`${f.slice(ROOT.length + 1)}: ${prefix}…`);
      }
    expect(missing).toEqual([]);
  });
});

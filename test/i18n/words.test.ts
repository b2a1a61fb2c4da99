import { describe, expect, it } from "vitest";
import { catalogs, placeholders, translate, type MessageKey } from "@/lib/i18n";

/*
 * Issue 15, item 11: what the learner reads is words, not the program's insides. A count is followed by
 * the right form of its noun ("1 orden", never "1 órdenes"), and ids of the simulation (hosts, links)
 * reach a sentence as names ("router del cliente"), never as "client-router".
 */

/** Countable nouns that must follow a number in their plural/singular form (`{n|one|other}`). */
const COUNTED =
  /\{(\w+)\} (commands|entries|packets|messages|findings|steps|seconds|secs|retransmissions|events|bytes|attempts|files|lines|blocks|datagrams|connections|órdenes|entradas|paquetes|mensajes|hallazgos|pasos|segundos|retransmisiones|eventos|intentos|archivos|líneas|bloques|datagramas|conexiones)\b/;

/**
 * English lines that reproduce a real program's own output, plural mistakes included (netkit-ftp prints
 * "1 bytes received", Windows' ftp.exe "ftp: 1 bytes received", tftp-hpa "Received 1 bytes"): truth
 * over textbook. Their Spanish side is ours.
 */
const programOutput = (key: string) =>
  /^client(\.windows)?\.(received|sent)$/.test(key) || key.startsWith("tftp.print.");

/** The text outside `{n|one|other}` forms (a form may say "{n} órdenes": it is the plural already). */
const outsideForms = (text: string) =>
  text.replace(/\{\w+\|(?:[^|{}]|\{\w+\})*\|(?:[^|{}]|\{\w+\})*\}/g, " ");

describe("counted nouns agree with their number", () => {
  for (const lang of ["es", "en"] as const)
    it(`every count in the ${lang} catalogue takes the singular for 1`, () => {
      const bad = Object.entries(catalogs[lang])
        .filter(([key, text]) => COUNTED.test(outsideForms(text)) && !(lang === "en" && programOutput(key)))
        .map(([key, text]) => `${key}: ${text}`);
      expect(bad).toEqual([]);
    });

  it("every message fills completely for one and for many (no plural form left unresolved)", () => {
    for (const lang of ["es", "en"] as const)
      for (const [key, text] of Object.entries(catalogs[lang]))
        for (const n of [1, 3]) {
          const params = Object.fromEntries(placeholders(text).map((p) => [p, n]));
          expect(translate(lang, key as MessageKey, params), `${lang} ${key}`).not.toMatch(/\{\w+[|:}]/);
        }
  });

  it("formats one and many", () => {
    expect(translate("es", "ui.status.ready", { n: 1 })).toContain("1 orden escrita");
    expect(translate("es", "ui.status.ready", { n: 3 })).toContain("3 órdenes escritas");
    expect(translate("en", "ui.status.ready", { n: 1 })).toContain("1 command typed");
    expect(translate("en", "ui.status.ready", { n: 0 })).toContain("0 commands typed");
    expect(translate("es", "ui.status.newSession", { n: 1 })).toContain("se ha repetido tu orden");
    expect(translate("en", "ui.status.newSession", { n: 4 })).toContain("your 4 commands were replayed");
  });
});

it("Spanish says one word per concept: archivo, never fichero", () => {
  expect(Object.entries(catalogs.es).filter(([, text]) => /fichero/i.test(text))).toEqual([]);
});

it("no message shows markdown's backticks to the learner", () => {
  const ticked = (lang: "es" | "en") =>
    Object.keys(catalogs[lang]).filter((k) => catalogs[lang][k]!.includes("`"));
  expect([...ticked("es"), ...ticked("en")]).toEqual([]);
});

describe("ids of the simulation become names", () => {
  it("a router's id in a NAT note becomes its name in either language", () => {
    const params = { router: "client-router", before: "a", after: "b" };
    expect(translate("es", "net.natMasqueraded", params)).toMatch(/^El router del cliente enmascaró/);
    expect(translate("en", "net.natMasqueraded", params)).toMatch(/^The client's router masqueraded/);
  });

  it("an id the catalogue does not know stays as it was", () => {
    expect(translate("es", "ui.name.of", { id: "masquerade" })).toBe("masquerade");
  });
});

it("the served tree's Spanish says archivo too (the default server's LEEME)", async () => {
  const { DEFAULT_FILES } = await import("@/lib/sim/defaults");
  const texts = DEFAULT_FILES.map((f) => ("text" in f ? (f.text ?? "") : "")).join("\n");
  expect(texts).not.toMatch(/fichero/i);
});

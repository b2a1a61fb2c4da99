import { describe, expect, it } from "vitest";
import { catalogs, pickLang, placeholders, translate } from "@/lib/i18n";

describe("message catalogues", () => {
  it("has every key in both Spanish and English", () => {
    const en = Object.keys(catalogs.en).sort();
    const es = Object.keys(catalogs.es).sort();
    expect(en.filter((k) => !(k in catalogs.es))).toEqual([]);
    expect(es.filter((k) => !(k in catalogs.en))).toEqual([]);
    expect(en.length).toBeGreaterThan(40);
  });

  it("has no empty messages and the same placeholders in both languages", () => {
    for (const key of Object.keys(catalogs.en)) {
      const en = catalogs.en[key]!;
      const es = catalogs.es[key]!;
      expect(en.trim(), key).not.toBe("");
      expect(es.trim(), key).not.toBe("");
      expect(placeholders(es), key).toEqual(placeholders(en));
    }
  });

  it("fills placeholders and falls back to the key", () => {
    expect(translate("en", "sim.refused", { port: 21 })).toContain("port 21");
    expect(translate("es", "sim.refused", { port: 21 })).toContain("puerto 21");
    // @ts-expect-error a key no catalogue has does not compile; at run time it shows as itself
    expect(translate("es", "no.such.key")).toBe("no.such.key");
  });

  it("chooses the language from the browser's preferences", () => {
    expect(pickLang(["en-GB", "es"])).toBe("en");
    expect(pickLang(["es-ES"])).toBe("es");
    expect(pickLang(["fr-FR"])).toBe("es");
  });
});

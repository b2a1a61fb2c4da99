/**
 * One Spanish term per concept (issue 14 item 15): "archivo" (never "fichero"), "el ALG" (masculine,
 * as "el algoritmo"/"el asistente"), "negociación en tres pasos" for TCP's handshake (not "saludo a
 * tres vías", which collides with the server's "saludo" 220), "asistente" for a conntrack helper.
 */
import { describe, expect, it } from "vitest";
import { catalogs } from "@/lib/i18n";

const WRONG: readonly [RegExp, string][] = [
  [/\bficheros?\b/i, "archivo"],
  [/\b(la|una|esta|esa)\s+ALG\b/i, "el ALG"],
  [/tres vías/i, "negociación en tres pasos"],
  [/\bayudante\b/i, "asistente"],
];

describe("Spanish terms", () => {
  it.each(WRONG)("no %s in the es catalogue (use %s)", (re) => {
    const hits = Object.entries(catalogs.es).filter(([, text]) => re.test(text));
    expect(hits.map(([key]) => key)).toEqual([]);
  });
});

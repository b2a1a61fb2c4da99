/**
 * The diagram's legend, one component for the bar above the diagram and the printable handout: every
 * line style and mark with its words in the learner's language, the arrow drawn at the width asked.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LegendItems, LEGEND_LINES, LEGEND_MARKS } from "@/components/sequence/legend-items";
import { translate, type Lang } from "@/lib/i18n/core";

const render = (lang: Lang, width: number) =>
  renderToStaticMarkup(
    createElement(LegendItems, {
      t: (key) => translate(lang, key),
      width,
      lineClass: (cls) => `line-${cls}`,
      glyphClass: "glyph",
    }),
  );

describe("LegendItems", () => {
  it("lists each line style and mark once, in English and in Spanish", () => {
    for (const lang of ["en", "es"] as const) {
      const html = render(lang, 34);
      expect(html.match(/<li>/g)).toHaveLength(LEGEND_LINES.length + LEGEND_MARKS.length);
      for (const item of [...LEGEND_LINES, ...LEGEND_MARKS])
        expect(html).toContain(translate(lang, item.key));
    }
    expect(render("es", 34)).toContain("conexión de control (puerto 21)");
    expect(render("en", 34)).toContain('<span class="glyph" aria-hidden="true">ftp&gt;</span>what you typed');
  });

  it("draws each arrow at the width asked, its head ending at the right edge", () => {
    const html = render("en", 40);
    expect(html).toContain('<svg width="40" height="10" aria-hidden="true" class="line-data">');
    expect(html).toContain('d="M32,1 L39,5 L32,9 z"');
    expect(render("en", 34)).toContain(
      '<line x1="1" y1="5" x2="27" y2="5"></line><path d="M26,1 L33,5 L26,9 z">',
    );
  });
});

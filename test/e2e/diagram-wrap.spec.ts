import { test, expect, type Page } from "@playwright/test";
import { settled, toEnd } from "./hooks";

/*
 * Issue 15, item 9: explanations on the diagram's rows wrap onto more lines (readable when projected)
 * instead of being cut with "…", in es and en, at 1024×768 and 1920×1080; the rows stay virtualised and
 * stepping still keeps the current row in view. Screens go to test-results/screens/diagram-wrap-*.png.
 */

test.use({ reducedMotion: "reduce" });

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
] as const;

async function open(page: Page, lang: "es" | "en") {
  await page.addInitScript((l) => window.localStorage.setItem("ftpviz.lang", l), lang);
  await page.goto("/");
  await expect(page.getByTestId("sequence-diagram")).toBeVisible();
  await settled(page);
  // A session rich in explanations: client behind NAT, active mode (the ALG and NAT notes are long).
  await page
    .locator("select")
    .filter({ has: page.locator('option[value="client-nat"]') })
    .selectOption("client-nat");
  await settled(page);
}

/** Each drawn row: its full words (the <title>), the words drawn, and how far its text reaches. */
async function drawnRows(page: Page) {
  return page.getByTestId("sequence-diagram").evaluate((svg) => {
    const width = (svg as SVGSVGElement).width.baseVal.value;
    return [...svg.querySelectorAll<SVGGElement>("[data-testid=trace-entry]")].map((g) => {
      const texts = [...g.querySelectorAll<SVGTextElement>("text")].slice(2); // after #seq and ms
      const boxes = texts.map((t) => {
        const b = t.getBBox();
        const m = g.transform.baseVal.consolidate()?.matrix;
        return { left: b.x, right: b.x + b.width, y: b.y + (m?.f ?? 0) };
      });
      return {
        seq: Number(g.dataset.seq),
        top: g.transform.baseVal.consolidate()?.matrix.f ?? 0,
        kind: g.dataset.kind ?? "",
        title: g.querySelector("title")?.textContent ?? "",
        drawn: texts.map((t) => t.textContent ?? ""),
        left: Math.min(...boxes.map((b) => b.left)),
        right: Math.max(...boxes.map((b) => b.right)),
        width,
      };
    });
  });
}

const squash = (s: string) => s.replace(/[\s✕⇄▤◆]/g, "");

for (const lang of ["es", "en"] as const)
  for (const size of SIZES) {
    const tag = `${lang}-${size.width}`;
    test(`explanations wrap, whole and inside the row (${tag})`, async ({ page }) => {
      await page.setViewportSize(size);
      await open(page, lang);
      await toEnd(page);
      const scroller = page.getByTestId("sequence-diagram").locator("..");
      const total = await scroller.evaluate((el) => el.scrollHeight);
      const seen = new Map<number, Awaited<ReturnType<typeof drawnRows>>[number]>();
      let wrapped = 0;
      for (let y = 0; y <= total; y += 300) {
        await scroller.evaluate((el, top) => (el.scrollTop = top), y);
        await page.waitForTimeout(0);
        for (const r of await drawnRows(page)) seen.set(r.seq, r);
      }
      expect(seen.size).toBeGreaterThan(30);
      for (const r of seen.values()) {
        // Everything the row says is drawn (data previews quote a payload's start, that is all).
        if (r.kind !== "DataSent") {
          expect(r.drawn.join(" "), `row #${r.seq}`).not.toContain("…");
          expect(squash(r.drawn.join("")), `row #${r.seq}`).toBe(squash(r.title));
        }
        expect(r.left, `row #${r.seq} starts inside`).toBeGreaterThanOrEqual(0);
        expect(r.right, `row #${r.seq} ends inside`).toBeLessThanOrEqual(r.width + 1);
        if (r.drawn.length > 2) wrapped++;
      }
      if (size.width === 1024) expect(wrapped).toBeGreaterThan(0);
      // Rows do not overlap: each starts below the previous one's bottom.
      const tops = await page.getByTestId("sequence-diagram").evaluate((svg) =>
        [...svg.querySelectorAll<SVGGElement>("[data-testid=trace-entry]")].map((g) => {
          const m = g.transform.baseVal.consolidate()!.matrix;
          return { top: m.f, h: Number(g.querySelector("rect")!.getAttribute("height")) };
        }),
      );
      for (let i = 1; i < tops.length; i++)
        expect(tops[i]!.top).toBeGreaterThanOrEqual(tops[i - 1]!.top + tops[i - 1]!.h);

      // Stepping keeps working: from Home, every → reveals one more row and it is in view.
      await page.locator("[data-diagram-home]").first().focus();
      await page.keyboard.press("Home");
      for (let i = 0; i < 12; i++) await page.keyboard.press("ArrowRight");
      await page.keyboard.press("End");
      const current = page.locator("[data-testid=trace-entry][aria-current=step]");
      await expect(current).toHaveCount(1);
      // The current row is inside the diagram's scrolled window.
      const inside = await current.evaluate((g) => {
        const box = g.getBoundingClientRect();
        const view = g.closest("svg")!.parentElement!.getBoundingClientRect();
        return box.bottom > view.top && box.top < view.bottom;
      });
      expect(inside).toBe(true);
      // The screenshot shows a wrapped row, once it is drawn.
      const shown = [...seen.values()].reduce((a, b) => (b.drawn.length > a.drawn.length ? b : a));
      await scroller.evaluate((el, top) => (el.scrollTop = Math.max(0, top - 120)), shown.top);
      await expect(page.locator(`[data-testid=trace-entry][data-seq="${shown.seq}"]`)).toBeInViewport();
      await page.screenshot({ path: `test-results/screens/diagram-wrap-${tag}.png` });
    });
  }

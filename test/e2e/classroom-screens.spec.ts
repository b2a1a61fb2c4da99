import { test, expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { settled } from "./hooks";

/*
 * Screens a teacher projects (issue 15), es and en, at 1024×768 and 1920×1080: the first visit, the
 * presenter mid-lesson and the exported handouts (the whole-session SVG, and the printable handout as
 * Chromium prints it). Written to test-results/screens/classroom-*.png (or SCREENS_DIR) to be looked
 * at; the checks are that each one renders.
 */

test.use({ reducedMotion: "reduce" });

const DIR = process.env.SCREENS_DIR ?? "test-results/screens";

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
] as const;

async function open(page: Page, lang: "es" | "en") {
  await page.addInitScript((l) => window.localStorage.setItem("ftpviz.lang", l), lang);
  await page.goto("/");
  await expect(page.getByTestId("sequence-diagram").first()).toBeVisible();
  await settled(page);
}

for (const lang of ["es", "en"] as const)
  for (const size of SIZES) {
    const tag = `${lang}-${size.width}`;
    test(`classroom screens ${tag}`, async ({ page }) => {
      await page.setViewportSize(size);
      await open(page, lang);
      await expect(page.getByTestId("start-here")).toBeVisible();
      await page.screenshot({ path: `${DIR}/classroom-first-visit-${tag}.png` });

      await page.getByText(lang === "es" ? "Exportar" : "Export", { exact: true }).click();
      const [dl] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: lang === "es" ? "Diagrama (SVG)" : "Diagram (SVG)" }).click(),
      ]);
      const svg = readFileSync((await dl.path())!, "utf8");
      const handout = await page.context().newPage();
      await handout.setViewportSize(size);
      await handout.setContent(svg);
      await handout.screenshot({ path: `${DIR}/classroom-handout-${tag}.png`, fullPage: true });
      await handout.close();

      // The printable handout, as it prints (print media): title, settings, the diagram, the transcript.
      await page.getByText(lang === "es" ? "Exportar" : "Export", { exact: true }).click();
      await page
        .getByRole("button", { name: lang === "es" ? "Versión para imprimir" : "Printable handout" })
        .click();
      await expect(page.getByTestId("handout-part").first()).toBeVisible();
      await page.emulateMedia({ media: "print" });
      await page.screenshot({ path: `${DIR}/classroom-print-${tag}.png`, fullPage: true });
      await page.emulateMedia({ media: "screen" });
      await page.screenshot({ path: `${DIR}/classroom-print-view-${tag}.png` });
      await page.keyboard.press("Escape");
      await expect(page.getByTestId("handout")).toBeHidden();
      // Presenter mid-lesson: lesson 1 open at its second step, a few messages in.
      await page.getByTestId("start-here").getByRole("button").first().click();
      await expect(page.getByTestId("lesson-panel")).toBeVisible();
      const showMe = page.getByRole("button", { name: lang === "es" ? "Muéstramelo" : "Show me" });
      await showMe.click();
      await page.getByTestId("lesson-panel").locator("ol button").nth(1).click();
      await showMe.click();
      await page.locator("[data-diagram-home]").first().focus();
      await page.keyboard.press("End");
      await page.keyboard.press("P");
      await expect(page.getByTestId("presenter")).toBeVisible();
      await page.keyboard.press("PageUp");
      await page.keyboard.press("PageUp");
      await page.screenshot({ path: `${DIR}/classroom-presenter-${tag}.png` });
      await page.keyboard.press("Escape");
    });
  }

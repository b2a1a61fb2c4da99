import { test, expect, type Page } from "@playwright/test";
import { openWorkbench } from "./hooks";

// The workbench fits a 1280×720 projector without page scrolling, and on narrower screens its panels
// stack instead of overlapping.
const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;
const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const [width, height] of [
  [1280, 720],
  [1024, 700],
  [390, 844],
] as const) {
  test(`at ${width}×${height} the diagram, terminal and inspector do not overlap`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openWorkbench(page);
    await page.waitForFunction(() => (window as unknown as { __ftpTerm?: unknown }).__ftpTerm !== undefined);
    const diagram = await box(page, '[data-testid="sequence-diagram"]');
    const terminal = await box(page, ".xterm");
    const details = await box(page, '[role="tabpanel"]');
    expect(overlap(diagram, terminal)).toBe(false);
    expect(overlap(diagram, details)).toBe(false);
    expect(overlap(terminal, details)).toBe(false);
    const scroll = await page.evaluate(() => ({
      x: document.documentElement.scrollWidth > window.innerWidth,
      y: document.documentElement.scrollHeight > window.innerHeight,
    }));
    expect(scroll.x).toBe(false);
    // A projector gets everything on one screen; narrower screens scroll vertically.
    if (width === 1280) expect(scroll.y).toBe(false);
  });
}

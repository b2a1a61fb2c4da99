import { test, expect, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { settled, workbenchTrace } from "./hooks";

/*
 * The cursor's row is on screen, not only inside the diagram's box: at 1024×768 the box starts half-way
 * down the window and reaches below it, and a capture stepped to its 227 showed rows #3–#8 while the
 * current row (#11) sat under the window's bottom edge.
 */
const FIXTURE = join(__dirname, "../fixtures/captures/curl-vsftpd-pasv.pcap");
const SCREENS = "test-results/screens";

test.use({ reducedMotion: "reduce" });

/** The current row's box in the window, once it is drawn. */
async function currentRowBox(page: Page) {
  const row = page.locator('section[data-diagram-home] [aria-current="step"]').first();
  await expect(row).toHaveCount(1);
  return (await row.boundingBox())!;
}

async function expectOnScreen(page: Page, what: string) {
  const vh = page.viewportSize()!.height;
  await expect
    .poll(
      async () => {
        const b = await currentRowBox(page);
        return b.y >= 0 && b.y + b.height <= vh;
      },
      { message: `the current row is on screen after ${what}` },
    )
    .toBe(true);
}

for (const lang of ["es", "en"] as const)
  test(`the current row stays on screen at 1024×768 when a capture opens and while stepping (${lang})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.addInitScript((l) => window.localStorage.setItem("ftpviz.lang", l), lang);
    await page.goto("/");
    await expect(page.getByTestId("sequence-diagram").first()).toBeVisible();
    await settled(page);

    await page.getByTestId("open-capture").setInputFiles(FIXTURE);
    await expect.poll(async () => (await workbenchTrace(page)).length).toBe(31);
    await expectOnScreen(page, "opening the capture");

    // Stepping with the keys, as a learner does (the keys work wherever the focus is, the page does not
    // move by itself): every row on the way is on screen.
    const cursor = () =>
      page.evaluate(() => (window as unknown as { __workbench: { cursor: number } }).__workbench.cursor);
    for (let i = 1; i <= 14; i++) {
      const before = await cursor();
      await page.keyboard.press("ArrowRight");
      await expect.poll(cursor).toBeGreaterThan(before);
      await expectOnScreen(page, `${i} steps`);
    }
    // The position slider jumps straight to a row (the 227 of the capture test).
    await page.getByRole("slider").first().fill("3");
    await page.getByRole("slider").first().fill("11");
    await expectOnScreen(page, "the slider");
    mkdirSync(SCREENS, { recursive: true });
    await page.screenshot({ path: `${SCREENS}/follow-${lang}-1024.png` });
    await page.keyboard.press("End");
    await expectOnScreen(page, "End");
    await page.keyboard.press("Home");
    await expectOnScreen(page, "Home");
  });

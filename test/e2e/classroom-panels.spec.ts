import { test, expect, type Page } from "@playwright/test";
import { openWorkbench } from "./hooks";

/*
 * Issue 15, item 9: the diagram and the terminal share the width through a splitter a keyboard can move
 * (its value is announced), the choice survives a reload, and one button widens the terminal to 80
 * columns at 1280 px.
 */

test.use({ reducedMotion: "reduce", viewport: { width: 1280, height: 720 } });

const termWidth = (page: Page) =>
  page
    .locator(".xterm-screen")
    .first()
    .evaluate((el) => el.getBoundingClientRect().width);
/** Columns of the terminal: its screen width over the width of one cell of its font. */
const termCols = (page: Page) =>
  page.evaluate(() => {
    const screen = document.querySelector(".xterm-screen")!;
    const ctx = document.createElement("canvas").getContext("2d")!;
    const style = getComputedStyle(document.querySelector(".xterm-rows")!);
    ctx.font = `${style.fontSize} ${style.fontFamily}`;
    return Math.floor(screen.getBoundingClientRect().width / ctx.measureText("W").width);
  });

test("the splitter moves with the keyboard, says its value, and is remembered", async ({ page }) => {
  await openWorkbench(page);
  const splitter = page.getByRole("separator", { name: /Resize the diagram and the terminal/ });
  await expect(splitter).toBeVisible();
  await page.locator(".xterm-screen").first().waitFor();
  const before = Number(await splitter.getAttribute("aria-valuenow"));
  const width = await termWidth(page);
  await splitter.focus();
  await page.keyboard.press("Shift+ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(splitter).toHaveAttribute("aria-valuenow", String(before + 12));
  await expect(splitter).toHaveAttribute("aria-valuetext", `terminal: ${before + 12} % of the width`);
  await expect.poll(() => termWidth(page)).toBeGreaterThan(width + 100);
  // The arrows moved the splitter, not the diagram's cursor.
  const cursor = await page.evaluate(
    () => (window as unknown as { __workbench: { cursor: number } }).__workbench.cursor,
  );
  expect(cursor).toBe(0);
  await page.reload();
  await expect(page.getByRole("separator")).toHaveAttribute("aria-valuenow", String(before + 12));
  await page.getByRole("separator").focus();
  await page.keyboard.press("End");
  await expect(page.getByRole("separator")).toHaveAttribute("aria-valuenow", "20");
});

test("one button gives the terminal 80 columns at 1280 px", async ({ page }) => {
  await openWorkbench(page);
  await page.locator(".xterm-screen").first().waitFor();
  expect(await termCols(page)).toBeLessThan(80);
  await page.getByRole("button", { name: "80-column terminal" }).click();
  await expect.poll(() => termCols(page)).toBeGreaterThanOrEqual(80);
});

import { test, expect, type Page } from "@playwright/test";
import type { TraceEntry } from "@/lib/trace/types";
import { openWorkbench } from "./hooks";

/*
 * Issue 15, items 2, 4 and 5: presenter mode is a lesson's remote (title, step, narration, "your turn",
 * N runs Show me and then moves on, text size +/−, the Predict question stays), it shows the terminal's
 * transcript once, and Show me lands on the rows its step is about.
 */

test.use({ reducedMotion: "reduce" });

type Hook = { __workbench?: { trace: TraceEntry[]; cursor: number } };
const hook = (page: Page) =>
  page.evaluate(() => {
    const w = (window as unknown as Hook).__workbench!;
    return { trace: w.trace, cursor: w.cursor };
  });

/** Every line of the terminal mounted last (presenter mode mounts its own), through the panel's hook. */
const terminalLines = (page: Page) =>
  page.evaluate(() => (window as unknown as { __ftpTerm?: { lines(): string[] } }).__ftpTerm?.lines() ?? []);
const count = (lines: string[], text: string) => lines.filter((l) => l.trimEnd() === text).length;

async function openLesson(page: Page, title: RegExp) {
  await page.getByRole("toolbar", { name: "Teaching" }).getByRole("button", { name: "Lessons" }).click();
  await page.getByRole("button", { name: title }).first().click();
  await expect(page.getByTestId("lesson-panel")).toBeVisible();
}

test("entering presenter mode mid-session shows the transcript once", async ({ page }) => {
  await openWorkbench(page);
  await page.locator("[data-diagram-home]").first().focus();
  await page.keyboard.press("End");
  await expect.poll(async () => count(await terminalLines(page), "ftp> open server")).toBe(1);
  await page.keyboard.press("Home");
  for (let i = 0; i < 8; i++) await page.keyboard.press("ArrowRight");
  await page.keyboard.press("p");
  const presenter = page.getByTestId("presenter");
  await expect(presenter).toBeVisible();
  await presenter.locator(".xterm-rows").waitFor();
  await expect.poll(async () => count(await terminalLines(page), "ftp> open server")).toBe(1);
  // Let any write still queued land, then count again; and again after stepping to the end.
  await page.waitForTimeout(400);
  expect(count(await terminalLines(page), "ftp> open server")).toBe(1);
  expect((await terminalLines(page)).filter((l) => l.startsWith("---> USER")).length).toBeLessThanOrEqual(1);
  await page.keyboard.press("End");
  await page.waitForTimeout(400);
  const atEnd = await terminalLines(page);
  expect(count(atEnd, "ftp> open server")).toBe(1);
  expect(count(atEnd, "ftp> ls")).toBe(1);
});

test("presenter mode is a lesson remote: title, step, your turn, N shows then moves on, text size", async ({
  page,
}) => {
  await openWorkbench(page);
  await openLesson(page, /^1\. Two connections/);
  await page.getByRole("button", { name: "Predict" }).click();
  await page.keyboard.press("p");
  const presenter = page.getByTestId("presenter");
  await expect(presenter).toBeVisible();
  await expect(presenter.getByRole("banner").or(presenter.locator("header"))).toContainText(
    "Two connections",
  );
  await expect(page.getByTestId("presenter-step")).toHaveText("Step 1 of 5");
  await expect(page.getByTestId("presenter-narration")).not.toBeEmpty();
  // The Predict question stays in view.
  await expect(
    presenter
      .getByTestId("predict-panel")
      .or(presenter.getByText(/predict/i))
      .first(),
  ).toBeVisible();

  // N runs the step's Show me: the diagram shows what the step is about.
  const before = (await hook(page)).trace.length;
  await page.keyboard.press("n");
  await expect.poll(async () => (await hook(page)).trace.length).toBeGreaterThan(before);
  await expect(page.getByTestId("presenter-step")).toHaveText("Step 1 of 5");
  // N again: the next step.
  await page.keyboard.press("n");
  await expect(page.getByTestId("presenter-step")).toHaveText("Step 2 of 5");

  // A step with a task shows the "your turn" prompt.
  for (let i = 0; i < 5 && !(await page.getByTestId("presenter-task").count()); i++)
    await page.keyboard.press("n");

  // Text size: + and − change it and it is remembered.
  const size = () => presenter.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const normal = await size();
  await page.keyboard.press("+");
  await page.keyboard.press("+");
  expect(await size()).toBeGreaterThan(normal);
  await expect(page.getByTestId("presenter-scale")).not.toHaveText("100 %");
  await presenter.getByRole("button", { name: /smaller text/i }).click();
  await presenter.getByRole("button", { name: /smaller text/i }).click();
  expect(await size()).toBeCloseTo(normal, 1);
  await page.keyboard.press("Escape");
  await expect(presenter).toBeHidden();
});

test("the TFTP lesson's firewall step: Show me switches the firewall on and the reply is dropped", async ({
  page,
}) => {
  await openWorkbench(page);
  await openLesson(page, /TFTP/);
  const panel = page.getByTestId("lesson-panel");
  // Straight to step 6, without the steps before it.
  await panel.getByRole("button", { name: /^Step 6 of/ }).click();
  await panel.getByRole("button", { name: "Show me" }).click();
  await expect(page.getByRole("checkbox", { name: "Firewall" })).toBeChecked();
  await expect(page.getByTestId("lesson-step-state")).toHaveAttribute("data-done", "yes");
  const { trace, cursor } = await hook(page);
  expect(trace.some((e) => e.kind === "ClientPrinted" && /use connect first/i.test(e.text ?? ""))).toBe(
    false,
  );
  // The cursor stops on the dropped reply the step talks about, not on the session's last entry.
  expect(trace[cursor]?.kind).toBe("SegmentDropped");
  expect(cursor).toBeLessThan(trace.length - 1);
});

test("Show me lands on the step's rows, and steps with nothing to type still have one", async ({ page }) => {
  await openWorkbench(page);
  await openLesson(page, /TFTP/);
  const panel = page.getByTestId("lesson-panel");
  await panel.getByRole("button", { name: /^Step 3 of/ }).click();
  await panel.getByRole("button", { name: "Show me" }).click();
  await expect(page.getByTestId("lesson-step-state")).toHaveAttribute("data-done", "yes");
  const { trace, cursor } = await hook(page);
  expect(trace[cursor]?.text ?? "").toMatch(/^DATA block 1/);
  expect(cursor).toBeLessThan(trace.length - 1);
});

test("at 1024×768 the presenter's key help is one line under the lesson's title (es)", async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.addInitScript(() => window.localStorage.setItem("ftpviz.lang", "es"));
  await openWorkbench(page);
  await page.getByRole("toolbar", { name: "Docencia" }).getByRole("button", { name: "Lecciones" }).click();
  await page
    .getByRole("button", { name: /^2\. Inicio de sesión/ })
    .first()
    .click();
  await expect(page.getByTestId("lesson-panel")).toBeVisible();
  await page.keyboard.press("p");
  const help = page.getByTestId("presenter-help");
  await expect(help).toBeVisible();
  const box = await help.evaluate((el) => {
    const style = getComputedStyle(el);
    const range = document.createRange();
    range.selectNodeContents(el);
    // One box per line the text takes.
    const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    const bar = el.parentElement!.getBoundingClientRect();
    return {
      lines,
      fontSize: parseFloat(style.fontSize),
      right: el.getBoundingClientRect().right,
      barRight: bar.right,
    };
  });
  expect(box.lines).toBe(1);
  expect(box.fontSize).toBeGreaterThanOrEqual(13); // still readable from the back of the room
  expect(box.right).toBeLessThanOrEqual(box.barRight);
});

/*
 * Issue 21, item 4: at 1920×1080 the key help (13.5 px) and the terminal (14 px) were too small for the
 * back of a classroom, and A+ did not enlarge them. Both now grow with the window past 1024 px and with
 * the presenter's text size; at 1024×768 the key help stays one line and the terminal keeps its columns.
 */
const presenterSizes = (page: Page) =>
  page.getByTestId("presenter").evaluate((el) => {
    const help = el.querySelector('[data-testid="presenter-help"]')!;
    const range = document.createRange();
    range.selectNodeContents(help);
    const rows = el.querySelector(".xterm-rows");
    return {
      help: parseFloat(getComputedStyle(help).fontSize),
      helpLines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size,
      terminal: rows ? parseFloat(getComputedStyle(rows).fontSize) : 0,
      // xterm measures its cells again after a font change: until then its letters are spread apart.
      spread: rows ? Math.abs(parseFloat(getComputedStyle(rows).letterSpacing) || 0) : 0,
    };
  });

for (const lang of ["es", "en"] as const)
  for (const [width, height] of [
    [1024, 768],
    [1920, 1080],
  ] as const)
    test(`presenter mode at ${width}×${height} (${lang}): key help and terminal readable, and they follow A+`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.addInitScript((l) => window.localStorage.setItem("ftpviz.lang", l), lang);
      await openWorkbench(page);
      await page.keyboard.press("p");
      const presenter = page.getByTestId("presenter");
      await expect(presenter).toBeVisible();
      await presenter.locator(".xterm-rows").waitFor();
      await expect.poll(async () => (await presenterSizes(page)).terminal).toBeGreaterThan(0);
      const normal = await presenterSizes(page);
      expect(normal.helpLines).toBe(1);
      if (width === 1024) {
        // The side column is narrow here: the terminal keeps the workbench's size (its columns fit).
        expect(normal.help).toBeGreaterThanOrEqual(13);
        expect(normal.terminal).toBe(14);
      } else {
        expect(normal.help).toBeGreaterThanOrEqual(20);
        expect(normal.terminal).toBeGreaterThanOrEqual(19);
      }
      await page.screenshot({ path: `test-results/screens/presenter-${lang}-${width}.png` });
      // A+ twice (115 %, 130 %): the key help and the terminal grow with the narration and the diagram.
      await page.keyboard.press("+");
      await page.keyboard.press("+");
      await expect(page.getByTestId("presenter-scale")).toHaveText("130 %");
      await expect
        .poll(async () => (await presenterSizes(page)).terminal)
        .toBeGreaterThan(normal.terminal * 1.2);
      await expect.poll(async () => (await presenterSizes(page)).spread).toBeLessThan(0.5);
      expect((await presenterSizes(page)).help).toBeGreaterThan(normal.help * 1.2);
      await page.screenshot({ path: `test-results/screens/presenter-${lang}-${width}-130.png` });
      // A− brings both back.
      await page.keyboard.press("-");
      await page.keyboard.press("-");
      await expect.poll(async () => (await presenterSizes(page)).terminal).toBe(normal.terminal);
      expect((await presenterSizes(page)).help).toBeCloseTo(normal.help, 1);
    });

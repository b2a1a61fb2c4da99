import { test, expect, type Page } from "@playwright/test";
import { openWorkbench, workbenchTrace } from "./hooks";

/*
 * Issue 15, items 3, 7 and 8: the workbench in front of a class. Stepping keys belong to the workbench
 * (not to the control clicked last), a first visit says what to do, and the session survives a reload.
 */

test.use({ reducedMotion: "reduce" });

const slider = (page: Page) => page.getByRole("slider", { name: "Position in the session" });
const cursor = async (page: Page) => Number(await slider(page).inputValue());
const topology = (page: Page) => page.getByLabel("Topology");

async function typeCommand(page: Page, line: string) {
  const xterm = page.locator(".xterm-helper-textarea");
  await xterm.waitFor({ state: "attached" });
  await xterm.focus();
  await page.keyboard.type(line);
  await page.keyboard.press("Enter");
}

test.describe("stepping keys belong to the workbench", () => {
  test("after choosing a topology, PageUp/PageDown step instead of changing the dropdown", async ({
    page,
  }) => {
    await openWorkbench(page);
    await topology(page).selectOption("client-nat");
    await expect(page.getByText(/^New session started/)).toContainText("(Client behind NAT,");
    await page.keyboard.press("End");
    const end = await cursor(page);
    await page.keyboard.press("PageUp");
    await page.keyboard.press("PageUp");
    await expect(topology(page)).toHaveValue("client-nat");
    expect(await cursor(page)).toBeLessThan(end);
    const back = await cursor(page);
    await page.keyboard.press("PageDown");
    expect(await cursor(page)).toBeGreaterThan(back);
    await expect(topology(page)).toHaveValue("client-nat");
  });

  test("after clicking a mode radio, the arrow keys step the diagram, not the mode", async ({ page }) => {
    await openWorkbench(page);
    await page.getByRole("radio", { name: "Active", exact: true }).click();
    await expect(page.getByText(/^New session started/)).toContainText("Active)");
    await page.keyboard.press("End");
    const end = await cursor(page);
    await page.keyboard.press("ArrowLeft");
    await expect(page.getByRole("radio", { name: "Active", exact: true })).toBeChecked();
    expect(await cursor(page)).toBe(end - 1);
  });

  test("in presenter mode, PageUp/PageDown step even right after typing in the terminal", async ({
    page,
  }) => {
    await openWorkbench(page);
    await page.keyboard.press("End");
    await page.getByRole("button", { name: /Presenter/ }).click();
    const presenter = page.getByTestId("presenter");
    await expect(presenter).toBeVisible();
    const xterm = presenter.locator(".xterm-helper-textarea");
    await xterm.waitFor({ state: "attached" });
    await xterm.focus();
    await page.keyboard.type("pwd");
    await page.keyboard.press("Enter");
    // The line runs in the background worker: wait until it is in the trace and the cursor at its end.
    await expect
      .poll(async () => {
        const all = await workbenchTrace(page);
        return (
          all.some((e) => e.kind === "CommandTyped" && e.text === "pwd") &&
          (await cursor(page)) === all.length - 1
        );
      })
      .toBe(true);
    const end = await cursor(page);
    await page.keyboard.press("PageUp");
    expect(await cursor(page)).toBeLessThan(end);
  });
});

test("a first visit opens a short LAN session at message 0, says where to start, and explains the marks", async ({
  page,
}) => {
  await openWorkbench(page);
  await expect(topology(page)).toHaveValue("lan");
  expect(await cursor(page)).toBe(0);
  await expect(page.getByRole("button", { name: "Play" })).toBeEnabled();
  const start = page.getByTestId("start-here");
  await expect(start).toContainText("Start here");
  await start.getByRole("button", { name: /lesson 1/i }).click();
  await expect(page.getByTestId("lesson-panel")).toBeVisible();
  // A legend for the arrows and the marks drawn on the rows.
  const legend = page.getByTestId("legend");
  for (const words of ["control connection", "data connection", "TCP segment", "▤", "◆", "✕", "⇄"])
    await expect(legend).toContainText(words);
  // ? opens the shortcut sheet; Esc closes it.
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("?");
  const sheet = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(sheet).toBeVisible();
  for (const k of ["PageDown", "Home", "End", "Space", "P", "?"]) await expect(sheet).toContainText(k);
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
});

test("the session survives a reload; New session starts afresh", async ({ page }) => {
  await openWorkbench(page);
  await topology(page).selectOption("client-nat-alg");
  await page.getByRole("radio", { name: "Active", exact: true }).click();
  await typeCommand(page, "pwd");
  await expect
    .poll(async () => (await workbenchTrace(page)).some((e) => e.kind === "CommandTyped" && e.text === "pwd"))
    .toBe(true);
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowRight");
  const at = await cursor(page);
  await page.reload();
  await expect(page.getByTestId("sequence-diagram")).toBeVisible();
  await expect(topology(page)).toHaveValue("client-nat-alg");
  await expect(page.getByRole("radio", { name: "Active", exact: true })).toBeChecked();
  await expect
    .poll(async () => (await workbenchTrace(page)).some((e) => e.kind === "CommandTyped" && e.text === "pwd"))
    .toBe(true);
  expect(await cursor(page)).toBe(at);
  await page.getByRole("button", { name: "New session" }).click();
  await expect(topology(page)).toHaveValue("lan");
  expect((await workbenchTrace(page)).some((e) => e.text === "pwd")).toBe(false);
  await page.reload();
  await expect(topology(page)).toHaveValue("lan");
  expect((await workbenchTrace(page)).some((e) => e.text === "pwd")).toBe(false);
});

import { test, expect, type Page } from "@playwright/test";
import { openWorkbench, toEnd, workbenchTrace } from "./hooks";

// Lines typed at the terminal wait in the workbench and run one at a time, each on the session the line
// before it left (components/workbench/timeline.ts, `typed`). Typed while stepped back, a line first asks
// whether to discard the commands after the cursor: declined, nothing changes and typing still works;
// accepted, the session continues from the cursor.

const verbs = async (page: Page): Promise<string[]> =>
  (await workbenchTrace(page)).flatMap((e) => (e.kind === "CommandSent" && e.verb ? [e.verb] : []));
const cursor = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { __workbench: { cursor: number } }).__workbench.cursor);

async function typeLine(page: Page, line: string): Promise<void> {
  await page.locator(".xterm-helper-textarea").focus();
  await page.keyboard.type(line);
  await page.keyboard.press("Enter");
}

test("a line typed while stepped back asks first; declined it changes nothing, accepted it continues from there", async ({
  page,
}) => {
  await openWorkbench(page);
  await page.waitForFunction(() => window.__ftpTerm !== undefined);
  await toEnd(page);
  await typeLine(page, "pwd");
  await expect.poll(() => verbs(page)).toContain("PWD");
  await toEnd(page);
  const session = await workbenchTrace(page);
  // The client sends SYST itself after logging in.
  const systs = (await verbs(page)).filter((v) => v === "SYST").length;

  // One command back on the diagram: the cursor ends `ls`, so `pwd` comes after it.
  await page.locator("[data-diagram-home]").first().focus();
  await page.keyboard.press("Shift+ArrowLeft");
  const back = await cursor(page);
  expect(back).toBeLessThan(session.length - 1);

  const asked: string[] = [];
  page.once("dialog", (d) => {
    asked.push(d.message());
    void d.dismiss();
  });
  await typeLine(page, "syst");
  await expect.poll(() => asked.length).toBe(1);
  expect(asked[0]).toMatch(/discards the later command\b/);
  // Declined: the same session, the cursor where the learner left it.
  await page.waitForTimeout(300);
  expect((await workbenchTrace(page)).length).toBe(session.length);
  expect(await cursor(page)).toBe(back);

  // Typing still works (nothing is left waiting), and accepted the session continues from the cursor.
  page.once("dialog", (d) => void d.accept());
  await typeLine(page, "syst");
  await expect.poll(async () => (await verbs(page)).filter((v) => v === "SYST").length).toBe(systs + 1);
  expect(await verbs(page)).not.toContain("PWD");
});

test("lines typed while a command runs wait their turn and each runs once, in order", async ({ page }) => {
  await openWorkbench(page);
  await page.waitForFunction(() => window.__ftpTerm !== undefined);
  await toEnd(page);
  // Typed without waiting for any answer: the first is still in the worker when the others arrive.
  await page.locator(".xterm-helper-textarea").focus();
  for (const line of ["pwd", "syst", "pwd", "type ascii", "pwd"]) {
    await page.keyboard.type(line);
    await page.keyboard.press("Enter");
  }
  await expect.poll(async () => (await verbs(page)).filter((v) => v === "PWD").length).toBe(3);
  const all = await verbs(page);
  expect(all.slice(all.indexOf("PWD"))).toEqual(["PWD", "SYST", "PWD", "TYPE", "PWD"]);
});

import { test, expect, type Page } from "@playwright/test";
import { openWorkbench, workbenchTrace } from "./hooks";

/*
 * Issue 15, item 10 (part): raw mode never traps the learner. Inside `nc server 21` the client waits for
 * the next line with no prompt; Ctrl+C there ends nc (our side closes the connection), and ftp> is back.
 */

test.use({ reducedMotion: "reduce" });

async function type(page: Page, line: string) {
  await page.keyboard.type(line);
  await page.keyboard.press("Enter");
}

test("Ctrl+C leaves nc, between lines too", async ({ page }) => {
  await openWorkbench(page);
  await page.getByRole("button", { name: "New session" }).click();
  const xterm = page.locator(".xterm-helper-textarea").first();
  await xterm.waitFor({ state: "attached" });
  await xterm.focus();
  await type(page, "quit");
  await type(page, "nc server 21");
  await expect
    .poll(async () => (await workbenchTrace(page)).some((e) => e.note?.key === "client.note.raw"))
    .toBe(true);
  await type(page, "PASV");
  await expect
    .poll(async () => (await workbenchTrace(page)).some((e) => e.kind === "ReplySent" && e.code === 227))
    .toBe(true);
  await page.keyboard.press("Control+C");
  await expect
    .poll(async () => (await workbenchTrace(page)).some((e) => e.note?.key === "client.raw.closed"))
    .toBe(true);
  // Back at ftp>: a client command runs again (not sent to the server as text).
  await type(page, "open server");
  await expect
    .poll(
      async () => (await workbenchTrace(page)).filter((e) => e.kind === "ReplySent" && e.code === 220).length,
    )
    .toBe(3);
});

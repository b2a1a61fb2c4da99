import { test, expect, type Page } from "@playwright/test";
import { openWorkbench, workbenchTrace } from "./hooks";

/*
 * Issue 15, item 10 (part): raw mode never traps the learner. Inside `nc server 21` the client waits for
 * the next line with no prompt; Ctrl+C there ends nc (our side closes the connection), and ftp> is back.
 * Ctrl+D does not end Debian's nc 1.219 (measured: it stops reading its input and waits for the server to
 * close); the terminal says so instead of ending it.
 */

test.use({ reducedMotion: "reduce" });

async function type(page: Page, line: string) {
  await page.keyboard.type(line);
  await page.keyboard.press("Enter");
}

/** A new session, the ftp program left, and `nc server 21` open: lines now go to vsftpd as typed. */
async function rawSession(page: Page) {
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
}

test("Ctrl+C leaves nc, between lines too", async ({ page }) => {
  await rawSession(page);
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

test("Ctrl+D in nc says what the real nc does (waits for the server) and nc stays open; Ctrl+C leaves", async ({
  page,
}) => {
  await rawSession(page);
  const before = (await workbenchTrace(page)).length;
  await page.keyboard.press("Control+D");
  await expect(page.locator(".xterm-rows").first()).toContainText("netcat-openbsd");
  // Nothing was sent and nc is still open: the next line still reaches vsftpd.
  expect((await workbenchTrace(page)).length).toBe(before);
  await type(page, "USER anonymous");
  await expect
    .poll(async () =>
      (await workbenchTrace(page)).slice(before).some((e) => e.kind === "ReplySent" && e.code === 331),
    )
    .toBe(true);
  await page.keyboard.press("Control+C");
  await expect
    .poll(async () => (await workbenchTrace(page)).some((e) => e.note?.key === "client.raw.closed"))
    .toBe(true);
});

test("in nc, `nc server <port>` after PASV opens the data connection by hand and the listing arrives", async ({
  page,
}) => {
  await rawSession(page);
  for (const line of ["USER anonymous", "PASS a@b"]) await type(page, line);
  await type(page, "PASV");
  // The port the 227 typed in this nc session names (not one of an earlier session's).
  const passivePort = async () => {
    const trace = await workbenchTrace(page);
    const typed = trace.map((e) => e.kind === "CommandTyped" && e.text === "PASV").lastIndexOf(true);
    const r227 = trace.slice(typed).find((e) => e.kind === "ReplySent" && e.code === 227);
    const m = typed < 0 ? null : /,(\d+),(\d+)\)/.exec(r227?.text ?? "");
    return m ? Number(m[1]) * 256 + Number(m[2]) : 0;
  };
  await expect.poll(passivePort).toBeGreaterThan(1023);
  const port = await passivePort();
  await type(page, `nc server ${port}`);
  await type(page, "LIST");
  await expect
    .poll(async () => (await workbenchTrace(page)).some((e) => e.kind === "ReplySent" && e.code === 226))
    .toBe(true);
  // The listing came on the data connection and the terminal shows it; nc was not sent as a command.
  await expect(page.locator(".xterm-rows").first()).toContainText("pub");
  const trace = await workbenchTrace(page);
  expect(trace.some((e) => e.kind === "CommandSent" && /^nc /.test(e.text ?? ""))).toBe(false);
  expect(trace.some((e) => e.kind === "DataSent")).toBe(true);
});

test("in nc, LIST with no data connection is not a trap: vsftpd's accept_timeout answers 425, then QUIT gets 221", async ({
  page,
}) => {
  await rawSession(page);
  for (const line of ["USER anonymous", "PASS a@b", "PASV", "LIST", "QUIT"]) await type(page, line);
  // Simulated time passes (as a learner waiting a minute): vsftpd gives up on the data connection at 60 s.
  await type(page, "wait 61");
  const replies = async () => {
    const trace = await workbenchTrace(page);
    const opened = trace.map((e) => e.note?.key === "client.note.raw").lastIndexOf(true);
    return trace
      .slice(opened)
      .filter((e) => e.kind === "ReplySent" && e.to.host === "client")
      .map((e) => e.code);
  };
  await expect.poll(replies).toEqual([220, 331, 230, 227, 425, 221]);
  await expect(page.locator(".xterm-rows").first()).toContainText("425");
});

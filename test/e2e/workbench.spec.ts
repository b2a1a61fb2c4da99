import { test, expect, type Page } from "@playwright/test";
import { catalogs } from "@/lib/i18n";
import { toEnd, workbenchTrace } from "./hooks";

/*
 * The workbench in a real browser, against the production build and the real simulation.
 * Accessible names come from the message catalogue, so every test pins the UI to English through the
 * remembered language (localStorage "ftpviz.lang"); one test checks the switch to Spanish.
 * The diagram is virtualised (only rows near the viewport exist), so whole-trace facts are read from
 * the read-only hook window.__workbench and rows are brought into view by moving the cursor.
 */

const SCREENS = "test-results/screens";

// Screenshots show finished arrows: reduced motion draws them at once (one test below checks motion).
test.use({ reducedMotion: "reduce" });

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    if (!window.localStorage.getItem("ftpviz.lang")) window.localStorage.setItem("ftpviz.lang", "en");
  });
  await page.goto("/");
  await expect(page.getByTestId("sequence-diagram")).toBeVisible();
  await toEnd(page);
});

const trace = workbenchTrace;
const slider = (page: Page) => page.getByRole("slider", { name: "Position in the session" });
const cursor = async (page: Page) => Number(await slider(page).inputValue());
const currentRow = (page: Page) => page.locator('[data-testid="trace-entry"][aria-current="step"]');

async function setup(page: Page, topology: string, mode: "Active" | "Passive" | "EPSV") {
  await page.getByLabel("Topology").selectOption(topology);
  await page.getByRole("radio", { name: mode, exact: true }).check();
  // The status line names the topology by its title, never by its id.
  const title = catalogs.en[`net.preset.${topology}.title`];
  await expect(page.getByText(/^New session started/)).toContainText(`(${title}, ${mode})`);
}

/** Moves the cursor to an entry (so its row is drawn and scrolled into view). */
async function goTo(page: Page, seq: number) {
  await slider(page).fill(String(seq));
  await expect(currentRow(page)).toBeVisible();
}

async function typeCommand(page: Page, line: string) {
  // The terminal panel (xterm, loaded after mount) takes keystrokes through its helper textarea.
  const xterm = page.locator(".xterm-helper-textarea");
  await xterm.waitFor({ state: "attached" });
  await xterm.focus();
  await page.keyboard.type(line);
  await page.keyboard.press("Enter");
}

test("passive mode draws control and data arrows that look different", async ({ page }) => {
  await setup(page, "client-nat", "Passive");
  const all = await trace(page);
  expect(all.some((e) => e.kind === "CommandSent" && e.channel === "control")).toBe(true);
  const data = all.find((e) => e.kind === "DataSent" && e.channel === "data");
  expect(data, "a data transfer happened").toBeTruthy();
  await goTo(page, data!.seq);
  const dataRow = page.locator(`[data-testid="trace-entry"][data-seq="${data!.seq}"]`);
  await expect(dataRow).toHaveAttribute("data-channel", "data");
  await expect(dataRow).toContainText("data");
  // Solid vs dashed: meaning is not carried by colour alone.
  const dash = await dataRow.locator("line").evaluate((l) => getComputedStyle(l).strokeDasharray);
  expect(dash).not.toBe("none");
  const control = page
    .locator('[data-testid="trace-entry"][data-channel="control"][data-kind="ReplySent"]')
    .first();
  await expect(control).toBeVisible();
  const solid = await control.locator("line").evaluate((l) => getComputedStyle(l).strokeDasharray);
  expect(solid).toBe("none");
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height, "fits 1280×720 without page scrolling").toBeLessThanOrEqual(720);
  await page.screenshot({ path: `${SCREENS}/workbench-passive.png` });
  // Folded, each connection's handshake on a link is one "TCP connect" row.
  await page.getByLabel("Fold TCP handshakes").check();
  await page.getByRole("button", { name: "Go to start" }).click();
  await page.getByRole("button", { name: "Next command" }).click();
  await expect(page.locator('[data-testid="trace-entry"][data-fold="connect"]').first()).toContainText(
    "TCP connect",
  );
  await page.screenshot({ path: `${SCREENS}/workbench-folded.png` });
});

test("stepping back and forward moves the cursor and the highlighted entry", async ({ page }) => {
  const end = await cursor(page);
  const highlighted = await currentRow(page).getAttribute("data-seq");
  await page.getByRole("button", { name: "Step back" }).click();
  expect(await cursor(page)).toBeLessThan(end);
  await expect(currentRow(page)).not.toHaveAttribute("data-seq", highlighted!);
  await expect(page.getByRole("region", { name: "Inspector" })).toContainText(`#${await cursor(page)}`);
  await page.getByRole("button", { name: "Step back" }).click();
  await page.screenshot({ path: `${SCREENS}/workbench-step-back.png` });
  await page.getByRole("button", { name: "Step forward" }).click();
  await page.getByRole("button", { name: "Step forward" }).click();
  expect(await cursor(page)).toBe(end);
  await expect(currentRow(page)).toHaveAttribute("data-seq", highlighted!);
});

test("client-nat in active mode gets 500 Illegal PORT command. and opens no data connection", async ({
  page,
}) => {
  await setup(page, "client-nat", "Active");
  const all = await trace(page);
  const refused = all.find((e) => e.kind === "ReplySent" && e.code === 500);
  expect(refused?.text).toContain("500 Illegal PORT command.");
  // The client listened for it, but no segment of a data connection ever crossed the network.
  const crossing = ["SegmentSent", "DataSent", "SegmentDropped"];
  expect(all.filter((e) => e.channel === "data" && crossing.includes(e.kind))).toEqual([]);
  await goTo(page, refused!.seq);
  const row = page.locator(`[data-testid="trace-entry"][data-code="500"]`).first();
  await expect(row).toContainText("500 Illegal PORT command.");
  await expect(row).toContainText("5xx");
  await page.screenshot({ path: `${SCREENS}/workbench-client-nat-active.png` });
});

test("client-nat-alg shows the ALG rewriting PORT", async ({ page }) => {
  await setup(page, "client-nat-alg", "Active");
  const all = await trace(page);
  const rewrite = all.find(
    (e) => e.kind === "NatTranslated" && e.before?.text && e.before.text !== e.after?.text,
  );
  expect(rewrite, "the ALG rewrote a payload").toBeTruthy();
  expect(rewrite!.before!.text).toContain("192,168,1,10");
  await goTo(page, rewrite!.seq);
  const row = page.locator(`[data-testid="trace-entry"][data-seq="${rewrite!.seq}"]`);
  await expect(row).toHaveAttribute("data-kind", "NatTranslated");
  await expect(row).toContainText("ALG rewrote");
  await expect(row).toContainText("→");
  const inspector = page.getByRole("region", { name: "Inspector" });
  await expect(inspector).toContainText("192,168,1,10");
  await expect(inspector).toContainText(rewrite!.after!.text!.split(/\r?\n/)[0]!.slice(0, 12));
  expect(all.some((e) => e.kind === "DataSent")).toBe(true);
  await page.screenshot({ path: `${SCREENS}/workbench-client-nat-alg.png` });
});

test("keyboard: arrows step, Shift steps by command, Home/End jump, Space plays", async ({ page }) => {
  const end = await cursor(page);
  await page.locator("body").click({ position: { x: 5, y: 715 } });
  await page.keyboard.press("ArrowLeft");
  const oneBack = await cursor(page);
  expect(oneBack).toBeLessThan(end);
  await page.keyboard.press("Shift+ArrowLeft");
  const commandBack = await cursor(page);
  expect(commandBack).toBeLessThan(oneBack);
  expect((await trace(page))[commandBack + 1]?.kind).toBe("CommandTyped");
  await page.keyboard.press("Home");
  expect(await cursor(page)).toBe(0);
  await page.keyboard.press("ArrowRight");
  expect(await cursor(page)).toBeGreaterThan(0);
  await page.keyboard.press("Shift+ArrowRight");
  await page.screenshot({ path: `${SCREENS}/workbench-keyboard.png` });
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: "Play" })).toBeVisible();
  await page.keyboard.press("End");
  expect(await cursor(page)).toBe(end);
  // Keys typed into the terminal are the terminal's own.
  await page.locator(".xterm-helper-textarea").focus();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Home");
  expect(await cursor(page)).toBe(end);
});

test("a typed command extends the session and the cursor follows it", async ({ page }) => {
  const before = (await trace(page)).length;
  await typeCommand(page, "pwd");
  await expect.poll(async () => (await trace(page)).length).toBeGreaterThan(before);
  const all = await trace(page);
  expect(all.some((e) => e.kind === "CommandSent" && e.verb === "PWD")).toBe(true);
  await expect.poll(() => cursor(page)).toBe(all.length - 1);
  await expect(page.locator('[data-testid="trace-entry"][data-code="257"]').last()).toBeVisible();
});

test("the language switch translates the controls and is remembered", async ({ page }) => {
  await page.getByRole("button", { name: "ES", exact: true }).click();
  await expect(page.getByRole("button", { name: "Paso adelante" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("button", { name: "Paso adelante" })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/workbench-es.png` });
});

test.describe("with motion", () => {
  test.use({ reducedMotion: "no-preference" });

  test("the newest arrow travels from sender to receiver", async ({ page }) => {
    // Message #1 is the SYN, an arrow (the session's last rows are marks on one lifeline).
    await page.getByRole("button", { name: "Go to start" }).click();
    await page.getByRole("button", { name: "Step forward" }).click();
    const line = currentRow(page).locator("line").first();
    const x1 = Number(await line.getAttribute("x1"));
    const early = Number(await line.getAttribute("x2"));
    await expect
      .poll(async () => Math.abs(Number(await line.getAttribute("x2")) - x1))
      .toBeGreaterThan(Math.abs(early - x1) + 20);
  });
});

test("the client program: ftp.exe speaks as Windows does and cannot choose passive; tnftp tries EPSV first", async ({
  page,
}) => {
  await page.getByLabel("Client program").selectOption("windows");
  // ftp.exe has no passive mode: the strip says so by greying it out.
  await expect(page.getByRole("radio", { name: "Passive", exact: true })).toBeDisabled();
  await expect(page.getByRole("radio", { name: "Active", exact: true })).toBeChecked();
  await expect
    .poll(async () =>
      (await trace(page)).some((e) => e.kind === "CommandSent" && e.text === "OPTS UTF8 ON\r\n"),
    )
    .toBe(true);
  const win = await trace(page);
  expect(win.some((e) => e.kind === "CommandSent" && /^PORT /.test(e.text ?? ""))).toBe(true);
  expect(win.some((e) => e.kind === "CommandSent" && e.text === "NLST\r\n")).toBe(true);
  expect(
    win.some((e) => e.kind === "ClientPrinted" && /^User \(server:\(none\)\): $/.test(e.text ?? "")),
  ).toBe(true);
  await page.screenshot({ path: `${SCREENS}/workbench-program-windows.png` });

  await page.getByLabel("Client program").selectOption("tnftp");
  await expect(page.getByRole("radio", { name: "Passive", exact: true })).toBeEnabled();
  await page.getByRole("radio", { name: "Passive", exact: true }).check();
  await expect
    .poll(async () => (await trace(page)).some((e) => e.kind === "CommandSent" && e.text === "FEAT\r\n"))
    .toBe(true);
  const tn = await trace(page);
  expect(tn.some((e) => e.kind === "CommandSent" && e.text === "EPSV\r\n")).toBe(true);
  expect(tn.some((e) => e.kind === "CommandSent" && e.text === "PASV\r\n")).toBe(false);
});

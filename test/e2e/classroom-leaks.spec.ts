import { test, expect, type Page } from "@playwright/test";
import { settled, workbenchTrace } from "./hooks";

/*
 * Issue 15, item 11: rough edges a Spanish-speaking teacher saw. TFTP mode shows nothing of FTP (no
 * Pasivo, no ftp>), the topology list is not cut, the project's scenario .json files import, typing
 * into an imported (read-only) trace says why nothing runs, and import errors are in Spanish.
 */

test.use({ reducedMotion: "reduce" });

async function open(page: Page, lang: "es" | "en" = "es") {
  await page.addInitScript((l) => window.localStorage.setItem("ftpviz.lang", l), lang);
  await page.goto("/");
  await expect(page.getByTestId("sequence-diagram")).toBeVisible();
  await settled(page);
}

test("TFTP mode shows no FTP transfer mode and its typed rows read tftp>", async ({ page }) => {
  await open(page);
  await page.getByRole("radio", { name: "TFTP" }).check();
  await settled(page);
  await expect.poll(async () => (await workbenchTrace(page)).some((e) => e.layer === "tftp")).toBe(true);
  await expect(page.getByText("Modo de transferencia")).toHaveCount(0);
  await expect(page.getByRole("radio", { name: "Pasivo" })).toHaveCount(0);
  await page.locator("[data-diagram-home]").first().focus();
  await page.keyboard.press("End");
  const typed = page.locator('[data-testid=trace-entry][data-kind="CommandTyped"]');
  await expect(typed.first()).toBeAttached();
  for (const text of await typed.locator("title").allTextContents()) expect(text).toMatch(/^tftp> /);
});

for (const size of [
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
])
  test(`the topology list shows its longest title whole (${size.width})`, async ({ page }) => {
    await page.setViewportSize(size);
    await open(page);
    const select = page.locator("select").filter({ has: page.locator('option[value="client-nat"]') });
    await select.selectOption("server-nat-pasv-address");
    await settled(page);
    // As wide as the browser makes a list for its longest option: nothing narrower cuts the title.
    const widths = await select.evaluate((el: HTMLSelectElement) => {
      const now = el.getBoundingClientRect().width;
      const before = el.style.cssText;
      el.style.maxWidth = "none";
      el.style.minWidth = "0";
      const natural = el.getBoundingClientRect().width;
      el.style.cssText = before;
      return { now, natural };
    });
    expect(widths.now).toBeGreaterThanOrEqual(widths.natural - 0.5);
  });

test("typing into an imported trace says why nothing runs", async ({ page }) => {
  await open(page);
  const trace = await workbenchTrace(page);
  const jsonl = trace.map((e) => JSON.stringify(e)).join("\n") + "\n";
  await page.getByTestId("import-trace").setInputFiles({
    name: "sesion.jsonl",
    mimeType: "application/x-ndjson",
    buffer: Buffer.from(jsonl),
  });
  await expect(page.getByTestId("teaching-status")).toContainText("solo lectura");
  const xterm = page.locator(".xterm-helper-textarea").first();
  await xterm.focus();
  await page.keyboard.type("ls");
  await page.keyboard.press("Enter");
  await expect(page.locator(".xterm-rows").first()).toContainText("no se ejecuta");
  expect((await workbenchTrace(page)).length).toBe(trace.length);
});

test("a scenario .json of the project imports as the session, from its first message", async ({ page }) => {
  await open(page);
  await page.getByTestId("import-trace").setInputFiles("examples/client-nat-active.json");
  await expect(page.getByTestId("teaching-status")).toContainText("Escenario client-nat-active.json cargado");
  await expect
    .poll(async () =>
      (await workbenchTrace(page)).filter((e) => e.kind === "CommandTyped").map((e) => e.text),
    )
    .toEqual(["open server", "user anonymous", "", "ls", "bye"]); // the password is never recorded
  // Active mode behind NAT without the ALG: the server refuses PORT, as the scenario is meant to show.
  expect((await workbenchTrace(page)).some((e) => e.kind === "ReplySent" && e.code === 500)).toBe(true);
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { __workbench: { cursor: number } }).__workbench.cursor),
    )
    .toBe(0);
  // It is the learner's own session (not a read-only trace): the strip shows its topology.
  await expect(
    page.locator("select").filter({ has: page.locator('option[value="client-nat"]') }),
  ).toHaveValue("client-nat");
});

test("a scenario with wrong fields names them and the session stays", async ({ page }) => {
  await open(page);
  const before = (await workbenchTrace(page)).length;
  await page.getByTestId("import-trace").setInputFiles({
    name: "mal.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ topology: "luna", commands: ["open server"] })),
  });
  const status = page.getByTestId("teaching-status");
  await expect(status).toContainText("mal.json parece un escenario");
  await expect(status).toContainText("topology");
  expect((await workbenchTrace(page)).length).toBe(before);
});

for (const [lang, broken, says, never] of [
  ["es", "No se pudo importar rota.jsonl", "línea 2: no es JSON válido", "line "],
  ["en", "Could not import rota.jsonl", "line 2: not valid JSON", "línea"],
] as const)
  test(`trace import problems are said in the learner's language (${lang})`, async ({ page }) => {
    await open(page, lang);
    await page.getByTestId("import-trace").setInputFiles({
      name: "rota.jsonl",
      mimeType: "application/x-ndjson",
      buffer: Buffer.from('{"seq":0}\nno es json\n'),
    });
    const status = page.getByTestId("teaching-status");
    await expect(status).toContainText(broken);
    await expect(status).toContainText(says);
    await expect(status).not.toContainText(never);
  });

test("folding TCP handshakes keeps the NAT rows (client-nat)", async ({ page }) => {
  await open(page, "en");
  const select = page.locator("select").filter({ has: page.locator('option[value="client-nat"]') });
  await select.selectOption("client-nat");
  await settled(page);
  await expect
    .poll(async () => (await workbenchTrace(page)).some((e) => e.kind === "NatTranslated"))
    .toBe(true);
  await page.getByLabel("Fold TCP handshakes").check();
  await page.getByRole("button", { name: "Go to start" }).click();
  await page.getByRole("button", { name: "Next command" }).click();
  const rows = page.locator('[data-testid="trace-entry"]');
  await expect(rows.and(page.locator('[data-fold="connect"]')).first()).toBeVisible();
  await expect(rows.and(page.locator('[data-kind="NatTranslated"]')).first()).toBeVisible();
});

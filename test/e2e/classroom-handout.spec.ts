import { test, expect, type Page } from "@playwright/test";
import "@/lib/i18n";
import { transcript } from "@/lib/trace/transcript";
import { settled, workbenchTrace } from "./hooks";

/*
 * Issue 15, item 6: a printable handout of the whole session (or the range chosen in the Export menu):
 * the diagram with every row and the lifelines' addresses, and the transcript with each reply's
 * explanation, in the UI's language; printed alone, black on white, without the controls.
 */

test.use({ reducedMotion: "reduce" });

const WORDS = {
  es: {
    export: "Exportar",
    handout: "Versión para imprimir",
    from: "desde #",
    to: "hasta #",
    part: "Diagrama, parte",
  },
  en: { export: "Export", handout: "Printable handout", from: "from #", to: "to #", part: "Diagram, part" },
} as const;

async function open(page: Page, lang: "es" | "en") {
  await page.addInitScript((l) => {
    window.localStorage.setItem("ftpviz.lang", l);
    // window.print() is recorded, not run: headless Chromium has no print dialog to wait for.
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  }, lang);
  await page.goto("/");
  await expect(page.getByTestId("sequence-diagram")).toBeVisible();
  await settled(page);
}

async function openHandout(page: Page, lang: "es" | "en", range?: { from: number; to: number }) {
  await page.getByText(WORDS[lang].export, { exact: true }).click();
  if (range) {
    await page.getByLabel(WORDS[lang].from).fill(String(range.from));
    await page.getByLabel(WORDS[lang].to).fill(String(range.to));
  }
  await page.getByRole("button", { name: WORDS[lang].handout }).click();
  const handout = page.getByTestId("handout");
  await expect(handout).toBeVisible();
  await expect(handout.getByTestId("handout-part").first()).toBeVisible();
  return handout;
}

/** The row numbers (#n) drawn in the handout's diagram parts. */
const rowNumbers = (page: Page) =>
  page
    .getByTestId("handout-part")
    .locator("svg text")
    .allTextContents()
    .then((texts) => texts.filter((t) => /^#\d+$/.test(t)).map((t) => Number(t.slice(1))));

for (const lang of ["es", "en"] as const)
  test(`the handout holds every row of the session and each explanation, printed alone (${lang})`, async ({
    page,
  }) => {
    await open(page, lang);
    const trace = await workbenchTrace(page);
    const handout = await openHandout(page, lang);
    await page.emulateMedia({ media: "print" });

    // Every row of the session, whatever the cursor (the page opens at message 0).
    expect(await rowNumbers(page)).toEqual(trace.map((e) => e.seq));
    await expect(handout.getByTestId("handout-range")).toHaveText(
      lang === "es"
        ? `Toda la sesión: ${trace.length} mensajes, del #0 al #${trace.length - 1}`
        : `The whole session: ${trace.length} messages, #0 to #${trace.length - 1}`,
    );
    // The lifelines' heads with their addresses, on every part.
    const parts = handout.getByTestId("handout-part");
    for (let i = 0; i < (await parts.count()); i++)
      await expect(parts.nth(i).locator("svg")).toContainText("192.168.1.10");

    // The transcript with each reply's explanation, in the UI's language.
    const lines = transcript(trace, trace.length - 1, { verbose: true, explain: true, lang });
    const explained = lines.filter((l) => l.style === "explain").map((l) => l.text);
    expect(explained.length).toBeGreaterThan(3);
    const text = await handout.getByTestId("handout-transcript").innerText();
    for (const e of explained) expect(text).toContain(e);
    expect(text).toContain("220 (vsFTPd 3.0.3)");

    // Printed alone: the workbench and the handout's own buttons are not on paper; black on white.
    await expect(page.getByTestId("sequence-diagram")).toBeHidden();
    // (Hidden in print, so out of the accessibility tree: found by tag.)
    await expect(handout.locator("button")).toHaveCount(2);
    for (const b of await handout.locator("button").all()) await expect(b).toBeHidden();
    const ink = await handout.locator("h1").evaluate((el) => getComputedStyle(el).color);
    expect(ink).toBe("rgb(0, 0, 0)");
    const paper = await handout.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(paper).toBe("rgb(255, 255, 255)");
    // Page breaks fall between rows: each diagram part and each command's block is kept whole.
    for (const el of [parts.first(), handout.getByTestId("handout-transcript").locator("div").first()])
      expect(await el.evaluate((e) => getComputedStyle(e).breakInside)).toBe("avoid");

    // Chromium prints it: a PDF of several pages.
    const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
    expect((pdf.match(/\/Type\s*\/Page\b/g) ?? []).length).toBeGreaterThan(1);
    await page.emulateMedia({ media: "screen" });

    // Print runs the browser's print; Esc returns to the workbench.
    await handout.getByRole("button", { name: lang === "es" ? "Imprimir" : "Print" }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.keyboard.press("Escape");
    await expect(handout).toBeHidden();
    await expect(page.getByTestId("sequence-diagram")).toBeVisible();
  });

test("a range chosen in the Export menu gives a handout of those rows and their lines only", async ({
  page,
}) => {
  await open(page, "es");
  const trace = await workbenchTrace(page);
  const handout = await openHandout(page, "es", { from: 7, to: 12 });
  expect(await rowNumbers(page)).toEqual([7, 8, 9, 10, 11, 12]);
  await expect(handout.getByTestId("handout-range")).toHaveText(
    `Mensajes del #7 al #12 (6 de los ${trace.length} de la sesión)`,
  );
  const all = transcript(trace, 12, { verbose: true, explain: true, lang: "es" });
  const text = await handout.getByTestId("handout-transcript").innerText();
  for (const l of all) if (l.seq >= 7 && l.text.trim()) expect(text).toContain(l.text.trim());
  for (const l of all) if (l.seq < 7 && l.style === "typed") expect(text).not.toContain(l.text);
  await handout.getByRole("button", { name: "Volver" }).click();
  await expect(handout).toBeHidden();
});

test("a range chosen on the slider: from here, move, to here", async ({ page }) => {
  await open(page, "es");
  const cursor = () =>
    page.evaluate(() => (window as unknown as { __workbench: { cursor: number } }).__workbench.cursor);
  const step = async (n: number) => {
    await page.locator("[data-diagram-home]").first().focus();
    for (let i = 0; i < n; i++) await page.keyboard.press("ArrowRight");
    await expect.poll(cursor).toBeGreaterThan(0);
    return cursor();
  };
  const from = await step(3);
  await page.getByText("Exportar", { exact: true }).click();
  await page.getByRole("button", { name: `desde aquí (#${from})` }).click();
  await page.keyboard.press("Escape");
  await page.locator("[data-diagram-home]").first().focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
  await expect.poll(cursor).toBeGreaterThan(from);
  const to = await cursor();
  await page.getByText("Exportar", { exact: true }).click();
  await page.getByRole("button", { name: `hasta aquí (#${to})` }).click();
  await expect(page.getByLabel("desde #")).toHaveValue(String(from));
  await expect(page.getByLabel("hasta #")).toHaveValue(String(to));
  await page.getByRole("button", { name: "Versión para imprimir" }).click();
  await expect(page.getByTestId("handout-part").first()).toBeVisible();
  expect(await rowNumbers(page)).toEqual(Array.from({ length: to - from + 1 }, (_, i) => from + i));
});

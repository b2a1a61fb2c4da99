import { test, expect, type Page } from "@playwright/test";
import { openAt } from "./hooks";

/*
 * Issue 21, item 2: a typed row carries the prompt that was actually waiting. The opening session logs
 * in at netkit's "Name (server:alumno):" prompt and at "Password:"; those rows were titled
 * "ftp> anonymous" and "ftp>". The terminal, the diagram and the printable handout agree now, and the
 * password is never shown (the real client does not echo it).
 */

test.use({ reducedMotion: "reduce" });

const SCREENS = "test-results/screens";
const PASSWORD = "guest@example.org";

const cursor = (page: Page) =>
  page.evaluate(() => (window as unknown as { __workbench: { cursor: number } }).__workbench.cursor);

/** The titles of the typed rows the diagram draws (the diagram only draws rows near the viewport). */
const typedTitles = (page: Page) =>
  page
    .locator('[data-testid="trace-entry"][data-kind="CommandTyped"] title')
    .allTextContents()
    .then((ts) => ts.map((t) => t.split("\n", 1)[0]!));

for (const lang of ["es", "en"] as const)
  for (const [width, height] of [
    [1024, 768],
    [1920, 1080],
  ] as const)
    test(`typed rows read the prompt that was waiting (${lang}, ${width}×${height})`, async ({ page }) => {
      await openAt(page, lang, width, height);
      // Step command by command from the start until the password's row is drawn (bounded).
      await page.locator("[data-diagram-home]").first().focus();
      await page.keyboard.press("Home");
      for (let i = 0; i < 6 && !(await typedTitles(page)).includes("Password:"); i++) {
        const before = await cursor(page);
        await page.keyboard.press("Shift+ArrowRight");
        await expect.poll(() => cursor(page)).toBeGreaterThan(before);
      }
      const titles = await typedTitles(page);
      expect(titles).toContain("Name (server:alumno): anonymous");
      expect(titles).toContain("Password:");
      expect(titles).not.toContain("ftp> anonymous");
      // The real client echoes nothing at Password: (the wire still carries PASS, on its own row).
      expect(titles.join("\n")).not.toContain(PASSWORD);
      await page
        .locator('[data-testid="trace-entry"][data-kind="CommandTyped"]')
        .filter({ hasText: "Name (server:alumno)" })
        .scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENS}/typed-prompts-${lang}-${width}.png` });
    });

test("the printable handout's diagram and transcript read the same prompts", async ({ page }) => {
  await openAt(page, "en", 1280, 720);
  await page.getByText("Export", { exact: true }).click();
  await page.getByRole("button", { name: "Printable handout" }).click();
  const handout = page.getByTestId("handout");
  await expect(handout.getByTestId("handout-part").first()).toBeVisible();
  const rows = (await handout.getByTestId("handout-part").locator("svg text").allTextContents()).join("\n");
  expect(rows).toContain("Name (server:alumno): anonymous");
  expect(rows).toContain("Password:");
  expect(rows).not.toContain("ftp> anonymous");
  const said = await handout.getByTestId("handout-transcript").innerText();
  expect(said).toContain("Name (server:alumno): anonymous");
  expect(said).toContain("Password:");
  // Typed rows and lines never show the password (PASS on the wire is its own row: "watch the wire").
  for (const text of [rows, said]) {
    expect(text).not.toContain(`Password: ${PASSWORD}`);
    expect(text).not.toContain(`ftp> ${PASSWORD}`);
  }
  await page.screenshot({ path: `${SCREENS}/typed-prompts-handout-en.png`, fullPage: false });
});

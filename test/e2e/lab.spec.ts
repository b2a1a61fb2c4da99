import { test, expect } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { settled } from "./hooks";

/*
 * A recorded lab run (test/fixtures/lab) opened in the workbench: the simulation of the same scenario
 * loads, and the table puts each command's real outcome beside the simulated one, marked.
 */

const SCREENS = "test-results/screens";
const RECORD = join(__dirname, "../fixtures/lab/client-nat-active.lab.json");

test.use({ reducedMotion: "reduce" });

for (const lang of ["es", "en"] as const) {
  for (const size of [
    { width: 1024, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    test(`a client-NAT active lab run opens beside its simulation (${lang}, ${size.width}×${size.height})`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await page.addInitScript((l) => window.localStorage.setItem("ftpviz.lang", l), lang);
      await page.goto("/");
      await expect(page.getByTestId("sequence-diagram").first()).toBeVisible();
      await settled(page);
      await page.getByTestId("import-trace").setInputFiles(RECORD);
      const panel = page.getByTestId("lab-compare");
      await expect(panel).toBeVisible();
      const portRow = panel.locator("tr", { hasText: "PORT 192,0,2,10" });
      // vsftpd refuses the NATed PORT for real, as in the simulation (500 on both sides, marked the same).
      await expect(portRow.locator("td").nth(2)).toContainText("500");
      await expect(portRow.locator("td").nth(3)).toContainText("500");
      await expect(portRow.locator("td").nth(4)).toContainText("=");
      await expect(panel.locator("tr", { hasText: "LIST" }).locator("td").nth(3)).toContainText("425");
      await expect(panel.getByRole("status")).toContainText(lang === "es" ? "órdenes" : "commands");
      // The diagram holds the simulation of the record's scenario: the PORT refused there too.
      // (simulated in the background worker, so it may arrive a moment after the panel)
      const codes = () =>
        page.evaluate(() =>
          (window as unknown as { __workbench: { trace: { code?: number }[] } }).__workbench.trace
            .map((e) => e.code)
            .filter((c) => c !== undefined),
        );
      await expect.poll(codes).toContain(500);
      // "Real" puts the captured run in the diagram: the lab's addresses, the same refusal.
      await panel.getByRole("button", { name: lang === "es" ? "Real" : "Real" }).click();
      await expect(panel.getByRole("button", { name: "Real" })).toHaveAttribute("aria-pressed", "true");
      const real = await page.evaluate(
        () =>
          (window as unknown as { __workbench: { trace: { code?: number; from: { addr?: string } }[] } })
            .__workbench.trace,
      );
      expect(real.some((e) => e.from.addr === "192.0.2.10")).toBe(true);
      expect(real.map((e) => e.code)).toContain(500);
      mkdirSync(SCREENS, { recursive: true });
      await page.screenshot({ path: `${SCREENS}/lab-${lang}-${size.width}.png` });
    });
  }
}

test("a damaged lab record is named and loses nothing", async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem("ftpviz.lang", "en"));
  await page.goto("/");
  await expect(page.getByTestId("sequence-diagram").first()).toBeVisible();
  await settled(page);
  const before = await page.evaluate(
    () => (window as unknown as { __workbench: { trace: unknown[] } }).__workbench.trace.length,
  );
  await page.getByTestId("import-trace").setInputFiles({
    name: "broken.lab.json",
    mimeType: "application/json",
    buffer: Buffer.from(
      '{"format":"ftpviz-lab/1","scenario":{"topology":"lan","commands":[]},"events":5,"received":[]}',
    ),
  });
  await expect(page.getByText(/broken\.lab\.json is not a lab record/)).toBeVisible();
  await expect(page.getByTestId("lab-compare")).toHaveCount(0);
  const after = await page.evaluate(
    () => (window as unknown as { __workbench: { trace: unknown[] } }).__workbench.trace.length,
  );
  expect(after).toBe(before);
});

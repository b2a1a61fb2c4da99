import { test, expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { openWorkbench, workbenchTrace } from "./hooks";

/*
 * Issue 15, item 6: exports are handouts — the whole session (or a chosen range of messages) with the
 * lifeline heads and their addresses, wherever the diagram happens to be scrolled.
 */

test.use({ reducedMotion: "reduce" });

async function exportFile(page: Page, button: string): Promise<string> {
  await page.getByText("Export", { exact: true }).click();
  const [dl] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  return (await dl.path())!;
}

const rowNumbers = (svg: string) => [...svg.matchAll(/>#(\d+)</g)].map((m) => Number(m[1]));

test("SVG and PNG export the whole session with full heads, at any cursor", async ({ page }) => {
  await openWorkbench(page);
  const trace = await workbenchTrace(page);
  // The page opens at message 0: the screen shows one row, the handout must show them all.
  const svg = readFileSync(await exportFile(page, "Diagram (SVG)"), "utf8");
  expect(rowNumbers(svg)).toEqual(trace.map((e) => e.seq));
  for (const addr of ["192.168.1.10", "192.168.1.20"]) expect(svg).toContain(addr);
  expect(svg).toContain("220 (vsFTPd 3.0.3)");
  // The menu closed after the choice: nothing covers the diagram.
  await expect(page.getByRole("button", { name: "Diagram (SVG)" })).toBeHidden();

  const png = readFileSync(await exportFile(page, "Diagram (PNG)"));
  expect(png.subarray(1, 4).toString()).toBe("PNG");
  const height = png.readUInt32BE(20);
  expect(height, "every row, at twice the size").toBeGreaterThanOrEqual(2 * 48 * trace.length);
});

test("a range of messages exports only those rows", async ({ page }) => {
  await openWorkbench(page);
  await page.getByText("Export", { exact: true }).click();
  await page.getByLabel("from #").fill("7");
  await page.getByLabel("to #").fill("12");
  const [dl] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Diagram (SVG)" }).click(),
  ]);
  const svg = readFileSync((await dl.path())!, "utf8");
  expect(rowNumbers(svg)).toEqual([7, 8, 9, 10, 11, 12]);
  await page.setContent(svg);
  await page.screenshot({ path: "test-results/screens/export-range.png" });
});

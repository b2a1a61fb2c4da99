import { test, expect } from "@playwright/test";

test("the production build loads with no console errors and no failed requests", async ({ page }) => {
  const problems: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`pageerror: ${err.message}`));
  page.on("requestfailed", (req) => problems.push(`failed: ${req.url()}`));
  page.on("response", (res) => {
    if (res.status() >= 400) problems.push(`${res.status()}: ${res.url()}`);
  });

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("FTP Visualizer");
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: "test-results/screens/home.png" });
  expect(problems).toEqual([]);
});

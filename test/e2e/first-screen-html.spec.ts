import { test, expect } from "@playwright/test";

// The first visit's screen is in the page's HTML (issue 20): with scripts off, the default session's
// first diagram row, the topology strip and the terminal's transcript are already there to read.
test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  for (const size of [
    { width: 1024, height: 768 },
    { width: 1920, height: 1080 },
  ])
    test(`the first screen is readable HTML (${size.width}×${size.height})`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.goto("/");
      const rows = page.getByTestId("trace-entry");
      await expect(rows.first()).toBeVisible();
      // The first visit starts at message 0: the row the cursor is on is that one, marked as the step.
      await expect(page.locator('[data-testid="trace-entry"][aria-current="step"]')).toHaveAttribute(
        "data-seq",
        "0",
      );
      // The row says what happened in words (the static HTML is Spanish, the course's language).
      await expect(rows.first()).toContainText("ftp> open server");
      await expect(page.getByLabel("Topología")).toBeVisible();
      await expect(page.getByTestId("terminal-static")).toContainText("ftp>");
      await page.screenshot({ path: `test-results/screens/first-screen-no-js-${size.width}.png` });
    });
});

test("once scripts run, the drawn diagram replaces the static rows (one row per entry, no doubles)", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.locator("[data-static-rows]")).toHaveCount(0);
  await expect(page.getByTestId("terminal-static")).toHaveCount(0);
  const seqs = await page
    .getByTestId("trace-entry")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-seq")));
  expect(new Set(seqs).size).toBe(seqs.length);
  expect(seqs.length).toBeGreaterThan(0);
});

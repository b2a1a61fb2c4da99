import { test, expect } from "@playwright/test";
import { openWorkbench, toEnd, workbenchTrace } from "./hooks";

// The security panels beside the inspector: the audit of the current vsftpd.conf (with "Show me"
// demos that load into the workbench) and what an eavesdropper on the path reads.
test.use({ reducedMotion: "reduce" });

test.beforeEach(async ({ page }) => {
  await openWorkbench(page);
  await toEnd(page);
});

const trace = workbenchTrace;

test("the audit lists the classroom config's risks, and a demo loads into the workbench", async ({
  page,
}) => {
  await page.getByRole("tab", { name: "Audit" }).click();
  const panel = page.getByTestId("audit-panel");
  await expect(panel).toBeVisible();
  // The default classroom server allows anonymous login and speaks plain FTP: both are findings.
  await expect(panel).toContainText("anonymous_enable");
  await page.screenshot({ path: "test-results/screens/security-audit.png" });
  const before = (await trace(page)).length;
  await panel.getByRole("button").first().click();
  await expect.poll(async () => (await trace(page)).length).not.toBe(before);
  await expect(page.getByRole("status").first()).toContainText("Scenario loaded");
});

test("the eavesdropper reads USER and PASS in clear on every link", async ({ page }) => {
  // Links with a router in between (the first visit is a plain LAN).
  await page.getByLabel("Topology").selectOption("client-nat");
  await toEnd(page);
  await page.getByRole("tab", { name: "Eavesdropper" }).click();
  await expect(page.getByText(/PASS guest@example\.org/).first()).toBeVisible();
  await page.screenshot({ path: "test-results/screens/security-eavesdrop.png" });
});

test("the panel tabs are reachable with the keyboard", async ({ page }) => {
  await page.getByRole("tab", { name: "Inspector" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: "Audit" })).toBeFocused();
  await expect(page.getByTestId("audit-panel")).toBeVisible();
});

import { test, expect, type Page } from "@playwright/test";
import { openWorkbench, workbenchTrace } from "./hooks";

/*
 * Issue 15, item 1: the diagram must always draw the session the workbench holds. Two sessions number
 * their messages from 0 alike, so a row drawn for one must never survive as the row of the other.
 */

test.use({ reducedMotion: "reduce" });

const rowsInDom = (page: Page) => page.locator('[data-testid="trace-entry"]');

/** Every drawn row says what the entry with its number says in the trace the workbench holds now. */
async function expectRowsMatchTrace(page: Page) {
  const trace = await workbenchTrace(page);
  const drawn = await rowsInDom(page).evaluateAll((gs) =>
    gs.map((g) => ({
      seq: Number(g.getAttribute("data-seq")),
      title: g.querySelector("title")?.textContent ?? "",
    })),
  );
  expect(drawn.length).toBeGreaterThan(3);
  for (const { seq, title } of drawn) {
    const e = trace[seq]!;
    const first = (e.text ?? "").split(/\r?\n/, 1)[0]!;
    if (e.kind === "CommandSent" || e.kind === "ReplySent") expect(title, `row #${seq}`).toContain(first);
    // A typed row reads the prompt that was waiting (ftp>, Name (…):, Password:) and what was echoed.
    if (e.kind === "CommandTyped") expect(title, `row #${seq}`).toMatch(/^(ftp> |Name \(|Password:)/);
    if (e.kind === "CommandTyped") expect(title, `row #${seq}`).toContain(first);
    if (e.kind === "SegmentSent") expect(title, `row #${seq}`).not.toMatch(/^ftp>/);
  }
}

test("switching active → passive redraws the diagram as the new session (no rows of the old one)", async ({
  page,
}) => {
  await openWorkbench(page);
  await page.getByLabel("Topology").selectOption("server-nat");
  await page.getByLabel("Topology").selectOption("lan");
  await page.getByRole("radio", { name: "Passive", exact: true }).check();
  await expect(page.getByText(/^New session started/)).toContainText("(Same LAN, Passive)");
  await page.getByRole("radio", { name: "Active", exact: true }).check();
  await expect(page.getByText(/^New session started/)).toContainText("(Same LAN, Active)");
  await expectRowsMatchTrace(page);
  await page.getByRole("radio", { name: "Passive", exact: true }).check();
  await expect(page.getByText(/^New session started/)).toContainText("(Same LAN, Passive)");
  await expectRowsMatchTrace(page);
  // Passive data never comes from the server's port 20, and no active-mode explanation is left over.
  await expect(page.getByTestId("sequence-diagram")).not.toContainText("connect_from_port_20");
  await expect(page.getByTestId("sequence-diagram")).not.toContainText(":20 →");
});

test("switching topology moves every row to the new lifelines", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 1600 });
  await openWorkbench(page);
  await page.getByLabel("Topology").selectOption("lan");
  await expect(page.getByText(/^New session started/)).toContainText("(Same LAN,");
  await page.getByLabel("Topology").selectOption("client-nat");
  await expect(page.getByText(/^New session started/)).toContainText("(Client behind NAT,");
  await expectRowsMatchTrace(page);
  // Three lifelines (client, router, server): every arrow starts on one of them.
  const lanes = (
    await page
      .getByTestId("sequence-diagram")
      .locator("line")
      .evaluateAll((ls) =>
        ls.filter((l) => !l.closest("[data-testid=trace-entry]")).map((l) => l.getAttribute("x1")),
      )
  ).map(Number);
  expect(lanes).toHaveLength(3);
  const starts = await rowsInDom(page)
    .locator("line")
    .evaluateAll((ls) => ls.map((l) => Number(l.getAttribute("x1"))));
  expect(starts.length).toBeGreaterThan(5);
  for (const x of starts)
    expect(
      lanes.some((l) => Math.abs(l - x) < 1),
      `arrow at x=${x}`,
    ).toBe(true);
});

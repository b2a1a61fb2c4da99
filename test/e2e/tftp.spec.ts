import { test, expect } from "@playwright/test";
import { openWorkbench, workbenchTrace } from "./hooks";

// TFTP beside FTP: the same workbench draws a UDP exchange (RRQ to port 69, DATA/ACK lock-step).
test.use({ reducedMotion: "reduce" });

test.beforeEach(({ page }) => openWorkbench(page));

const trace = workbenchTrace;

test("a tftp get is drawn as UDP datagrams: RRQ to port 69, DATA from a new port, ACKs", async ({ page }) => {
  await page.getByLabel("Topology").selectOption("lan");
  await page.getByRole("radio", { name: "TFTP", exact: true }).check();
  await expect
    .poll(async () => (await trace(page)).filter((e) => e.kind === "DatagramSent").length)
    .toBeGreaterThan(2);
  const all = await trace(page);
  const rrq = all.find(
    (e) => e.kind === "DatagramSent" && /^RRQ/.test(e.text ?? "") && e.from.host === "client",
  )!;
  expect(rrq.to.port).toBe(69);
  const data = all.find((e) => e.kind === "DatagramSent" && /^DATA block 1/.test(e.text ?? ""))!;
  // The server answers from a new port (the transfer identifier), not from 69.
  expect(data.from.port).not.toBe(69);
  expect(all.some((e) => e.kind === "DatagramSent" && /^ACK block 1/.test(e.text ?? ""))).toBe(true);
  // No TCP at all: no handshake, no control channel.
  expect(all.some((e) => e.kind === "SegmentSent")).toBe(false);
  await page.keyboard.press("Home");
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
  await expect(page.locator('[data-testid="trace-entry"][data-kind="DatagramSent"]').first()).toBeVisible();
  await page.keyboard.press("End");
  await page.screenshot({ path: "test-results/screens/tftp-get.png" });
});

test("behind NAT the reply from a new port is dropped, unless the router's TFTP helper expects it", async ({
  page,
}) => {
  await page.getByLabel("Topology").selectOption("client-nat");
  await page.getByRole("radio", { name: "TFTP", exact: true }).check();
  await expect
    .poll(async () => (await trace(page)).filter((e) => e.kind === "DatagramSent").length)
    .toBeGreaterThan(2);
  let all = await trace(page);
  expect(all.some((e) => e.kind === "SegmentDropped" && e.from.host === "client-router")).toBe(true);
  expect(
    all.some((e) => e.kind === "DatagramSent" && e.to.host === "client" && /^DATA/.test(e.text ?? "")),
  ).toBe(false);
  await page.screenshot({ path: "test-results/screens/tftp-nat-dropped.png" });

  await page.getByRole("checkbox", { name: "FTP ALG" }).check();
  await expect
    .poll(async () =>
      (await trace(page)).some(
        (e) => e.kind === "DatagramSent" && e.to.host === "client" && /^DATA/.test(e.text ?? ""),
      ),
    )
    .toBe(true);
  all = await trace(page);
  expect(
    all.some(
      (e) => e.kind === "DatagramSent" && e.from.host === "client" && /^ACK block 1/.test(e.text ?? ""),
    ),
  ).toBe(true);
});

import { test, expect, type Page } from "@playwright/test";
import { deflateRawSync } from "node:zlib";

/*
 * Issues 13 and 20: the in-browser simulation runs in a Web Worker with a time budget. A typed line
 * goes through the worker (the page holds no simulation engine) and extends the diagram; a share link
 * whose session would run away (an hour of 10 ms TFTP retransmissions over a link that loses
 * everything) leaves the page responsive, is stopped, and the page says so in es and en with the limit
 * it hit; the learner's session stays as it was, and the next typed line works (a fresh worker).
 */

const SCREENS = "test-results/screens";
type Hook = { __workbench?: { trace: { kind: string; text?: string }[] }; __jobBudgetMs?: number };

const bombLink = () => {
  const session = {
    v: 1,
    s: {
      topology: "lan",
      protocol: "tftp",
      loss: { lan: { rate: 1 } },
      tftp: { client: { rexmtMs: 10, timeoutMs: 3_600_000 } },
      commands: [],
    },
    i: ["connect server", "get readme.txt"],
    c: 0,
  };
  return "s=" + deflateRawSync(Buffer.from(JSON.stringify(session))).toString("base64url");
};

async function open(page: Page, lang: "en" | "es", hash = "", budgetMs?: number) {
  await page.addInitScript(
    ([l, ms]) => {
      window.localStorage.setItem("ftpviz.lang", l as string);
      if (ms) (window as unknown as Hook).__jobBudgetMs = ms as number;
    },
    [lang, budgetMs ?? 0] as const,
  );
  await page.goto(`/${hash ? `#${hash}` : ""}`);
  await expect(page.getByTestId("sequence-diagram").first()).toBeVisible();
  await page.waitForFunction(() => (window as unknown as Hook).__workbench !== undefined);
}

const traceLength = (page: Page) =>
  page.evaluate(() => (window as unknown as Hook).__workbench!.trace.length);

async function typeLine(page: Page, line: string) {
  const xterm = page.locator(".xterm-helper-textarea").first();
  await xterm.waitFor({ state: "attached" });
  await xterm.focus();
  await page.keyboard.type(line);
  await page.keyboard.press("Enter");
}

test("a typed command runs in the worker and extends the diagram", async ({ page }) => {
  const workers: string[] = [];
  page.on("worker", (w) => workers.push(w.url()));
  await open(page, "en");
  const before = await traceLength(page);
  await typeLine(page, "pwd");
  await page.waitForFunction((n) => (window as unknown as Hook).__workbench!.trace.length > n, before);
  const trace = await page.evaluate(() => (window as unknown as Hook).__workbench!.trace);
  expect(trace.some((e) => e.kind === "CommandSent" && e.text?.startsWith("PWD"))).toBe(true);
  expect(trace.some((e) => e.kind === "ReplySent" && e.text?.startsWith("257"))).toBe(true);
  // The run came from a worker the page started (a script served by the export, not inline code).
  expect(workers.length).toBeGreaterThan(0);
  expect(workers[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/_next\/static\//);
  await expect(page.locator('[data-testid="trace-entry"][data-kind="ReplySent"]').last()).toBeVisible();
});

for (const [lang, words] of [
  ["en", /too slow to simulate here: it took more than 0\.3 s/],
  ["es", /demasiado lenta para simularla aquí: tardó más de 0\.3 s/],
] as const) {
  test(`a runaway session is stopped, the page stays responsive and says so (${lang})`, async ({ page }) => {
    // 100,000 entries (the entry budget) take seconds to simulate: the 0.3 s time budget stops it first.
    await open(page, lang, bombLink(), 300);
    const before = await traceLength(page);
    // While the worker runs, the page's own thread keeps answering (loose bound: a shared machine).
    for (let i = 0; i < 4; i++) {
      const t0 = Date.now();
      await page.evaluate(() => document.title);
      expect(Date.now() - t0).toBeLessThan(1000);
      await page.waitForTimeout(150);
    }
    const status = page.getByRole("status").filter({ hasText: words });
    await expect(status.first()).toBeVisible({ timeout: 15_000 });
    // The learner's session is untouched, and the next line runs in a fresh worker.
    expect(await traceLength(page)).toBe(before);
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.screenshot({ path: `${SCREENS}/sim-too-slow-${lang}.png` });
    await page.evaluate(() => delete (window as unknown as Hook).__jobBudgetMs);
    await typeLine(page, "pwd");
    await page.waitForFunction((n) => (window as unknown as Hook).__workbench!.trace.length > n, before);
  });
}

test("under the service worker, and offline, typed lines still run in the worker", async ({
  page,
  context,
}) => {
  await open(page, "en");
  // The page registers out/sw.js; once it controls the page, the worker script is served through it.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  let n = await traceLength(page);
  await typeLine(page, "pwd");
  await page.waitForFunction((k) => (window as unknown as Hook).__workbench!.trace.length > k, n);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId("sequence-diagram").first()).toBeVisible();
  // The autosaved session comes back (through the worker), then a new line extends it.
  await page.waitForFunction((k) => (window as unknown as Hook).__workbench!.trace.length > k, n);
  n = await traceLength(page);
  await typeLine(page, "pwd");
  await page.waitForFunction((k) => (window as unknown as Hook).__workbench!.trace.length > k, n);
  await expect(page.getByRole("status").filter({ hasText: "could not be simulated" })).toHaveCount(0);
});

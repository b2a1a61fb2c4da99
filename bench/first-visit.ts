/**
 * The first visit on a school laptop (issue 20), in Debian's Chromium with the CPU throttled 4× through
 * the DevTools protocol (Emulation.setCPUThrottlingRate), service workers blocked (a first visit has
 * none), three runs in fresh contexts:
 * - first diagram row painted: navigation start → the first frame after a diagram row exists (the later
 *   of that frame and first-contentful-paint; a row rendered at build time counts from the HTML);
 * - interactive: navigation start → the workbench's hydration effects ran (window.__workbench set);
 * - first step answered: right after that, → pressed on the page: keydown → the first frame after the
 *   current row changed;
 * - first step painted: the same key press as the browser's Event Timing API measures it (the keydown's
 *   `duration`: from the moment the key was pressed, so any wait for a busy page counts, to the next
 *   frame presented after its handlers; 8 ms granularity).
 * In-page code is plain JavaScript in strings (tsx's __name helper does not exist in the page).
 */
import type { Browser } from "@playwright/test";

export const CPU_THROTTLE = 4;
const RUNS = 3;

const HOOKS = `(() => {
  localStorage.setItem("ftpviz.lang", "en");
  const mark = (name) => { if (window[name] === undefined) window[name] = performance.now(); };
  const seen = () => document.querySelector('[data-testid="trace-entry"]') !== null;
  const onRow = () => requestAnimationFrame(() => mark("__firstRowFrame"));
  const obs = new MutationObserver(() => { if (seen()) { obs.disconnect(); onRow(); } });
  obs.observe(document, { subtree: true, childList: true });
  let wb;
  Object.defineProperty(window, "__workbench", {
    configurable: true,
    get() { return wb; },
    set(v) { wb = v; mark("__interactive"); },
  });
  let t0 = 0;
  addEventListener("keydown", () => { t0 = performance.now(); }, true);
  window.__keyEvents = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === "keydown") window.__keyEvents.push(e.duration);
  }).observe({ type: "event", durationThreshold: 16, buffered: true });
  const current = () => document.querySelector('[data-testid="trace-entry"][aria-current="step"]')?.getAttribute("data-seq") ?? null;
  window.__firstStep = () => new Promise((resolve) => {
    const before = current();
    const o = new MutationObserver(() => {
      if (current() === before) return;
      o.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - t0));
    });
    o.observe(document.body, { subtree: true, attributes: true, attributeFilter: ["aria-current"] });
  });
})();`;

const round = (x: number) => Math.round(x);

async function oneRun(browser: Browser, url: string) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    serviceWorkers: "block",
  });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_THROTTLE });
    await page.addInitScript({ content: HOOKS });
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForFunction("window.__interactive !== undefined && window.__firstRowFrame !== undefined");
    const stepped = page.evaluate("window.__firstStep()") as Promise<number>;
    await page.evaluate("document.activeElement?.blur()");
    await page.keyboard.press("ArrowRight");
    const step = await stepped;
    // Event Timing reports a key press once its frame is presented (and only if it took ≥ 16 ms).
    const painted = (await page
      .waitForFunction("window.__keyEvents.length > 0 && window.__keyEvents[0]", null, { timeout: 3000 })
      .then((h) => h.jsonValue())
      .catch(() => null)) as number | null;
    await page.waitForLoadState("load");
    const t = (await page.evaluate(`(() => ({
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
      row: window.__firstRowFrame,
      interactive: window.__interactive,
      load: performance.getEntriesByType("navigation")[0]?.loadEventEnd ?? null,
    }))()`)) as { fcp: number | null; row: number; interactive: number; load: number | null };
    return {
      firstRowPaintedMs: round(Math.max(t.row, t.fcp ?? 0)),
      firstContentfulPaintMs: t.fcp === null ? null : round(t.fcp),
      interactiveMs: round(t.interactive),
      firstStepMs: Math.round(step * 10) / 10,
      firstStepPaintedMs: painted,
      loadEventMs: t.load === null ? null : round(t.load),
    };
  } finally {
    await context.close();
  }
}

export async function benchFirstVisit(browser: Browser, url: string) {
  const runs: Awaited<ReturnType<typeof oneRun>>[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await oneRun(browser, url));
  const median = (k: keyof (typeof runs)[number]) => {
    const xs = runs
      .map((r) => r[k])
      .filter((x): x is number => x !== null)
      .sort((a, b) => a - b);
    return xs[Math.floor(xs.length / 2)] ?? null;
  };
  return {
    method:
      `Chromium with CPU throttled ${CPU_THROTTLE}× (Emulation.setCPUThrottlingRate), service workers ` +
      "blocked, 1280×720, the served static export; times from navigation start. firstRowPainted: first " +
      "frame after a diagram row exists (or first-contentful-paint if later); interactive: the workbench " +
      "hydrated; firstStep: → right after that, keydown → first frame with the next row current; " +
      "firstStepPainted: that key press by the Event Timing API (key pressed → next frame presented)",
    runs,
    median: {
      firstRowPaintedMs: median("firstRowPaintedMs"),
      interactiveMs: median("interactiveMs"),
      firstStepMs: median("firstStepMs"),
      firstStepPaintedMs: median("firstStepPaintedMs"),
    },
  };
}

/**
 * Browser benchmarks (not tests), in Debian's Chromium driven by Playwright:
 *
 * 1. Step latency at about 50, 500 and 5,000 trace entries. The page opens with its default session
 *    (about 50 entries); the session grows by pasting `ls` lines into the terminal (the product's own
 *    paste path), until `window.__workbench.trace` holds the target. With prefers-reduced-motion the
 *    cursor jumps to the end at once (no live playback). Then, with focus on the page body, ← and →
 *    are pressed 20 times each (after a warm-up): time from the keydown (a capturing listener installed
 *    before the app's) to the first animation frame after the row marked aria-current changed. The
 *    diagram is virtualised, so a step should cost about the same at 50 and at 5,000 entries: the
 *    ratio of the medians says how close it is (1.0 = no growth).
 * 2. First-load JS, gzip (level 6), of the app's page next to a bare Next.js page (bench/bare-next, the
 *    smallest App Router app with the same next.config options): the JS files index.html loads (its
 *    script tags; the noModule polyfill is not loaded by Chromium), and, as a cross-check, what Chromium
 *    actually fetched up to the load event and after the page went idle (lazy chunks such as xterm's).
 *    Next to it, the gzip of each index.html itself: the app's carries its first screen as HTML and the
 *    words of that screen as data (app/first-visit.ts), which its JS then needs no catalogue for, so the
 *    page's whole first visit (HTML + JS) is reported too.
 *
 * What is measured: by default the app at the committed HEAD (`git archive`), built in a temporary
 * directory with node_modules hardlinked: the numbers belong to a commit, half-done edits in the working
 * tree cannot break the build, and the bench never races with a `npm run build` or `npm test` writing
 * the shared .next/ and out/. The bare app is built the same way. `BENCH_OUT=out` measures an existing
 * export instead (uncommitted work: `npm run build && BENCH_OUT=out npm run bench`). Both exports are
 * served by an in-process static server on 127.0.0.1 (closed at the end), the browser sees loopback
 * only, service workers are blocked (the app's would precache the whole export), and everything is
 * bounded in time (builds 10 min each, the browser part 4 min) and cleaned up (temporary dir removed).
 * `CHROMIUM_PATH` overrides /usr/bin/chromium, as in playwright.config.ts.
 */
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { basename, extname, join, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../scripts/chromium";
import { benchFirstVisit } from "./first-visit";
import { benchLarge, writeMermaidPage } from "./large";

// A safety net, not a measurement: on two cores shared with other work `next build` was seen to take 4 min.
const BUILD_TIMEOUT_MS = 600_000;
const BROWSER_TIMEOUT_MS = 240_000;
const TARGETS = [50, 500, 5000] as const;
const WARMUP_STEPS = 5;
const STEPS_EACH_WAY = 20;
const GROW_LINE = "ls";

/* ─── Building ─────────────────────────────────────────────────────────────────────────────────── */

/**
 * Runs a command in its own process group (next build starts workers): on timeout, and if this process
 * exits or is interrupted meanwhile, the whole group is killed.
 */
function run(cmd: string, args: string[], cwd: string, timeoutMs: number): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, {
      cwd,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NO_UPDATE_CHECK: "1" },
    });
    let log = "";
    const keep = (b: Buffer) => (log = (log + b.toString()).slice(-4000));
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    const kill = () => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    };
    const interrupted = (signal: NodeJS.Signals) => {
      kill();
      process.exit(signal === "SIGINT" ? 130 : 143);
    };
    process.on("exit", kill).on("SIGINT", interrupted).on("SIGTERM", interrupted);
    const timer = setTimeout(() => {
      kill();
      fail(new Error(`${cmd} ${args.join(" ")}: no result after ${timeoutMs / 1000} s\n${log}`));
    }, timeoutMs);
    const finish = () => {
      clearTimeout(timer);
      process.off("exit", kill).off("SIGINT", interrupted).off("SIGTERM", interrupted);
    };
    child.on("error", (e) => {
      finish();
      fail(e);
    });
    child.on("exit", (code, signal) => {
      finish();
      if (code === 0) done();
      else fail(new Error(`${cmd} ${args.join(" ")} (in ${cwd}) failed: ${code ?? signal}\n${log}`));
    });
  });
}

/** Hardlinks the project's node_modules into `dir` (a symlinked node_modules confuses Turbopack). */
const linkNodeModules = (dir: string) =>
  execFileSync("cp", ["-al", resolve("node_modules"), join(dir, "node_modules")]);

async function nextBuild(dir: string): Promise<void> {
  await run(process.execPath, [join(dir, "node_modules/next/dist/bin/next"), "build"], dir, BUILD_TIMEOUT_MS);
}

/** The app's export at the committed HEAD, built in `tmp`. */
async function buildApp(tmp: string): Promise<string> {
  const dir = join(tmp, "app");
  mkdirSync(dir, { recursive: true });
  execFileSync("sh", ["-c", 'git archive --format=tar HEAD | tar -x -C "$1"', "sh", dir]);
  linkNodeModules(dir);
  await nextBuild(dir);
  await run(process.execPath, ["scripts/make-sw.mjs"], dir, 60_000);
  return join(dir, "out");
}

/** The bare page (bench/bare-next as it is in the working tree), built in `tmp`. */
async function buildBare(tmp: string): Promise<string> {
  const dir = join(tmp, "bare");
  const skip = new Set(["node_modules", ".next", "out"]);
  cpSync(resolve("bench/bare-next"), dir, { recursive: true, filter: (src) => !skip.has(basename(src)) });
  linkNodeModules(dir);
  await nextBuild(dir);
  return join(dir, "out");
}

/* ─── Serving ──────────────────────────────────────────────────────────────────────────────────── */

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
  ".ico": "image/x-icon",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
};

/** A static server for an export on 127.0.0.1 (directories serve their index.html, like `serve`). */
export async function serveDir(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const base = resolve(root);
  const server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = resolve(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    else if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/* ─── First-load JS ────────────────────────────────────────────────────────────────────────────── */

const gzipOf = (root: string, urlPath: string) => gzipSync(readFileSync(join(root, urlPath))).length;

/** The JS files index.html loads: its script tags, minus noModule ones (modern browsers skip them). */
function htmlScripts(root: string): string[] {
  const html = readFileSync(join(root, "index.html"), "utf8");
  const srcs = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1]!)
    .filter((attrs) => !/\bnomodule\b/i.test(attrs))
    .map((attrs) => /\bsrc="([^"]+)"/.exec(attrs)?.[1])
    .filter((s): s is string => s !== undefined && s.startsWith("/"));
  return [...new Set(srcs)];
}

/** What Chromium fetches: the scripts requested up to the load event, and all of them once idle. */
async function fetchedScripts(browser: Browser, url: string): Promise<{ onLoad: string[]; idle: string[] }> {
  const context = await browser.newContext({ serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    const seen: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script") seen.push(new URL(r.url()).pathname);
    });
    await page.goto(url, { waitUntil: "load", timeout: 30_000 });
    const onLoad = [...new Set(seen)];
    await page.waitForLoadState("networkidle", { timeout: 15_000 }).catch(() => {});
    return { onLoad, idle: [...new Set(seen)] };
  } finally {
    await context.close();
  }
}

const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

async function firstLoad(browser: Browser, app: { root: string; url: string }, bare: typeof app) {
  const sum = (root: string, paths: readonly string[]) => paths.reduce((n, p) => n + gzipOf(root, p), 0);
  const appHtml = sum(app.root, htmlScripts(app.root));
  const bareHtml = sum(bare.root, htmlScripts(bare.root));
  const appDoc = gzipOf(app.root, "index.html");
  const bareDoc = gzipOf(bare.root, "index.html");
  const appFetched = await fetchedScripts(browser, app.url);
  const bareFetched = await fetchedScripts(browser, bare.url);
  return {
    method: "gzip (level 6) of the JS files index.html loads (script tags; noModule excluded)",
    appGzipBytes: appHtml,
    bareGzipBytes: bareHtml,
    differenceGzipBytes: appHtml - bareHtml,
    appKiB: kib(appHtml),
    bareKiB: kib(bareHtml),
    differenceKiB: kib(appHtml - bareHtml),
    ratio: Math.round((appHtml / bareHtml) * 100) / 100,
    "index.html gzip KiB (app, bare)": [kib(appDoc), kib(bareDoc)],
    "HTML + first-load JS gzip KiB (app, bare)": [kib(appDoc + appHtml), kib(bareDoc + bareHtml)],
    "fetched by Chromium (gzip bytes)": {
      appUntilLoad: sum(app.root, appFetched.onLoad),
      bareUntilLoad: sum(bare.root, bareFetched.onLoad),
      "appOnceIdle (with lazy chunks: xterm)": sum(app.root, appFetched.idle),
      bareOnceIdle: sum(bare.root, bareFetched.idle),
    },
  };
}

/* ─── Step latency ─────────────────────────────────────────────────────────────────────────────── */

// In-page code is plain JavaScript in strings: tsx compiles with keepNames, whose __name helper does
// not exist in the page.
const HOOKS = `(() => {
  if (!localStorage.getItem("ftpviz.lang")) localStorage.setItem("ftpviz.lang", "en");
  let t0 = 0;
  let pending = null;
  let armed = null;
  addEventListener("keydown", () => { t0 = performance.now(); }, true);
  const currentSeq = () => document.querySelector('[data-testid="trace-entry"][aria-current="step"]')?.getAttribute("data-seq") ?? null;
  window.__bench = {
    arm() {
      const before = currentSeq();
      armed = { before, changedTo: null };
      const mine = armed;
      pending = new Promise((resolve) => {
        const obs = new MutationObserver(() => {
          const now = currentSeq();
          if (now === null || now === before) return;
          obs.disconnect();
          mine.changedTo = now;
          const commit = performance.now() - t0;
          requestAnimationFrame(() => resolve({ commit, frame: performance.now() - t0, seq: Number(now) }));
        });
        obs.observe(document.body, { subtree: true, attributes: true, attributeFilter: ["aria-current"] });
      });
      return before;
    },
    result() { return pending; },
    /** What a step that timed out left behind: did the row change (no frame came) or not (and why)? */
    diagnose() {
      const w = window.__workbench;
      const a = document.activeElement;
      return {
        ...armed,
        cursor: w?.cursor,
        lastEntry: w ? w.trace.length - 1 : null,
        currentRow: currentSeq(),
        rowsInDom: document.querySelectorAll('[data-testid="trace-entry"]').length,
        focus: a ? a.tagName.toLowerCase() + (a.className ? "." + String(a.className).split(" ")[0] : "") : null,
        visibility: document.visibilityState,
      };
    },
    paste(text) {
      const ta = document.querySelector(".xterm-helper-textarea");
      ta.focus();
      const data = new DataTransfer();
      data.setData("text/plain", text);
      ta.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, cancelable: true }));
    },
    state() {
      const w = window.__workbench;
      if (!w) return null;
      return { length: w.trace.length, cursor: w.cursor, typed: w.trace.filter((e) => e.kind === "CommandTyped").length };
    },
  };
})();`;

interface State {
  readonly length: number;
  readonly cursor: number;
  readonly typed: number;
}

const state = (page: Page) => page.evaluate("window.__bench.state()") as Promise<State | null>;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `lines` more commands were typed and the trace stopped growing. */
async function settle(page: Page, typed: number, timeoutMs: number): Promise<State> {
  const until = performance.now() + timeoutMs;
  let last: State | null = null;
  let stableSince = 0;
  for (;;) {
    const s = await state(page);
    if (s && s.typed >= typed && s.cursor === s.length - 1 && last?.length === s.length) {
      if (performance.now() - stableSince > 400) return s;
    } else stableSince = performance.now();
    last = s;
    if (performance.now() > until)
      throw new Error(`session did not settle (want ${typed} commands): ${JSON.stringify(s)}`);
    await sleep(100);
  }
}

/** Pastes `ls` lines until the session holds about `target` entries. */
async function grow(page: Page, target: number): Promise<State> {
  let s = (await state(page))!;
  let perLine = 30; // an `ls` in passive mode through a NAT (re-measured after each paste)
  while (s.length < target * 0.98) {
    const lines = Math.max(1, Math.round((target - s.length) / perLine));
    await page.evaluate(`window.__bench.paste(${JSON.stringify(`${GROW_LINE}\n`.repeat(lines))})`);
    const next = await settle(page, s.typed + lines, 150_000);
    perLine = Math.max(1, (next.length - s.length) / lines);
    s = next;
  }
  // Stepping keys belong to the page, not to the terminal.
  await page.evaluate("document.activeElement?.blur()");
  return s;
}

interface Step {
  readonly commit: number;
  readonly frame: number;
}

async function step(page: Page, key: "ArrowLeft" | "ArrowRight"): Promise<Step> {
  await page.evaluate("window.__bench.arm()");
  await page.keyboard.press(key);
  const r = (await Promise.race([
    page.evaluate("window.__bench.result()"),
    sleep(10_000).then(() => null),
  ])) as Step | null;
  if (r !== null) return r;
  // Say what the page was in, so a failure on some machine can be told apart from a slow frame.
  const seen = JSON.stringify(await page.evaluate("window.__bench.diagnose()"));
  throw new Error(`${key}: the current row did not change within 10 s (${seen})`);
}

const quantile = (xs: readonly number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
};
const round2 = (x: number) => Math.round(x * 100) / 100;

async function measureSteps(page: Page) {
  for (let i = 0; i < WARMUP_STEPS; i++) await step(page, "ArrowLeft");
  for (let i = 0; i < WARMUP_STEPS; i++) await step(page, "ArrowRight");
  const steps: Step[] = [];
  for (let i = 0; i < STEPS_EACH_WAY; i++) steps.push(await step(page, "ArrowLeft"));
  for (let i = 0; i < STEPS_EACH_WAY; i++) steps.push(await step(page, "ArrowRight"));
  // Back at the end, so the next paste extends the session without asking to discard anything.
  await page.keyboard.press("End");
  const frames = steps.map((s) => s.frame);
  const commits = steps.map((s) => s.commit);
  return {
    steps: steps.length,
    medianMs: round2(quantile(frames, 0.5)),
    p95Ms: round2(quantile(frames, 0.95)),
    maxMs: round2(Math.max(...frames)),
    "commit medianMs (keydown → row changed)": round2(quantile(commits, 0.5)),
  };
}

async function stepLatency(browser: Browser, url: string) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    reducedMotion: "reduce",
    serviceWorkers: "block",
  });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await page.addInitScript({ content: HOOKS });
    await page.goto(url, { waitUntil: "load" });
    await page.waitForFunction("window.__workbench !== undefined && window.__bench !== undefined");
    await page.locator(".xterm-helper-textarea").waitFor({ state: "attached" });
    const sizes = [];
    for (const target of TARGETS) {
      const t0 = performance.now();
      const s = await grow(page, target);
      console.error(`bench: browser: ${s.length} entries (${Math.round(performance.now() - t0)} ms to grow)`);
      sizes.push({ target, entries: s.length, ...(await measureSteps(page)) });
    }
    const first = sizes[0]!;
    const lastSize = sizes[sizes.length - 1]!;
    return {
      method:
        "keydown (page body focused) → first animation frame after the aria-current row changed; " +
        `${STEPS_EACH_WAY} × ← then ${STEPS_EACH_WAY} × → after ${WARMUP_STEPS} warm-up steps each way; ` +
        `session grown by pasting '${GROW_LINE}' lines; prefers-reduced-motion: reduce`,
      sizes,
      "median ratio 5,000 vs 50 (flat ≈ 1)": round2(lastSize.medianMs / first.medianMs),
      "p95 ratio 5,000 vs 50": round2(lastSize.p95Ms / first.p95Ms),
    };
  } finally {
    await context.close();
  }
}

/* ─── All of it ────────────────────────────────────────────────────────────────────────────────── */

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what}: no result after ${ms / 1000} s`)), ms);
  });
  return Promise.race([p, limit]).finally(() => clearTimeout(timer));
}

export async function benchBrowser(): Promise<Record<string, unknown>> {
  if (!existsSync(CHROMIUM_PATH))
    return { skipped: `no browser at ${CHROMIUM_PATH} (npm run test:e2e installs it)` };
  const started = performance.now();
  const tmp = mkdtempSync(join(tmpdir(), "ftpviz-bench-"));
  const closers: (() => Promise<void>)[] = [];
  try {
    const reuse = process.env.BENCH_OUT;
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"]).toString().trim();
    let appOut: string;
    if (reuse) {
      appOut = resolve(reuse);
      if (!existsSync(join(appOut, "index.html"))) throw new Error(`BENCH_OUT=${reuse}: no index.html`);
    } else {
      console.error(`bench: browser: building the app at ${head} (temporary copy)…`);
      appOut = await buildApp(tmp);
    }
    console.error("bench: browser: building the bare Next.js page…");
    const bareOut = await buildBare(tmp);
    const buildSeconds = Math.round((performance.now() - started) / 100) / 10;

    const app = await serveDir(appOut);
    closers.push(app.close);
    const bare = await serveDir(bareOut);
    closers.push(bare.close);
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
      timeout: 30_000,
    });
    closers.push(() => browser.close());
    const measured = await withTimeout(
      (async () => ({
        stepLatency: await stepLatency(browser, app.url),
        firstLoadJs: await firstLoad(
          browser,
          { root: appOut, url: app.url },
          { root: bareOut, url: bare.url },
        ),
      }))(),
      BROWSER_TIMEOUT_MS,
      "browser bench",
    );
    console.error("bench: browser: first visit, CPU throttled 4× (3 runs)…");
    const firstVisit = await withTimeout(benchFirstVisit(browser, app.url), 180_000, "first visit bench");
    const mermaidDir = join(tmp, "mermaid");
    writeMermaidPage(mermaidDir);
    const mermaid = await serveDir(mermaidDir);
    closers.push(mermaid.close);
    console.error(
      "bench: browser: big sessions (2,000 and 20,000 messages) against Mermaid, steps at 50/5,000/50,000…",
    );
    const large = await withTimeout(
      benchLarge(browser, app.url, mermaid.url, tmp),
      900_000,
      "big sessions bench",
    );
    return {
      app: reuse ? `BENCH_OUT=${reuse} (an existing export)` : `commit ${head}, built in a temporary copy`,
      chromium: browser.version(),
      ...measured,
      firstVisit,
      large,
      buildSeconds,
      seconds: Math.round((performance.now() - started) / 100) / 10,
    };
  } finally {
    for (const close of closers.reverse()) await close().catch(() => {});
    // A killed build's processes may still be writing its cache: retry, and never let cleanup hide the
    // error that brought us here.
    try {
      rmSync(tmp, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (e) {
      console.error(`bench: could not remove ${tmp}: ${(e as Error).message}`);
    }
  }
}

/**
 * Big sessions in the browser (issue 20), unthrottled, against Mermaid 12 in the same Chromium:
 * - a session of about 2,000 messages (arrows) opened from a share link: simulated in the worker and
 *   drawn; navigation start → the first frame with the session's last row current;
 * - about 20,000 messages opened as an imported trace (a share link holds at most 500 typed lines):
 *   the file input's change → the first frame showing it, plus End → the frame with its last row;
 * - Mermaid (the devDependency, its IIFE build) rendering a sequenceDiagram with the same arrows
 *   (maxTextSize raised, as its docs say, so it really draws): mermaid.render() → svg inserted → the
 *   next frame. Its page load is not counted (the app's is, for the share link).
 * - step latency at 50, 5,000 and 50,000 entries (imported traces of those sizes): keydown → first
 *   frame after the current row changed, 20 × ← then 20 × → after 5 warm-up steps each way.
 * Traces come from the simulation itself (lib/, in Node): a client behind a NAT typing `ls`.
 */
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { deflateRawSync } from "node:zlib";
import type { Browser, Page } from "@playwright/test";
import { openSession } from "../lib/sim/session";
import { traceToJsonl } from "../lib/trace/serialize";
import type { TraceEntry } from "../lib/trace/types";
import { DEFAULT_SETTINGS, toScenario, withTopology } from "../components/workbench/settings";

const ARROWS: ReadonlySet<string> = new Set([
  "SegmentSent",
  "CommandSent",
  "ReplySent",
  "DataSent",
  "DatagramSent",
]);
const SETTINGS = withTopology(DEFAULT_SETTINGS, "client-nat");
// The workbench's terminal is the interactive ftp: `open` asks for the name itself.
const LOGIN = ["open server", "anonymous", "guest@example.org"];
const MERMAID_TIMEOUT_MS = 180_000;

const round1 = (x: number) => Math.round(x * 10) / 10;

/** The client-nat session with `lines` × `ls` after logging in. */
function session(lines: number): readonly TraceEntry[] {
  const s = openSession(toScenario(SETTINGS));
  s.typeAll([...LOGIN, ...Array<string>(lines).fill("ls")].map((line) => ({ line })));
  return s.trace;
}

const arrowsOf = (trace: readonly TraceEntry[]) => trace.filter((e) => ARROWS.has(e.kind)).length;

/** The fewest `ls` lines whose session has at least `arrows` arrows (about 24 per line). */
function linesFor(arrows: number): number {
  let lines = Math.ceil(arrows / 24);
  while (arrowsOf(session(lines)) < arrows)
    lines += Math.max(1, Math.ceil((arrows - arrowsOf(session(lines))) / 24));
  return lines;
}

/** A trace of exactly `n` entries: a prefix of a long enough session. */
function traceOf(n: number): readonly TraceEntry[] {
  const t = session(Math.ceil(n / 28) + 2);
  return t.length >= n ? t.slice(0, n) : traceOf(n * 1.2);
}

function shareLink(lines: number): string {
  const json = JSON.stringify({
    v: 1,
    s: toScenario(SETTINGS),
    i: [...LOGIN, ...Array<string>(lines).fill("ls")],
    c: Number.MAX_SAFE_INTEGER,
  });
  return "s=" + deflateRawSync(Buffer.from(json)).toString("base64url");
}

/** Mermaid's text for the same arrows: one message per arrow, labels reduced to safe characters. */
function mermaidText(trace: readonly TraceEntry[]): string {
  const hosts = [...new Set(trace.flatMap((e) => [e.from.host, e.to.host]))];
  const label = (e: TraceEntry) =>
    (e.text?.split("\r\n")[0] ?? e.flags ?? e.kind).replace(/[^\w .,()=:/-]/g, " ").slice(0, 60) || e.kind;
  const lines = ["sequenceDiagram", ...hosts.map((h) => `  participant ${h}`)];
  for (const e of trace) if (ARROWS.has(e.kind)) lines.push(`  ${e.from.host}->>${e.to.host}: ${label(e)}`);
  return lines.join("\n");
}

const PAGE_HOOKS = `(() => {
  localStorage.setItem("ftpviz.lang", "en");
  let t0 = 0;
  addEventListener("keydown", () => { t0 = performance.now(); }, true);
  addEventListener("change", () => { window.__changedAt = performance.now(); }, true);
  const current = () => document.querySelector('[data-testid="trace-entry"][aria-current="step"]')?.getAttribute("data-seq") ?? null;
  const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
  window.__h20 = {
    /** Resolves at the first frame where the trace has n entries and row seq is current. */
    async until(n, seq) {
      for (;;) {
        const w = window.__workbench;
        if (w && w.trace.length === n && current() === String(seq)) return frame();
        await new Promise((r) => setTimeout(r, 5));
      }
    },
    arm() {
      const before = current();
      return (window.__h20.pending = new Promise((resolve) => {
        const o = new MutationObserver(() => {
          if (current() === before) return;
          o.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - t0));
        });
        o.observe(document.body, { subtree: true, attributes: true, attributeFilter: ["aria-current"] });
      }), true);
    },
    result() { return window.__h20.pending; },
    keydownAt() { return t0; },
  };
})();`;

async function newPage(browser: Browser) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    reducedMotion: "reduce",
    serviceWorkers: "block",
  });
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  await page.addInitScript({ content: PAGE_HOOKS });
  return { context, page };
}

/** Opens the app, imports `file` (a trace of `n` entries) and shows its end; returns the two phases. */
async function importAndShowEnd(page: Page, url: string, file: string, n: number) {
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction("window.__workbench !== undefined");
  await page.getByTestId("import-trace").setInputFiles(file);
  const shown = (await page.evaluate(`window.__h20.until(${n}, 0)`)) as number;
  const changed = (await page.evaluate("window.__changedAt")) as number;
  await page.evaluate("document.activeElement?.blur()");
  await page.keyboard.press("End");
  const end = (await page.evaluate(`window.__h20.until(${n}, ${n - 1})`)) as number;
  const pressed = (await page.evaluate("window.__h20.keydownAt()")) as number;
  return { openMs: round1(shown - changed), endMs: round1(end - pressed) };
}

async function steps(page: Page) {
  const one = async (key: string) => {
    await page.evaluate("window.__h20.arm()");
    await page.keyboard.press(key);
    return (await page.evaluate("window.__h20.result()")) as number;
  };
  for (let i = 0; i < 5; i++) await one("ArrowLeft");
  for (let i = 0; i < 5; i++) await one("ArrowRight");
  const xs: number[] = [];
  for (let i = 0; i < 20; i++) xs.push(await one("ArrowLeft"));
  for (let i = 0; i < 20; i++) xs.push(await one("ArrowRight"));
  xs.sort((a, b) => a - b);
  return {
    medianMs: round1(xs[Math.floor(xs.length / 2)]!),
    p95Ms: round1(xs[Math.ceil(xs.length * 0.95) - 1]!),
  };
}

async function mermaidDraw(browser: Browser, url: string, text: string) {
  const { context, page } = await newPage(browser);
  try {
    await page.goto(url, { waitUntil: "load" });
    const ms = await Promise.race([
      page.evaluate(`window.__draw(${JSON.stringify(text)})`) as Promise<number>,
      new Promise<null>((r) => setTimeout(() => r(null), MERMAID_TIMEOUT_MS)),
    ]);
    const drawn =
      ms === null
        ? 0
        : ((await page.evaluate("document.querySelectorAll('#out svg .messageText').length")) as number);
    return { ms: ms === null ? null : round1(ms), messagesDrawn: drawn };
  } finally {
    await context.close();
  }
}

/** The Mermaid page: its IIFE build and a draw function, in `dir`. */
export function writeMermaidPage(dir: string): void {
  mkdirSync(dir, { recursive: true });
  copyFileSync(resolve("node_modules/mermaid/dist/mermaid.min.js"), join(dir, "mermaid.min.js"));
  writeFileSync(
    join(dir, "index.html"),
    `<!doctype html><meta charset="utf-8"><title>mermaid</title><div id="out"></div>
<script src="/mermaid.min.js"></script>
<script>
mermaid.initialize({ startOnLoad: false, maxTextSize: 1e9, maxEdges: 1e7, sequence: { useMaxWidth: false } });
window.__draw = async (text) => {
  const t0 = performance.now();
  const { svg } = await mermaid.render("seq", text);
  document.getElementById("out").innerHTML = svg;
  await new Promise((r) => requestAnimationFrame(() => r()));
  return performance.now() - t0;
};
</script>`,
  );
}

export async function benchLarge(browser: Browser, appUrl: string, mermaidUrl: string, tmp: string) {
  const out: Record<string, unknown> = {};
  // 2,000 messages from a share link (simulated in the worker, then drawn).
  const lines2k = linesFor(2000);
  const t2k = session(lines2k);
  {
    const { context, page } = await newPage(browser);
    try {
      await page.goto(`${appUrl}#${shareLink(lines2k)}`, { waitUntil: "commit" });
      const at = (await page.evaluate(`window.__h20.until(${t2k.length}, ${t2k.length - 1})`)) as number;
      out.shareLink2k = {
        messages: arrowsOf(t2k),
        entries: t2k.length,
        typedLines: lines2k + LOGIN.length,
        navigationToLastRowMs: round1(at),
      };
    } finally {
      await context.close();
    }
    out.mermaid2k = await mermaidDraw(browser, mermaidUrl, mermaidText(t2k));
  }
  // 20,000 messages as an imported trace.
  const t20k = session(linesFor(20_000));
  {
    const file = join(tmp, "trace-20k.jsonl");
    writeFileSync(file, traceToJsonl(t20k));
    const { context, page } = await newPage(browser);
    try {
      const r = await importAndShowEnd(page, appUrl, file, t20k.length);
      out.import20k = {
        messages: arrowsOf(t20k),
        entries: t20k.length,
        ...r,
        totalMs: round1(r.openMs + r.endMs),
      };
    } finally {
      await context.close();
    }
    out.mermaid20k = await mermaidDraw(browser, mermaidUrl, mermaidText(t20k));
  }
  const m2 = out.mermaid2k as { ms: number | null };
  const m20 = out.mermaid20k as { ms: number | null };
  const a2 = out.shareLink2k as { navigationToLastRowMs: number };
  const a20 = out.import20k as { totalMs: number };
  out["mermaid ÷ app, 2,000 (share link, page load included)"] =
    m2.ms === null ? null : round1(m2.ms / a2.navigationToLastRowMs);
  out["mermaid ÷ app, 20,000 (import)"] =
    m20.ms === null
      ? `Mermaid did not finish within ${MERMAID_TIMEOUT_MS / 1000} s`
      : round1(m20.ms / a20.totalMs);
  // Step latency by size.
  const sizes = [];
  for (const n of [50, 5000, 50_000]) {
    const file = join(tmp, `trace-${n}.jsonl`);
    writeFileSync(file, traceToJsonl(traceOf(n)));
    const { context, page } = await newPage(browser);
    try {
      const opened = await importAndShowEnd(page, appUrl, file, n);
      sizes.push({ entries: n, ...(await steps(page)), openMs: opened.openMs });
    } finally {
      await context.close();
    }
  }
  out.stepLatency = {
    method:
      "imported trace, keydown → first frame after the current row changed; 20 × ← then 20 × → after 5 warm-up steps each way; unthrottled",
    sizes,
    "median ratio 50,000 vs 50": round1(sizes[2]!.medianMs / sizes[0]!.medianMs),
  };
  return out;
}

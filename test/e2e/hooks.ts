import { expect, type Page } from "@playwright/test";
import type { TraceEntry } from "@/lib/trace/types";

/**
 * The workbench's read-only test hook: the diagram is virtualised (only rows near the viewport exist),
 * so whole-trace facts are read from window.__workbench once the client root has hydrated.
 */
export async function workbenchTrace(page: Page): Promise<TraceEntry[]> {
  await page.waitForFunction(
    () => (window as unknown as { __workbench?: unknown }).__workbench !== undefined,
  );
  return page.evaluate(
    () => (window as unknown as { __workbench: { trace: TraceEntry[] } }).__workbench.trace,
  );
}

/**
 * Waits until the page is hydrated and settled: the autosaved session (if any) is back from the worker
 * and no run is under way. A key pressed or a button clicked before that may be lost (no handler yet)
 * or overtaken (the restored session brings its own cursor).
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (window as unknown as { __workbench?: { settled: boolean } }).__workbench?.settled === true,
  );
}

/** Opens the workbench in English (unless a test already chose a language) and waits for the diagram. */
export async function openWorkbench(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (!window.localStorage.getItem("ftpviz.lang")) window.localStorage.setItem("ftpviz.lang", "en");
  });
  await page.goto("/");
  await expect(page.getByTestId("sequence-diagram")).toBeVisible();
  await settled(page);
}

/**
 * A first visit opens at message 0 (issue 15); tests written about "the opening session" as a whole
 * jump to its end first, with the End key on the diagram, as a learner would.
 */
export async function toEnd(page: Page): Promise<void> {
  await settled(page);
  await page.locator("[data-diagram-home]").first().focus();
  await page.keyboard.press("End");
  await page.waitForFunction(() => {
    const w = (window as unknown as { __workbench: { trace: unknown[]; cursor: number } }).__workbench;
    return w.cursor === w.trace.length - 1;
  });
}

/** Opens the workbench in `lang` at a window of `width`×`height` and waits until it has settled. */
export async function openAt(page: Page, lang: "es" | "en", width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.addInitScript((l) => window.localStorage.setItem("ftpviz.lang", l), lang);
  await page.goto("/");
  await expect(page.getByTestId("sequence-diagram")).toBeVisible();
  await settled(page);
}

import { test, expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import type { TraceEntry } from "@/lib/trace/types";
import { toEnd, settled } from "./hooks";

/*
 * Teaching in a real browser: lessons walked through in English and Spanish, presenter mode driven by
 * the keyboard, predict mode, a share link replayed in a fresh page, SVG export, a tampered trace file.
 * Whole-trace facts come from the read-only hook window.__workbench.
 */

const SCREENS = "test-results/screens";
type Hook = { __workbench?: { trace: TraceEntry[]; cursor: number } };

test.use({ reducedMotion: "reduce" });

async function open(page: Page, lang: "en" | "es", path = "/") {
  await page.addInitScript((l) => {
    if (!window.localStorage.getItem("ftpviz.lang")) window.localStorage.setItem("ftpviz.lang", l);
  }, lang);
  await page.goto(path);
  await expect(page.getByTestId("sequence-diagram").first()).toBeVisible();
  await settled(page);
}

const hook = (page: Page) =>
  page.evaluate(() => {
    const w = (window as unknown as Hook).__workbench!;
    return { trace: w.trace, cursor: w.cursor };
  });

async function typeCommand(page: Page, line: string) {
  const xterm = page.locator(".xterm-helper-textarea").first();
  await xterm.waitFor({ state: "attached" });
  await xterm.focus();
  await page.keyboard.type(line);
  await page.keyboard.press("Enter");
}

const WORDS = {
  en: { lessons: "Lessons", showMe: "Show me", next: "Next", done: "Done" },
  es: { lessons: "Lecciones", showMe: "Muéstramelo", next: "Siguiente", done: "Hecho" },
};

/** Walks a lesson: every step's Show me (or the typed task), then its state must read "done". */
async function walkLesson(page: Page, lang: "en" | "es", title: RegExp, typeTasks: boolean, shot: string) {
  const w = WORDS[lang];
  const opener = page.getByRole("toolbar").getByRole("button", { name: w.lessons });
  if ((await opener.getAttribute("aria-expanded")) !== "true") await opener.click();
  await page.getByRole("button", { name: title }).click();
  const panel = page.getByTestId("lesson-panel");
  await expect(panel).toBeVisible();
  const total = await panel.getByRole("list").getByRole("listitem").count();
  for (let i = 0; i < total; i++) {
    const task = panel.locator("p", { hasText: lang === "en" ? "Your turn" : "Te toca" });
    const state = page.getByTestId("lesson-step-state");
    if (typeTasks && (await task.count()) > 0) {
      // The task says what to type: "type  X  then  Y" → type each quoted command.
      const text = (await task.innerText()).split(/:\s+/).slice(1).join(": ");
      for (const cmd of text.split(/\s{2,}(?:then|y luego)\s{2,}|\s{2,}/).filter((c) => /^[a-z]/.test(c)))
        await typeCommand(page, cmd.trim());
    } else if (await panel.getByRole("button", { name: w.showMe }).count()) {
      await panel.getByRole("button", { name: w.showMe }).click();
    }
    await expect(state).toHaveAttribute("data-done", "yes");
    if (i === 1) await page.screenshot({ path: `${SCREENS}/${shot}.png` });
    if (i < total - 1) await panel.getByRole("button", { name: w.next, exact: true }).click();
  }
  await expect(panel.getByRole("list").getByText("✓")).toHaveCount(total);
}

for (const lang of ["en", "es"] as const) {
  test(`lessons 1, 5 and 6 walk through in ${lang}`, async ({ page }) => {
    await open(page, lang);
    const back = lang === "en" ? "All lessons" : "Todas las lecciones";
    await walkLesson(
      page,
      lang,
      lang === "en" ? /^1\. Two connections/ : /^1\. Dos conexiones/,
      false,
      `lesson1-${lang}`,
    );
    await page.getByRole("button", { name: back }).click();
    await walkLesson(
      page,
      lang,
      lang === "en" ? /^5\. Passive mode/ : /^5\. Modo pasivo/,
      true,
      `lesson5-${lang}`,
    );
    await page.getByRole("button", { name: back }).click();
    await walkLesson(
      page,
      lang,
      lang === "en" ? /^6\. The client behind NAT/ : /^6\. El cliente detrás de NAT/,
      true,
      `lesson6-${lang}`,
    );
    // The last step replays the session with Windows' ftp.exe: its PORT is refused (500), and it has
    // no passive command to fall back on.
    const t = (await hook(page)).trace;
    expect(t.some((e) => e.code === 500 && /Illegal PORT command/.test(e.text ?? ""))).toBe(true);
    expect(t.some((e) => e.kind === "ClientPrinted" && e.text === "Invalid command.")).toBe(true);
    expect(t.some((e) => e.kind === "CommandSent" && /^(PASV|EPSV)/.test(e.text ?? ""))).toBe(false);
    // Progress survives a reload.
    await page.reload();
    await page.getByRole("toolbar").getByRole("button", { name: WORDS[lang].lessons }).click();
    await expect(
      page.getByRole("button", {
        name: lang === "en" ? /^6\..*6 of 6 steps done/ : /^6\..*6 de 6 pasos hechos/,
      }),
    ).toBeVisible();
    await page.screenshot({ path: `${SCREENS}/lesson-list-${lang}.png` });
  });
}

test("presenter mode: large, keyboard driven, captions, Esc leaves", async ({ page }) => {
  await open(page, "es");
  await page.keyboard.press("p");
  const presenter = page.getByTestId("presenter");
  await expect(presenter).toBeVisible();
  await page.keyboard.press("Home");
  const start = (await hook(page)).cursor;
  await page.keyboard.press("PageDown");
  await page.keyboard.press("PageDown");
  await expect.poll(async () => (await hook(page)).cursor).toBeGreaterThan(start);
  const moved = (await hook(page)).cursor;
  await page.keyboard.press("PageUp");
  await expect.poll(async () => (await hook(page)).cursor).toBeLessThan(moved);
  await expect(page.getByTestId("presenter-caption")).toContainText("SYN");
  await page.screenshot({ path: `${SCREENS}/presenter-es.png` });
  await page.keyboard.press("Escape");
  await expect(presenter).toBeHidden();
});

test("predict mode asks before each reply and keeps the score", async ({ page }) => {
  await open(page, "en");
  await page.getByRole("toolbar").getByRole("button", { name: "Predict" }).click();
  const panel = page.getByTestId("predict-panel");
  await expect(page.getByTestId("predict-question")).toContainText("just connected");
  // Paused just before the greeting: the panel moves the cursor there as it opens (an effect after its
  // first render, so the question may show a moment before the cursor has moved).
  await expect
    .poll(async () => {
      const { trace, cursor } = await hook(page);
      return trace[cursor + 1]?.code;
    })
    .toBe(220);
  await panel.getByRole("button", { name: "220", exact: true }).click();
  await expect(page.getByTestId("predict-answer")).toContainText("Right");
  await expect(page.getByTestId("predict-score")).toHaveText("Score: 1 of 1");
  await panel.getByRole("button", { name: "Next reply" }).click();
  // The terminal is the interactive ftp: the name typed at its Name prompt goes out as USER.
  await expect(page.getByTestId("predict-question")).toContainText("USER anonymous");
  await panel.getByRole("button", { name: "350", exact: true }).click();
  await expect(page.getByTestId("predict-answer")).toContainText("Not quite: it was 331");
  await expect(page.getByTestId("predict-score")).toHaveText("Score: 1 of 2");
  await panel.getByRole("button", { name: "Next reply" }).click();
  await expect(page.getByTestId("predict-question")).toContainText("PASS");
  await panel.getByRole("button", { name: "230", exact: true }).click();
  await expect(page.getByTestId("predict-answer")).toContainText("Right");
  await expect(page.getByTestId("predict-score")).toHaveText("Score: 2 of 3");
  await page.screenshot({ path: `${SCREENS}/predict-en.png` });
});

test("a share link replays the identical session in a fresh page", async ({ page, browser }) => {
  await open(page, "en");
  await typeCommand(page, "cd pub");
  await typeCommand(page, "get notas.txt");
  await expect
    .poll(async () => (await hook(page)).trace.filter((e) => e.kind === "CommandTyped").length)
    .toBe(6);
  await page.getByRole("slider", { name: "Position in the session" }).fill("20");
  const mine = await hook(page);
  await page.getByRole("toolbar").getByRole("button", { name: "Share link" }).click();
  await expect(page.getByTestId("teaching-status")).toContainText(/Link copied|Copy this link/);
  const url = page.url();
  expect(url).toContain("#s=");
  expect(url.length).toBeLessThan(2000);

  const fresh = await (await browser.newContext({ reducedMotion: "reduce" })).newPage();
  await open(fresh, "en", url.slice(url.indexOf("/#")));
  await expect(fresh.getByTestId("teaching-status")).toContainText("Shared session opened (6 commands)");
  const theirs = await hook(fresh);
  expect(theirs.trace).toEqual(mine.trace);
  expect(theirs.cursor).toBe(20);
  await fresh.screenshot({ path: `${SCREENS}/share-opened.png` });
});

test("a damaged share link says what is wrong and keeps the default session", async ({ page }) => {
  await open(page, "es", "/#s=abc$$$");
  await expect(page.getByTestId("teaching-status")).toContainText("No se puede abrir este enlace");
  await expect(page.getByTestId("teaching-status")).toContainText("base64url");
  expect((await hook(page)).trace.length).toBeGreaterThan(10);
  await page.screenshot({ path: `${SCREENS}/share-damaged-es.png` });
});

test("exports the diagram as a valid SVG", async ({ page }) => {
  await open(page, "en");
  await toEnd(page);
  // The first command and its greeting (220) in view.
  await page.keyboard.press("Home");
  await page.keyboard.press("Shift+ArrowRight");
  await page.getByText("Export", { exact: true }).click();
  const [dl] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Diagram (SVG)" }).click(),
  ]);
  expect(dl.suggestedFilename()).toBe("ftp-diagram.svg");
  const text = readFileSync((await dl.path())!, "utf8");
  expect(text.startsWith("<?xml")).toBe(true);
  const ok = await page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    return doc.querySelector("parsererror") === null && doc.documentElement.nodeName === "svg";
  }, text);
  expect(ok).toBe(true);
  expect(text).toContain("220");
  // Render the exported file alone, to look at it.
  await page.setContent(text);
  await page.screenshot({ path: `${SCREENS}/export-svg.png` });
});

test("importing a tampered trace file names the bad line and loses nothing", async ({ page }) => {
  await open(page, "en");
  const before = await hook(page);
  const lines = before.trace.map((e) => JSON.stringify(e));
  lines[2] = lines[2]!.replace(/"kind":"[A-Za-z]+"/, '"kind":"Teleported"');
  await page.getByTestId("import-trace").setInputFiles({
    name: "tampered.jsonl",
    mimeType: "application/x-ndjson",
    buffer: Buffer.from(lines.join("\n")),
  });
  const status = page.getByTestId("teaching-status");
  await expect(status).toContainText("Could not import tampered.jsonl");
  await expect(status).toContainText("line 3");
  expect((await hook(page)).trace).toEqual(before.trace);
  await page.screenshot({ path: `${SCREENS}/import-tampered.png` });

  // The untampered file opens read-only, and the learner's session comes back.
  await page.getByTestId("import-trace").setInputFiles({
    name: "good.jsonl",
    mimeType: "application/x-ndjson",
    buffer: Buffer.from(before.trace.map((e) => JSON.stringify(e)).join("\n")),
  });
  await expect(status).toContainText("read-only");
  await page.getByRole("button", { name: "Back to my session" }).click();
  expect((await hook(page)).trace).toEqual(before.trace);
});

import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { openWorkbench, toEnd, workbenchTrace } from "./hooks";

/*
 * Following a session without the picture and without a mouse: the packet list, the narration live
 * region, the keyboard walk (in and out of the terminal) and an axe-core scan of each view.
 */
test.use({ reducedMotion: "reduce" });

const SCREENS = "test-results/screens";
const slider = (page: Page) => page.getByRole("slider", { name: /Position in the session|Posición/ });
const cursor = async (page: Page) => Number(await slider(page).inputValue());
const narration = (page: Page) => page.getByTestId("narration");

async function openIn(page: Page, lang: "es" | "en") {
  await page.addInitScript((l) => window.localStorage.setItem("ftpviz.lang", l), lang);
  await openWorkbench(page);
}

/** Everything axe finds that is serious or critical, as "rule: target" lines (empty when clean). */
async function seriousViolations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return r.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) =>
      v.nodes.map((n) => `${v.id}: ${n.target.join(" ")} — ${n.failureSummary?.split("\n")[1] ?? ""}`),
    );
}

for (const lang of ["en", "es"] as const) {
  test(`stepping says the entry's sentence in a polite live region (${lang})`, async ({ page }) => {
    await openIn(page, lang);
    const region = narration(page);
    await expect(region).toHaveAttribute("aria-live", "polite");
    await expect(region).toHaveText(""); // opening the page is not a step
    const trace = await workbenchTrace(page);
    const reply = trace.find((e) => e.kind === "ReplySent" && e.code === 227 && e.from.host === "server");
    expect(reply, "a 227 in the default session").toBeTruthy();
    await slider(page).fill(String(reply!.seq - 1));
    await page.getByRole("button", { name: lang === "en" ? /^Step forward/ : /^Paso adelante/ }).click();
    expect(await cursor(page)).toBe(reply!.seq);
    const said =
      lang === "en"
        ? /^Server to client( router)?, control connection: 227 Entering Passive Mode \(.*\)\. — the server listens on [\d.]+ port \d+$/
        : /^Del servidor al (router del )?cliente, conexión de control: 227 Entering Passive Mode \(.*\)\. — el servidor escucha en [\d.]+, puerto \d+$/;
    await expect(region).toHaveText(said);
    // The keyboard steps too, and the sentence follows the entry.
    await page.getByRole("button", { name: lang === "en" ? /^Step forward/ : /^Paso adelante/ }).focus();
    await page.keyboard.press("ArrowLeft");
    await expect(region).not.toHaveText(said);
    await expect(region).toContainText(lang === "en" ? "At the server" : "En el servidor");
  });
}

test("narration can be turned off in the settings, and stays off after a reload", async ({ page }) => {
  await openWorkbench(page);
  await page.getByText("Accessibility", { exact: true }).click();
  await page.getByLabel("Narrate each step (screen readers)").uncheck();
  await slider(page).fill("3");
  await expect(narration(page)).toHaveText("");
  await page.reload();
  await expect(page.getByTestId("sequence-diagram")).toBeVisible();
  await slider(page).fill("5");
  await expect(narration(page)).toHaveText("");
  await page.getByText("Accessibility", { exact: true }).click();
  await page.getByLabel("Narrate each step (screen readers)").check();
  await slider(page).fill("6");
  await expect(narration(page)).not.toHaveText("");
});

test("the terminal's screen-reader mode follows the setting", async ({ page }) => {
  await openWorkbench(page);
  await page.locator(".xterm-helper-textarea").waitFor({ state: "attached" });
  await expect(page.locator(".xterm-accessibility")).toHaveCount(0);
  await page.getByText("Accessibility", { exact: true }).click();
  await page.getByLabel("Terminal screen-reader mode").check();
  await expect(page.locator(".xterm-accessibility")).toHaveCount(1);
  await expect(page.locator(".xterm-accessibility-tree")).toContainText("ftp>");
});

test("the packet list follows the cursor both ways and follows one connection", async ({ page }) => {
  await openWorkbench(page);
  await toEnd(page);
  const trace = await workbenchTrace(page);
  await page.getByRole("button", { name: "Packet list" }).click();
  const list = page.getByTestId("packet-list");
  await expect(list.getByRole("table")).toBeVisible();
  await expect(list.getByRole("columnheader")).toHaveText([
    "No.",
    "Time (ms)",
    "From → to",
    "Channel",
    "Summary",
    "Explanation",
  ]);
  const last = trace.length - 1;
  expect(await cursor(page)).toBe(last);
  await expect(list.getByTestId("packet-row")).toHaveCount(trace.length);
  const current = list.locator('tr[aria-current="step"]');
  await expect(current).toHaveAttribute("data-seq", String(last));

  // Cursor → list: stepping back hides later rows and moves the current row.
  const user = trace.find((e) => e.kind === "CommandSent")!;
  await slider(page).fill(String(user.seq));
  await expect(list.getByTestId("packet-row")).toHaveCount(user.seq + 1);
  await expect(current).toHaveAttribute("data-seq", String(user.seq));
  await expect(current.locator("td").nth(4)).toHaveText(user.text!.trim());

  // List → cursor: a click, then ↑/↓ on the focused row.
  const row = (n: number) => list.locator(`tr[data-seq="${n}"]`);
  const b = user.seq - 2;
  await row(b).click();
  expect(await cursor(page)).toBe(b);
  await expect(row(b)).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect.poll(() => cursor(page)).toBe(b + 1);
  await expect(row(b + 1)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(row(b)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect.poll(() => cursor(page)).toBe(b - 1);
  await expect(row(b - 1)).toBeFocused();

  // Follow the data connection: only its entries remain, and ↓ walks along it past the cursor.
  const dataSyn = trace.find((e) => e.channel === "data" && e.kind === "SegmentSent")!;
  await slider(page).fill(String(dataSyn.seq));
  await list.getByRole("button", { name: /Follow this connection/ }).click();
  await expect(list.getByLabel("Connection")).toHaveValue(String(dataSyn.conn));
  const rows = list.getByTestId("packet-row");
  const expected = trace
    .filter((e) => e.seq <= dataSyn.seq && e.conn === dataSyn.conn)
    .map((e) => String(e.seq));
  await expect(rows).toHaveCount(expected.length);
  expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-seq")))).toEqual(expected);
  await list.locator(`tr[data-seq="${dataSyn.seq}"]`).focus();
  await page.keyboard.press("ArrowDown");
  const next = trace.find((e) => e.seq > dataSyn.seq && e.conn === dataSyn.conn)!;
  expect(await cursor(page)).toBe(next.seq);
  await expect(list.locator('tr[aria-current="step"]')).toHaveAttribute("data-seq", String(next.seq));
  await expect(list.locator('tr[aria-current="step"] td').nth(3)).toContainText(/data|TCP|NAT/);

  // Channel filter: without TCP and NAT, the followed data connection shows only its bytes.
  await list.getByLabel("All connections", { exact: false }).selectOption("");
  await list.getByRole("checkbox", { name: "TCP" }).uncheck();
  await list.getByRole("checkbox", { name: "NAT" }).uncheck();
  await list.getByRole("checkbox", { name: "event" }).uncheck();
  await page.getByRole("button", { name: /^Go to end/ }).click();
  const classes = await rows.evaluateAll((trs) => [
    ...new Set(trs.map((tr) => tr.getAttribute("data-class"))),
  ]);
  expect(classes.sort()).toEqual(["control", "data"]);
});

test("a keyboard-only walk reaches every panel and gets back out of the terminal", async ({ page }) => {
  await openWorkbench(page);
  await page.locator(".xterm-helper-textarea").waitFor({ state: "attached" });
  const where = () =>
    page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      if (!a || a === document.body) return "body";
      const zone = a.closest("[data-testid=packet-list]")
        ? "packet-list"
        : a.closest(".xterm")
          ? "terminal"
          : a.closest("[role=tablist]")
            ? "side-tabs"
            : a.closest("[role=tabpanel]")
              ? "side-panel"
              : a.closest("header")
                ? "header"
                : a.closest("#session-view")
                  ? "session-view"
                  : a.closest("[role=toolbar]")
                    ? "toolbar"
                    : a.closest("section, fieldset, form")
                      ? "strip"
                      : "other";
      return `${zone}:${a.tagName.toLowerCase()}:${a.textContent?.trim().slice(0, 24) ?? ""}`;
    });

  // The skip link comes first and lands on the session view.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to the diagram" })).toBeFocused();
  await page.screenshot({ path: `${SCREENS}/a11y-skip-link-en.png` });
  await page.keyboard.press("Enter");
  await expect(page.locator("#session-view")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Diagram" })).toBeFocused();

  // From the top, Tab reaches the terminal and stops there (Tab completes)…
  await page.locator("body").click({ position: { x: 2, y: 2 } });
  const seen: string[] = [];
  for (let i = 0; i < 80 && !(seen.at(-1) ?? "").startsWith("terminal"); i++) {
    await page.keyboard.press("Tab");
    seen.push(await where());
  }
  expect(seen.at(-1)).toMatch(/^terminal:textarea/);
  for (const zone of ["header", "strip", "toolbar", "session-view"])
    expect(
      seen.some((s) => s.startsWith(zone)),
      `${zone} in ${seen.join(" | ")}`,
    ).toBe(true);
  await page.keyboard.press("Tab");
  expect(await where()).toMatch(/^terminal/);
  await expect(page.getByText("Esc, then Tab: leave")).toBeVisible();
  // The shortcut sheet says so too.
  const sheetText = await page
    .getByRole("dialog", { name: "Keyboard shortcuts", includeHidden: true })
    .textContent();
  expect(sheetText).toContain("Esc, then Tab (or Shift+Tab) leaves it");
  expect(sheetText).toContain("follow the connection of the current row");
  await page.screenshot({ path: `${SCREENS}/a11y-terminal-focus-en.png` });

  // …Esc, then Tab leaves it for the side panels, and the walk continues to the end of the page.
  await page.keyboard.press("Escape");
  await expect(page.getByText("Tab now leaves the terminal")).toBeVisible();
  await page.keyboard.press("Tab");
  expect(await where()).toMatch(/^side-tabs:button:Inspector/);
  await page.screenshot({ path: `${SCREENS}/a11y-side-tab-focus-en.png` });
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: "Audit" })).toBeFocused();
  await page.keyboard.press("Tab");
  expect(await where()).toMatch(/^side-panel/);

  // Back into the terminal with Shift+Tab, and out backwards the same way.
  await page.getByRole("tab", { name: "Audit" }).focus();
  await page.keyboard.press("Shift+Tab");
  expect(await where()).toMatch(/^terminal/);
  await page.keyboard.press("Shift+Tab");
  expect(await where()).toMatch(/^terminal/);
  await page.keyboard.press("Escape");
  await page.keyboard.press("Shift+Tab");
  expect(await where()).not.toMatch(/^terminal/);
});

const WORDS = {
  en: { list: "Packet list", lessons: "Lessons", audit: "Audit" },
  es: { list: "Lista de paquetes", lessons: "Lecciones", audit: "Auditoría" },
};

const VIEWS: Record<string, (page: Page, w: (typeof WORDS)["en"]) => Promise<void>> = {
  workbench: async () => {},
  "packet list": async (page, w) => {
    await page.getByRole("button", { name: w.list }).click();
    await expect(page.getByTestId("packet-list")).toBeVisible();
  },
  lessons: async (page, w) => {
    await page.getByRole("toolbar").getByRole("button", { name: w.lessons }).click();
    await expect(page.getByRole("toolbar").getByRole("button", { name: w.lessons })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
  },
  presenter: async (page) => {
    await page.keyboard.press("p");
    await expect(page.getByTestId("presenter")).toBeVisible();
  },
  audit: async (page, w) => {
    await page.getByRole("tab", { name: w.audit }).click();
    await expect(page.getByTestId("audit-panel")).toBeVisible();
  },
};

for (const [name, open] of Object.entries(VIEWS))
  for (const lang of ["en", "es"] as const)
    test(`axe-core: no serious or critical violations on the ${name} view (${lang})`, async ({ page }) => {
      await openIn(page, lang);
      await page.locator(".xterm-helper-textarea").waitFor({ state: "attached" });
      await open(page, WORDS[lang]);
      expect(await seriousViolations(page)).toEqual([]);
    });

test("screens: the packet list and its focus ring, es and en, small and large", async ({ page }) => {
  for (const lang of ["es", "en"] as const) {
    await page.evaluate((l) => window.localStorage.setItem("ftpviz.lang", l), lang).catch(() => {});
    for (const [w, h] of [
      [1024, 768],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await openIn(page, lang);
      await toEnd(page);
      await page.getByRole("button", { name: lang === "en" ? "Packet list" : "Lista de paquetes" }).click();
      const list = page.getByTestId("packet-list");
      const mid = Math.floor((await workbenchTrace(page)).length * 0.6);
      await slider(page).fill(String(mid - 1));
      await list.locator(`tr[data-seq="${mid - 1}"]`).click();
      await page.keyboard.press("ArrowDown");
      await expect(list.locator(`tr[data-seq="${mid}"]`)).toBeFocused();
      await page.screenshot({ path: `${SCREENS}/a11y-packet-list-${lang}-${w}.png` });
    }
  }
});

test("at 200 % zoom (1280×720 seen as 640×360) nothing is cut off sideways and every panel is still there", async ({
  page,
}) => {
  await page.setViewportSize({ width: 640, height: 360 });
  await openWorkbench(page);
  await page.locator(".xterm-helper-textarea").waitFor({ state: "attached" });
  const overflowX = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(overflowX).toBe(false);
  for (const target of [
    page.getByRole("button", { name: "Packet list" }),
    page.getByRole("slider", { name: "Position in the session" }),
    page.getByTestId("sequence-diagram"),
    page.locator(".xterm"),
    page.getByRole("tab", { name: "Audit" }),
    page.getByText("Accessibility", { exact: true }),
  ]) {
    await target.scrollIntoViewIfNeeded();
    const b = (await target.boundingBox())!;
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width).toBeLessThanOrEqual(641);
  }
  await page.getByRole("button", { name: "Packet list" }).click();
  await page.screenshot({ path: `${SCREENS}/a11y-zoom-200-en.png`, fullPage: true });
});

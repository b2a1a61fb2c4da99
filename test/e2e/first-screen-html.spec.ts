import { test, expect } from "@playwright/test";
import { settled } from "./hooks";

// The first visit's screen is in the page's HTML (issue 20): with scripts off (a browser or a school
// that blocks them), the default session's first diagram row, the topology strip, the terminal's
// transcript, the inspector and the teaching bar are there to read. The HTML is Spanish (the course's
// language) whatever the browser prefers: choosing another needs scripts.
for (const locale of ["es-ES", "en-US"])
  test.describe(`with JavaScript disabled (${locale})`, () => {
    test.use({ javaScriptEnabled: false, locale });

    for (const size of [
      { width: 1024, height: 768 },
      { width: 1920, height: 1080 },
    ])
      test(`the first screen is readable HTML (${size.width}×${size.height})`, async ({ page }) => {
        await page.setViewportSize(size);
        await page.goto("/");
        const rows = page.getByTestId("trace-entry");
        await expect(rows.first()).toBeVisible();
        // The first visit starts at message 0: the row the cursor is on is that one, marked as the step.
        await expect(page.locator('[data-testid="trace-entry"][aria-current="step"]')).toHaveAttribute(
          "data-seq",
          "0",
        );
        // The row says what happened in words.
        await expect(rows.first()).toContainText("ftp> open server");
        await expect(page.getByLabel("Topología")).toBeVisible();
        // The panels whose code comes after the page's are on screen, not only somewhere in the HTML:
        // the terminal's transcript, the inspector on message #0 and the teaching bar.
        const transcript = page.getByTestId("terminal-static").filter({ visible: true });
        await expect(transcript).toBeVisible();
        await expect(transcript).toContainText("ftp> open server");
        await expect(page.getByRole("region", { name: "Terminal del cliente FTP" })).toBeVisible();
        const inspector = page.getByRole("region", { name: "Inspector" });
        await expect(inspector).toBeVisible();
        await expect(inspector.getByRole("heading", { name: "Inspector #0" })).toBeVisible();
        await expect(inspector.getByTestId("inspector")).toContainText("Orden escrita");
        const bar = page.getByRole("toolbar", { name: "Docencia" });
        await expect(bar).toBeVisible();
        await expect(bar.getByRole("button", { name: "Lecciones" })).toBeVisible();
        // …and no "Loading…" where they are, nor the terminal's: without scripts nothing more loads.
        await expect(
          page.getByText(/^(Cargando|Loading)( el terminal| the terminal)?…$/).filter({ visible: true }),
        ).toHaveCount(0);
        // The page says, in both languages, what needs scripts.
        const note = page.getByTestId("noscript-note");
        await expect(note).toBeVisible();
        await expect(note.locator('[lang="es"]')).toContainText("JavaScript");
        await expect(note.locator('[lang="en"]')).toContainText("JavaScript");
        await page.screenshot({
          path: `test-results/screens/first-screen-no-js-${locale}-${size.width}.png`,
        });
      });
  });

test("once scripts run, the drawn diagram replaces the static rows (one row per entry, no doubles)", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.locator("[data-static-rows]")).toHaveCount(0);
  // What the page says to browsers without scripts is not shown (a <noscript>'s content is text then).
  expect(await page.locator("header").innerText()).not.toContain("JavaScript");
  await expect(page.getByTestId("terminal-static")).toHaveCount(0);
  const seqs = await page
    .getByTestId("trace-entry")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-seq")));
  expect(new Set(seqs).size).toBe(seqs.length);
  expect(seqs.length).toBeGreaterThan(0);
});

test("the drawing takes over the rows the page came with: the same elements, still answering clicks and steps", async ({
  page,
}) => {
  // The first row element the HTML brought, kept before any script of the page runs.
  await page.addInitScript(() => {
    const keep = () => {
      const row = document.querySelector('[data-testid="trace-entry"][data-seq="0"]');
      if (row) (window as unknown as { __htmlRow: Element }).__htmlRow = row;
      return row !== null;
    };
    if (!keep()) {
      const o = new MutationObserver(() => keep() && o.disconnect());
      o.observe(document, { childList: true, subtree: true });
    }
  });
  await page.goto("/");
  await expect(page.locator("[data-static-rows]")).toHaveCount(0);
  const row = page.locator('[data-testid="trace-entry"][data-seq="0"]');
  // d3 moved that very element into its drawing instead of building the row again (adoptRows).
  expect(await row.evaluate((el) => el === (window as unknown as { __htmlRow?: Element }).__htmlRow)).toBe(
    true,
  );
  // It is d3's now: → moves the step mark off it, a click on it pins it in the inspector.
  await settled(page);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press("ArrowRight");
  await expect(row).not.toHaveAttribute("aria-current", "step");
  await row.click();
  await expect(page.getByRole("heading", { name: /^Inspector #0/ })).toBeVisible();
  await expect(row).toHaveClass(/selected/);
});

// Code the first screen does not run before the learner acts comes after the page's own scripts (issue
// 20): the teaching bar, its Export menu, the Live source. Each is named by a catalogue key only its
// code uses.
test("the page's own scripts carry no code the first screen does not run", async ({ page }) => {
  const html = await (await page.request.get("/")).text();
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] ?? "");
  expect(scripts.length).toBeGreaterThan(0);
  const code = (await Promise.all(scripts.map(async (s) => (await page.request.get(s)).text()))).join("\n");
  expect(code).toContain("ui.wb.shortcuts"); // the classroom bar is there (it is on the first screen)
  for (const key of ["lesson.ui.openCapture", "lesson.ui.exportSvg", "live.button"])
    expect(code, key).not.toContain(key);
});

// The terminal, the inspector, d3, the teaching bar and the presenter load after the page's own scripts
// (issue 20): keys pressed and clicks on the teaching bar before their code is here are kept, the panels
// keep their HTML meanwhile and then follow. In English the page switches language as it hydrates: the
// waiting panels hydrate in the HTML's Spanish first (no mismatch, no error), then follow.
const VIEWS = [
  { lang: "es", width: 1024, height: 768 },
  { lang: "en", width: 1920, height: 1080 },
  { lang: "en", width: 1024, height: 768 },
  { lang: "es", width: 1920, height: 1080 },
] as const;
for (const { lang, width, height } of VIEWS)
  test(`keys and clicks before the panels' code arrives are not lost (${lang}, ${width}×${height})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    const html = await (await page.request.get("/")).text();
    // The page's own scripts and stylesheets.
    const own = new Set(
      [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+)"/g)].map((m) => m[1]),
    );
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    let held = 0;
    // Their styles too: what the page looks like before their code is here is what it looks like after.
    await page.route(/\/_next\/static\/chunks\/[^/]+\.(js|css)$/, async (route) => {
      if (!own.has(new URL(route.request().url()).pathname)) {
        held++;
        await gate;
      }
      await route.continue();
    });
    await page.addInitScript((l) => window.localStorage.setItem("ftpviz.lang", l), lang);
    // Not "load": an English page asks for the catalogues while its own scripts run (its HTML brings only
    // Spanish words), and that request is held here like every lazy chunk.
    await page.goto("/", { waitUntil: "domcontentloaded" });
    await page.waitForFunction(
      () => (window as unknown as { __workbench?: unknown }).__workbench !== undefined,
    );
    await expect.poll(() => held).toBeGreaterThan(0);
    const current = page.locator('[data-testid="trace-entry"][aria-current="step"]');
    await expect(current).toHaveAttribute("data-seq", "0");

    await page.keyboard.press("ArrowRight");
    await expect(current).not.toHaveAttribute("data-seq", "0");
    const stepped = await current.getAttribute("data-seq");
    // Still waiting for their code: the rows are the static ones, the terminal and inspector keep their HTML.
    await expect(page.locator("[data-static-rows]")).toHaveCount(1);
    await expect(page.getByTestId("terminal-static")).toContainText("ftp> open server");
    await expect(page.getByRole("region", { name: "Inspector" })).toBeVisible();
    const looks = () =>
      page.evaluate(() => {
        const style = (sel: string) => {
          const el = document.querySelector(sel);
          const s = el && getComputedStyle(el);
          return s && [s.backgroundColor, s.fontSize, s.display, s.borderTopWidth];
        };
        return {
          terminal: style(
            'section[aria-label="Terminal del cliente FTP"], section[aria-label="FTP client terminal"]',
          ),
          inspector: style('section[aria-label="Inspector"] h2'),
          bar: style("[data-teaching-bar] button[aria-keyshortcuts]"),
        };
      });
    const styled = await looks();
    // …not a "Loading…" in their place (the step reached them as work that waits for their code).
    await expect(page.getByText(lang === "es" ? "Cargando…" : "Loading…", { exact: true })).toHaveCount(0);
    // The teaching bar's code is not here yet: its HTML (in Spanish until then) takes a click or, from
    // the keyboard, Enter, which does nothing yet and opens the lessons once the code is here.
    const bar = page.getByRole("toolbar", { name: "Docencia" });
    const lessons = bar.getByRole("button", { name: "Lecciones" });
    await expect(bar.getByRole("button", { name: "Abrir traza o escenario…" })).toBeVisible();
    const [barBefore, before] = [await bar.boundingBox(), await lessons.boundingBox()];
    if (lang === "es") await lessons.click();
    else {
      await lessons.focus();
      await page.keyboard.press("Enter");
    }
    await expect(lessons).toHaveAttribute("aria-expanded", "false");
    await page.screenshot({ path: `test-results/screens/first-screen-held-${lang}-${width}.png` });
    // A file chosen in the bar's Open trace or scenario now is read once the code is here, and what is
    // wrong with it said in the page's language (not in the HTML's, which the bar hydrates in).
    await page.getByTestId("import-trace").setInputFiles({
      name: "rota.jsonl",
      mimeType: "application/x-ndjson",
      buffer: Buffer.from('{"seq":0}\nno es json\n'),
    });
    await expect(page.getByTestId("teaching-status")).toHaveText("");
    // The Export menu opens by itself (a <details>); a range typed in it counts once the code is here.
    const exportMenu = bar.getByText("Exportar", { exact: true });
    await exportMenu.click();
    await bar.getByLabel("desde #").fill("2");
    await bar.getByLabel("hasta #").fill("3");
    await exportMenu.click();
    // Presenter mode's code is not here yet either: P opens it once it is.
    await page.keyboard.press("p");

    release();
    await expect(page.getByTestId("presenter")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("presenter")).toHaveCount(0);
    // The click counted once: the lessons are open, not opened and closed again.
    const ready = page.getByRole("toolbar", { name: lang === "es" ? "Docencia" : "Teaching" });
    await expect(
      ready.getByRole("button", { name: lang === "es" ? "Lecciones" : "Lessons" }),
    ).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByRole("region", { name: lang === "es" ? "Lecciones" : "Lessons" })).toBeVisible();
    await expect(
      ready.getByRole("button", {
        name: lang === "es" ? "Abrir traza o escenario…" : "Open trace or scenario…",
      }),
    ).toBeVisible();
    const status = page.getByTestId("teaching-status");
    await expect(status).toContainText(
      lang === "es" ? "línea 2: no es JSON válido" : "line 2: not valid JSON",
    );
    await expect(status).not.toContainText(lang === "es" ? "line " : "línea");
    await ready.getByText(lang === "es" ? "Exportar" : "Export", { exact: true }).click();
    await ready
      .getByRole("button", { name: lang === "es" ? "Versión para imprimir" : "Printable handout" })
      .click();
    await expect(page.getByTestId("handout-range")).toContainText(
      lang === "es" ? "del #2 al #3" : "#2 to #3",
    );
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("handout")).toBeHidden();
    expect(await looks()).toEqual(styled);
    // The bar stays where its HTML drew it (its styles came with the page); its buttons keep their
    // place and size (the status line beside them may make its row taller: they stay centred on it).
    // An English page's words change above it as it switches language, so only its side is compared.
    const after = await ready
      .getByRole("button", { name: lang === "es" ? "Lecciones" : "Lessons" })
      .boundingBox();
    expect(after?.x).toBe(before?.x);
    if (lang === "es") {
      expect((await ready.boundingBox())?.y).toBe(barBefore?.y);
      expect([after?.width, after?.height]).toEqual([before?.width, before?.height]);
    }
    await page.screenshot({ path: `test-results/screens/first-screen-ready-${lang}-${width}.png` });
    await expect(page.locator("[data-static-rows]")).toHaveCount(0);
    await expect(current).toHaveAttribute("data-seq", stepped!);
    await expect(page.getByTestId("terminal-static")).toHaveCount(0);
    const cursor = await page.evaluate(
      () => (window as unknown as { __workbench: { cursor: number } }).__workbench.cursor,
    );
    expect(cursor).toBe(Number(stepped));
    // The terminal and the inspector speak the page's language once their code is here.
    await expect(
      page.getByRole("toolbar", { name: lang === "es" ? "Ajustes del terminal" : "Terminal settings" }),
    ).toBeVisible();
    expect(errors).toEqual([]);
  });

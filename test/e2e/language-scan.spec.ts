import { test, expect, type Page } from "@playwright/test";
import { catalogs } from "@/lib/i18n";
import { PRESET_NAMES, preset } from "@/lib/net/presets";
import { LESSONS } from "@/lib/lessons";
import type { TraceEntry } from "@/lib/trace/types";
import { settled } from "./hooks";

/*
 * Issue 15, item 11: a Spanish page shows Spanish. The scan visits the workbench's views in es (every
 * topology, both modes, the side panels, TFTP, presenter, predict, the export menu, the shortcut sheet
 * and every step of every lesson after its Show me) and reads what a learner reads: visible text and the
 * names screen readers say (aria-label, title). What crossed the wire (commands, replies, listings) is
 * left out: it is the protocol's own text, as are elements marked translate="no" (exact bytes, rule ids). Anything else must have no internal id and no word that only
 * the English side of the catalogue uses.
 */

test.use({ reducedMotion: "reduce", viewport: { width: 1280, height: 800 } });
test.setTimeout(420_000);

const topologies = PRESET_NAMES.map((n) => preset(n, { alg: true, firewall: true, victim: true }));
const IDS = [
  ...new Set([
    ...PRESET_NAMES.filter((n) => n.includes("-")),
    ...topologies.flatMap((t) => [...t.hosts.map((h) => h.name), ...t.links.map((l) => l.name)]),
    ...Object.keys(catalogs.en)
      .filter((k) => k.startsWith("ui.kind."))
      .map((k) => k.slice("ui.kind.".length)),
  ]),
].filter((id) => id.includes("-") || /^[A-Z][a-z]+[A-Z]/.test(id));
const PREFIXES = [...new Set(Object.keys(catalogs.en).map((k) => k.split(".")[0]))];
const KEY_LIKE = new RegExp(String.raw`\b(?:${PREFIXES.join("|")})\.[a-z][\w-]*\.?[\w-]*`);

const words = (text: string) => text.toLowerCase().match(/[a-záéíóúüñ]{4,}/g) ?? [];
const esWords = new Set(Object.values(catalogs.es).flatMap(words));
/** Words only the English side of the catalogue uses: seen on a Spanish page, something is untranslated. */
const ENGLISH_ONLY = new Set(
  Object.values(catalogs.en)
    .map((s) => s.replace(/\{[^}]*\}/g, " "))
    .flatMap(words)
    .filter((w) => !esWords.has(w)),
);

type Hook = { __workbench?: { trace: TraceEntry[] } };

/** Visible text and accessible names on the page, without the terminal (the client's own output). */
async function readPage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const skip = (el: Element | null) =>
      !el ||
      el.closest(".xterm, script, style, [translate='no'], [lang]:not([lang^='es'])") !== null ||
      (el instanceof HTMLElement && !el.checkVisibility?.());
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim();
      if (text && !skip(n.parentElement)) out.push(text);
    }
    for (const el of document.querySelectorAll("[aria-label], [title], [placeholder]"))
      if (!skip(el))
        for (const a of ["aria-label", "title", "placeholder"]) {
          const v = el.getAttribute(a);
          if (v) out.push(v);
        }
    return out;
  });
}

/** The protocol's own text in this trace: it is shown as it crossed the wire, in English. */
async function wireText(page: Page): Promise<string[]> {
  const trace = await page.evaluate(() => (window as unknown as Hook).__workbench?.trace ?? []);
  return (
    trace
      // TLS record names (ChangeCipherSpec, Finished…) are the protocol's own, as Wireshark shows them.
      .flatMap((e) => [e.text, e.before?.text, e.after?.text, ...(e.tls?.records ?? [])])
      .filter((t): t is string => typeof t === "string")
      .flatMap((t) => t.split(/\r?\n/))
      .map((l) => l.trim())
      .filter((l) => l.length > 0)
  );
}

const found = new Map<string, string>();

async function scan(page: Page, where: string) {
  // The simulation answers from a worker: a page read while a run is still arriving can pair the new
  // narration with the old trace. Only what is still there once the page has settled counts.
  let seen = new Map<string, string>();
  for (let attempt = 0; attempt < 10; attempt++) {
    seen = await scanOnce(page, where);
    if (seen.size === 0) return;
    await page.waitForTimeout(300);
  }
  for (const [what, at] of seen) if (!found.has(what)) found.set(what, at);
}

async function scanOnce(page: Page, where: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const squeeze = (t: string) => t.replace(/\s+/g, " ").trim();
  const wire = (await wireText(page)).map(squeeze).sort((a, b) => b.length - a.length);
  for (const raw of await readPage(page)) {
    let text = squeeze(raw);
    for (const line of wire) if (text.includes(line)) text = text.split(line).join(" ");
    // A payload quoted short (“220 victim.example ESMTP Post…”) is the start of a wire line.
    text = text.replace(/“([^”]*)…”/g, (q, start: string) =>
      wire.some((line) => line.startsWith(start.trim())) ? " " : q,
    );
    for (const id of IDS)
      if (new RegExp(String.raw`(^|[^\w-])${id}($|[^\w-])`).test(text))
        out.set(`id “${id}”`, `${where}: ${raw}`);
    const key = KEY_LIKE.exec(text);
    if (key) out.set(`key “${key[0]}”`, `${where}: ${raw}`);
    for (const w of words(text))
      if (ENGLISH_ONLY.has(w) && !out.has(`word “${w}”`)) out.set(`word “${w}”`, `${where}: ${raw}`);
  }
  return out;
}

test("a Spanish page shows no internal ids and no English outside the protocol's own text", async ({
  page,
}) => {
  await page.addInitScript(() => window.localStorage.setItem("ftpviz.lang", "es"));
  await page.goto("/");
  await expect(page.getByTestId("sequence-diagram")).toBeVisible();
  await settled(page);
  await scan(page, "primera visita");

  const topology = page.getByLabel("Topología");
  for (const name of PRESET_NAMES) {
    await topology.selectOption(name);
    for (const mode of ["Activo", "Pasivo"]) {
      await page.getByRole("radio", { name: mode, exact: true }).check();
      await page.locator("[data-diagram-home]").first().focus();
      await page.keyboard.press("End");
      const tabs = mode === "Activo" ? ["Inspector", "Auditoría", "Espía"] : ["Inspector"];
      for (const tab of tabs) {
        const t = page.getByRole("tab", { name: new RegExp(tab) });
        if (await t.count()) await t.first().click();
        await scan(page, `${name} ${mode} ${tab}`);
      }
      // Half-way through the session too: other rows, another inspector entry.
      await page.keyboard.press("Home");
      for (let i = 0; i < 12; i++) await page.keyboard.press("ArrowRight");
      await scan(page, `${name} ${mode} (mensaje 12)`);
    }
  }

  await page.getByRole("radio", { name: "TFTP", exact: true }).check();
  await scan(page, "TFTP");
  await page.getByRole("radio", { name: "FTP", exact: true }).check();

  const bar = page.getByRole("toolbar", { name: "Docencia" });
  const exportMenu = page.locator("summary", { hasText: "Exportar" });
  await exportMenu.click();
  await scan(page, "menú Exportar");
  // Esc closes the menu: it never stays open over the diagram (issue 15, item 11).
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Diagrama (SVG)" })).toBeHidden();
  await page.getByRole("button", { name: /^Predecir/ }).click();
  await scan(page, "predicción");
  await page.getByRole("button", { name: /^Predecir/ }).click();
  await page.locator("body").click({ position: { x: 2, y: 2 } });
  await page.keyboard.press("?");
  await scan(page, "atajos de teclado");
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: /^Presentar/ }).click();
  await scan(page, "modo presentador");
  await page.keyboard.press("Escape");

  // Every lesson, every step, after its Show me.
  await bar.getByRole("button", { name: "Lecciones" }).click();
  for (const lesson of LESSONS) {
    await page.getByRole("button", { name: new RegExp(`^${escape(catalogs.es[lesson.titleKey]!)}`) }).click();
    const panel = page.getByTestId("lesson-panel");
    await expect(panel).toBeVisible();
    for (let i = 0; i < lesson.steps.length; i++) {
      await panel.getByRole("button", { name: new RegExp(`^Paso ${i + 1} de`) }).click();
      const showMe = panel.getByRole("button", { name: "Muéstramelo" });
      if (await showMe.count()) await showMe.click();
      await page.locator("[data-diagram-home]").first().focus();
      await page.keyboard.press("End");
      await scan(page, `${catalogs.es[lesson.titleKey]} paso ${i + 1}`);
    }
    await panel.getByRole("button", { name: "Reiniciar" }).click();
    await panel.getByRole("button", { name: "Todas las lecciones" }).click();
  }

  expect([...found].map(([what, where]) => `${what} — ${where.slice(0, 160)}`)).toEqual([]);
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

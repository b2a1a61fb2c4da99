/**
 * The first visit's session, simulated at build time (this module runs only while the static page is
 * rendered): the page arrives with its diagram, strip and transcript as HTML, and the browser needs
 * no simulation engine before the learner types. Never imported by client components.
 */
import { openSession } from "@/lib/sim/session";
import { catalogs, keysLookedUp, LANGS, type CatalogModule } from "@/lib/i18n";
import { narrate } from "@/lib/trace/narrate";
import { buildRows } from "@/components/sequence/rows";
import { rowText } from "@/components/sequence/labels";
import { DEFAULT_COMMANDS, DEFAULT_SETTINGS, toScenario } from "@/components/workbench/settings";
import type { FirstRun } from "@/components/workbench/workspace";

export function firstVisit(): FirstRun {
  const session = openSession(toScenario(DEFAULT_SETTINGS));
  session.typeAll(DEFAULT_COMMANDS.map((line) => ({ line })));
  return { trace: session.trace, ready: session.ready, problems: session.problems };
}

/**
 * The words the first session's rows (folded or not) and step narration look up, in both languages:
 * they come with the page, so its first JS needs none of the catalogues they are from (lib/i18n/core.ts).
 */
export function firstWords(run: FirstRun): CatalogModule {
  const keys = keysLookedUp(() => {
    for (const lang of LANGS) {
      for (const fold of [false, true]) for (const row of buildRows(run.trace, fold)) rowText(row, lang);
      for (const e of run.trace) narrate(e, lang);
    }
  });
  const pick = (catalog: Readonly<Record<string, string>>) =>
    Object.fromEntries([...keys].filter((k) => Object.hasOwn(catalog, k)).map((k) => [k, catalog[k]!]));
  return { en: pick(catalogs.en), es: pick(catalogs.es) };
}

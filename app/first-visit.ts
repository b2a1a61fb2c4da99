/**
 * The first visit's session, simulated at build time (this module runs only while the static page is
 * rendered): the page arrives with its diagram, strip and transcript as HTML, and the browser needs
 * no simulation engine before the learner types. Never imported by client components.
 */
import { openSession } from "@/lib/sim/session";
import { catalogs, FIRST_SCREEN, keysLookedUp, translate, type Catalog, type Lang } from "@/lib/i18n";
import { FIRST_LESSON } from "@/lib/lessons/first";
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

/** The words a page brings with its HTML: one language's (the HTML's), the others load with index.ts. */
export interface PageWords {
  readonly lang: Lang;
  readonly words: Catalog;
}

/**
 * The words the first screen needs in `lang`, which come with the page so its first JS needs no
 * catalogue (lib/i18n/core.ts): the workbench's own catalogues (FIRST_SCREEN) whole, and the few words
 * it shows from the others: the first session's rows (folded or not) and step narration, and the title
 * of the lesson the "start here" tip names (it shows as the page hydrates).
 */
export function pageWords(run: FirstRun, lang: Lang): PageWords {
  const keys = keysLookedUp(() => {
    for (const fold of [false, true]) for (const row of buildRows(run.trace, fold)) rowText(row, lang);
    for (const e of run.trace) narrate(e, lang);
    translate(lang, FIRST_LESSON.titleKey);
  });
  const session = [...keys]
    .filter((k) => Object.hasOwn(catalogs[lang], k))
    .map((k) => [k, catalogs[lang][k]!]);
  return {
    lang,
    words: Object.assign({}, ...FIRST_SCREEN.map((m) => m[lang]), Object.fromEntries(session)) as Catalog,
  };
}

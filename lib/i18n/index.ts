/**
 * Message catalogues for Spanish and English. Every module that explains something keeps its own
 * catalogue in lib/i18n/messages/<area>.ts; core.ts holds the lookup ({param} placeholders) and the
 * catalogues of the first screen, and this file adds all the others. A test checks that every key
 * exists in both languages.
 */
import { addCatalogs } from "./core";
import { messages as security } from "./messages/security";
import { messages as tftp } from "./messages/tftp";
import { messages as lessons } from "./messages/lessons";
import { messages as pcap } from "./messages/pcap";
import { messages as lab } from "./messages/lab";
import { messages as a11y } from "./messages/a11y";
import { messages as live } from "./messages/live";
import { messages as traceImport } from "./messages/trace-import";

export * from "./core";

/**
 * Keys of the catalogues written as typed rows (lib/i18n/rows.ts): naming one that does not exist fails
 * the typecheck. So far the server's; the other catalogues are plain maps checked by tests.
 */
export type MessageKey = ServerMessageKey;
export const LANGS: readonly Lang[] = ["es", "en"];

type Catalog = Readonly<Record<string, string>>;
const modules: readonly { readonly en: Catalog; readonly es: Catalog }[] = [
  client,
  clientProfiles,
  net,
  server,
  sim,
  ui,
  codes,
  terminal,
  tftp,
  security,
  lessons,
  pcap,
  limits,
  workbench,
  lab,
  a11y,
  live,
  traceImport,
];

export const catalogs: Readonly<Record<Lang, Catalog>> = {
  en: Object.assign({}, ...modules.map((m) => m.en)) as Catalog,
  es: Object.assign({}, ...modules.map((m) => m.es)) as Catalog,
};

export type Params = Readonly<Record<string, string | number>>;

/**
 * The text for `key` in `lang`, with placeholders filled from params. Unknown keys show the key itself.
 * - `{name}`: the value as it is;
 * - `{name|one|other}`: a countable noun (and its agreeing words) for the number `name`: "1 orden",
 *   "3 órdenes" (Spanish and English both take the singular for exactly 1);
 * - `{name:name}`: an id of the simulation (a host, a link) as words the learner reads ("router del
 *   cliente", not "client-router"), from `ui.name.<id>`; an id the catalogue lacks stays as it is.
 */
export function translate(lang: Lang, key: string, params?: Params): string {
  // Keys and params may come from an imported file: only own properties count ("constructor" is no key).
  const template = own(catalogs[lang], key) ?? own(catalogs.en, key) ?? String(key);
  if (!params || typeof params !== "object") return template;
  // Plural forms first: a form may itself hold a placeholder ("se han repetido tus {n} órdenes").
  const counted = template.replace(PLURAL, (m, name: string, one: string, other: string) => {
    const v = own(params, name);
    return v === undefined ? m : Number(v) === 1 ? one : other;
  });
  return counted.replace(PLACEHOLDER, (m, name: string, format?: string) => {
    const v = own(params, name);
    if (v === undefined) return m;
    return format === "name" ? nameOf(lang, String(v)) : String(v);
  });
}

const FORM = String.raw`((?:[^|{}]|\{\w+\})*)`;
/** `{n|one|other}`; each form may hold plain placeholders. */
const PLURAL = new RegExp(String.raw`\{(\w+)\|${FORM}\|${FORM}\}`, "g");
/** `{n}` or `{id:name}`. */
const PLACEHOLDER = /\{(\w+)(?::(name))?\}/g;

/** The placeholder names a template uses, whatever their form (for the catalogue's own tests). */
export const placeholders = (template: string): string[] =>
  [...new Set([...template.matchAll(PLURAL), ...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();

function nameOf(lang: Lang, id: string): string {
  return idText(lang, "ui.name", id) ?? id;
}

/** "router12" → family "router", number 12: an id the simulation or an import numbers. */
const NUMBERED = /^(.*\D)(\d+)$/;

/**
 * The words for an id (a host, a link) in a family of rows ("ui.host", "ui.name"): its own row, else,
 * for a numbered id ("router7"), its family's numbered row ("ui.host.routerN": "Router {n}"), so a path
 * with any number of routers is named; undefined when the catalogue has neither.
 */
export function idText(lang: Lang, family: string, id: string): string | undefined {
  const key = `${family}.${id}`;
  if (own(catalogs[lang], key) !== undefined || own(catalogs.en, key) !== undefined)
    return translate(lang, key);
  const m = NUMBERED.exec(id);
  const numbered = m ? `${family}.${m[1]}N` : undefined;
  if (!m || !numbered || !hasKey(numbered)) return undefined;
  return translate(lang, numbered, { n: Number(m[2]) });
}

/** A host (a lifeline) by name in the learner's language; a host the catalogue does not know keeps its name. */
export const hostName = (host: string, lang: Lang): string => idText(lang, "ui.host", host) ?? host;

const own = <T>(o: Readonly<Record<string, T>>, k: string): T | undefined =>
  Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined;

export function hasKey(key: string): boolean {
  return own(catalogs.en, key) !== undefined || own(catalogs.es, key) !== undefined;
}

/** Picks the UI language from the browser's preferences (Spanish unless English comes first). */
export function pickLang(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split("-")[0];
    if (base === "es" || base === "en") return base;
  }
  return "es";
}

/**
 * The lookup ({param} placeholders, plurals, names) and the catalogues' types. No catalogue's texts are
 * here: index.ts adds them all. The page brings the words its first screen shows, in its own language,
 * with its HTML (app/first-visit.ts → addWords), and loads index.ts right after, so its first JS holds
 * no catalogue at all. Everything outside the page imports index.ts and sees every catalogue.
 */
// Types only: each catalogue's keys are known here, their texts load with index.ts.
import type { Key as ClientProfilesKey } from "./messages/client-profiles";
import type { Key as NetKey } from "./messages/net";
import type { Key as UiKey } from "./messages/ui";
import type { Key as LessonsUiKey } from "./messages/lessons-ui";
import type { Key as LimitsKey } from "./messages/limits";
import type { Key as WorkbenchKey } from "./messages/workbench";
import type { Key as A11yKey } from "./messages/a11y";
import type { Key as LiveKey } from "./messages/live";
import type { Key as ClientKey } from "./messages/client";
import type { Key as ServerKey } from "./messages/server";
import type { Key as SimKey } from "./messages/sim";
import type { Key as CodesKey } from "./messages/codes";
import type { Key as TerminalKey } from "./messages/terminal";
import type { Key as SecurityKey } from "./messages/security";
import type { Key as TftpKey } from "./messages/tftp";
import type { Key as LessonsKey } from "./messages/lessons";
import type { Key as PcapKey } from "./messages/pcap";
import type { Key as LabKey } from "./messages/lab";
import type { Key as TraceImportKey } from "./messages/trace-import";
import type { Key as HandoutKey } from "./messages/handout";
import type { Key as PageKey } from "./messages/page";

export type Lang = "es" | "en";

/**
 * Every key of every catalogue (each written as typed rows, lib/i18n/rows.ts): naming one that does not
 * exist fails the typecheck.
 */
export type MessageKey =
  | ClientKey
  | ClientProfilesKey
  | NetKey
  | ServerKey
  | SimKey
  | UiKey
  | CodesKey
  | TerminalKey
  | LessonsUiKey
  | LimitsKey
  | WorkbenchKey
  | A11yKey
  | LiveKey
  | SecurityKey
  | TftpKey
  | LessonsKey
  | PcapKey
  | LabKey
  | TraceImportKey
  | HandoutKey
  | PageKey;

/** The keys that start with `prefix`: `KeysUnder<"net.">` is every note of the network. */
export type KeysUnder<P extends string> = Extract<MessageKey, `${P}${string}`>;
/** What follows `prefix` in those keys: `KeySuffix<"net.">` holds "natMapped" for "net.natMapped". */
export type KeySuffix<P extends string, K extends string = MessageKey> = K extends `${P}${infer S}`
  ? S
  : never;
export const LANGS: readonly Lang[] = ["es", "en"];
/** The static HTML's language (the course's): its words come with the page, the other's load after it. */
export const PAGE_LANG: Lang = "es";

export type Catalog = Readonly<Record<string, string>>;
export type CatalogModule = { readonly en: Catalog; readonly es: Catalog };

/** Every catalogue added so far, merged per language: empty until the page's words or index.ts arrive. */
export const catalogs: Readonly<Record<Lang, Catalog>> = { en: {}, es: {} };

let added = 0;
/** Adds catalogues to the lookup (once each module is loaded). */
export function addCatalogs(...modules: readonly CatalogModule[]): void {
  for (const m of modules) {
    Object.assign(catalogs.en, m.en);
    Object.assign(catalogs.es, m.es);
  }
  added += modules.length;
}

/**
 * Words the page brings with its HTML, in its own language (app/first-visit.ts: its first screen's words),
 * before the catalogues holding them have loaded. Not a catalogue: `catalogsAdded` does not change.
 */
export function addWords(lang: Lang, words: Catalog): void {
  Object.assign(catalogs[lang], words);
}

let lookups: Set<string> | null = null;
/** The keys `translate` looks up while `fn` runs (to list the words a rendering needs). */
export function keysLookedUp(fn: () => void): ReadonlySet<string> {
  const outer = lookups;
  const mine = (lookups = new Set());
  try {
    fn();
  } finally {
    lookups = outer;
  }
  return mine;
}

/** How many catalogues were added after the first ones: a change means new words to show. */
export const catalogsAdded = (): number => added;

export type Params = Readonly<Record<string, string | number>>;

/**
 * The text for `key` in `lang`, with placeholders filled from params. Unknown keys show the key itself.
 * - `{name}`: the value as it is;
 * - `{name|one|other}`: a countable noun (and its agreeing words) for the number `name`: "1 orden",
 *   "3 órdenes" (Spanish and English both take the singular for exactly 1);
 * - `{name:name}`: an id of the simulation (a host, a link) as words the learner reads ("router del
 *   cliente", not "client-router"), from `ui.name.<id>`; an id the catalogue lacks stays as it is.
 */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  lookups?.add(key);
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
  if (isMessageKey(key)) return translate(lang, key);
  const m = NUMBERED.exec(id);
  const numbered = m ? `${family}.${m[1]}N` : undefined;
  if (!m || !numbered || !isMessageKey(numbered)) return undefined;
  return translate(lang, numbered, { n: Number(m[2]) });
}

/** A host (a lifeline) by name in the learner's language; a host the catalogue does not know keeps its name. */
export const hostName = (host: string, lang: Lang): string => idText(lang, "ui.host", host) ?? host;

const own = <T>(o: Readonly<Record<string, T>>, k: string): T | undefined =>
  Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined;

/**
 * The one check for a key made at run time (a note read from a file or the live feed, a key composed
 * from data): true when a catalogue loaded so far has it. Keys written in the code are typed instead.
 */
export function isMessageKey(key: string): key is MessageKey {
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

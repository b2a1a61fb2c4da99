/**
 * The one catalogue shape: rows `[key, English, Spanish]`. A row without both languages does not
 * compile, and the keys of a catalogue written `as const` are a type (`KeyOf`), so code that names a
 * key of such a catalogue by a misspelled or missing name fails the typecheck, not a regex scan.
 */
export type Row = readonly [key: string, en: string, es: string];

/** The keys of a catalogue's rows. */
export type KeyOf<R extends readonly Row[]> = R[number][0];

export type Catalogue<K extends string> = { readonly en: Record<K, string>; readonly es: Record<K, string> };

/** The rows as the per-language maps the merger reads (lib/i18n/index.ts). */
export function fromRows<const R extends readonly Row[]>(rows: R): Catalogue<KeyOf<R>> {
  const en: Record<string, string> = {};
  const es: Record<string, string> = {};
  for (const [key, e, s] of rows) {
    en[key] = e;
    es[key] = s;
  }
  return { en, es } as Catalogue<KeyOf<R>>;
}

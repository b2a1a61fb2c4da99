/**
 * Words only the build-time HTML shows (app/page.tsx renders them on the server): what a browser with
 * scripts turned off can and cannot do. The page shows every language's at once (it cannot choose one
 * without scripts), so they are not among the first screen's catalogues. Keys start "page.".
 */
import { fromRows, type KeyOf } from "../rows";

const ROWS = [
  [
    "page.noscript",
    "JavaScript is turned off in this browser: the page shows how a session begins, but stepping through it, typing in the terminal, the lessons and choosing the language need JavaScript.",
    "JavaScript está desactivado en este navegador: la página muestra cómo empieza una sesión, pero avanzar paso a paso, escribir en el terminal, las lecciones y elegir el idioma necesitan JavaScript.",
  ],
] as const;

/** This catalogue's keys (lib/i18n/core.ts joins every catalogue's into MessageKey). */
export type Key = KeyOf<typeof ROWS>;

export const messages = fromRows(ROWS);

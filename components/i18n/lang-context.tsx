"use client";
/**
 * The UI language: remembered in localStorage, else chosen from navigator.languages (pickLang). Read
 * through useSyncExternalStore so the static HTML (Spanish) hydrates cleanly and then switches. The page
 * brings only its own language's words (app/first-visit.ts); every catalogue loads right after it
 * (lib/i18n/index.ts), and another language shows once its words are here.
 */
import { useEffect, useState, useSyncExternalStore } from "react";
import {
  addWords,
  catalogsAdded,
  PAGE_LANG,
  pickLang,
  translate,
  type Catalog,
  type Lang,
  type MessageKey,
  type Params,
} from "@/lib/i18n/core";

export const LANG_STORAGE_KEY = "ftpviz.lang";
const SERVER_LANG: Lang = PAGE_LANG;
const listeners = new Set<() => void>();

function readLang(): Lang {
  try {
    const stored = window.localStorage.getItem(LANG_STORAGE_KEY);
    if (stored === "es" || stored === "en") return stored;
  } catch {
    // storage may be disabled (private mode); fall back to the browser's preference
  }
  return pickLang(navigator.languages ?? [navigator.language]);
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  window.addEventListener("storage", onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener("storage", onChange);
  };
}

function storeLang(lang: Lang): void {
  try {
    window.localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // not remembered, but still switched for this page
  }
  memory = lang;
  for (const l of listeners) l();
  if (lang !== SERVER_LANG) void loadCatalogs();
}

let memory: Lang | null = null;
const snapshot = (): Lang => memory ?? readLang();

interface LangValue {
  readonly lang: Lang;
  /** Every catalogue is loaded (the first screen's words come with the page, the others right after it). */
  readonly complete: boolean;
  readonly setLang: (lang: Lang) => void;
  readonly t: (key: MessageKey, params?: Params) => string;
}

const setLang = (l: Lang) => storeLang(l);
/** Catalogues added so far (lib/i18n/core.ts): a new count makes every reader show the new words. */
let added = catalogsAdded();
let loading: Promise<void> | null = null;
/** Loads every catalogue, both languages, once; a failed load (offline, no cache) is tried again on the next call. */
function loadCatalogs(): Promise<void> {
  loading ??= import("@/lib/i18n").then(
    () => {
      if (added === catalogsAdded()) return;
      added = catalogsAdded();
      for (const l of listeners) l();
    },
    () => {
      loading = null;
    },
  );
  return loading;
}
// A learner whose language is not the HTML's needs every catalogue before the page can speak it: ask now,
// while the page's own scripts run, not after it hydrates.
if (typeof window !== "undefined" && snapshot() !== SERVER_LANG) void loadCatalogs();

const values = new Map<string, LangValue>();
/** One value per language and catalogue count, so a reader re-renders only when either changes. */
function valueOf(lang: Lang, count: number): LangValue {
  const key = `${lang}|${count}`;
  let v = values.get(key);
  if (!v) {
    v = { lang, complete: count > 0, setLang, t: (k, params) => translate(lang, k, params) };
    values.set(key, v);
  }
  return v;
}
/** The chosen language once its words are here; until then the HTML's, whose words came with the page. */
const clientValue = () => {
  const lang = snapshot();
  return valueOf(added > 0 ? lang : SERVER_LANG, added);
};
// What the static HTML was rendered with: every part of the page hydrates with it, even one whose code
// arrives after the page's (components/workbench/loading.tsx), then switches.
const serverValue = () => valueOf(SERVER_LANG, 0);

/**
 * `words`: the first screen's words in the HTML's language (app/first-visit.ts, `pageWords`).
 * The language is a store, not a context: a change reaches each reader as an update of its own, so a
 * part of the page still waiting for its code keeps its HTML until it hydrates.
 */
export function LangProvider({
  children,
  words,
}: {
  children: React.ReactNode;
  words?: { readonly lang: Lang; readonly words: Catalog };
}) {
  // Before any reader renders (on the server too), so the first screen reads its words.
  useState(() => words && addWords(words.lang, words.words));
  const { lang } = useLang();
  // Every catalogue (the client's and server's notes, lessons, security, TFTP, captures, the lab, and
  // the other language) loads right after the first screen.
  useEffect(() => void loadCatalogs(), []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return children;
}

export const useLang = (): LangValue => useSyncExternalStore(subscribe, clientValue, serverValue);

"use client";
/**
 * The UI language: remembered in localStorage, else chosen from navigator.languages (pickLang). Read
 * through useSyncExternalStore so the static HTML (Spanish) hydrates cleanly and then switches.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from "react";
import { catalogsAdded, pickLang, translate, type Lang, type MessageKey, type Params } from "@/lib/i18n/core";

export const LANG_STORAGE_KEY = "ftpviz.lang";
const SERVER_LANG: Lang = "es";
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
}

let memory: Lang | null = null;
const snapshot = (): Lang => memory ?? readLang();

interface LangValue {
  readonly lang: Lang;
  /** Every catalogue is loaded (the first screen's come with the page, the others right after it). */
  readonly complete: boolean;
  readonly setLang: (lang: Lang) => void;
  readonly t: (key: MessageKey, params?: Params) => string;
}

const LangContext = createContext<LangValue>({
  lang: SERVER_LANG,
  complete: false,
  setLang: () => {},
  t: (key, params) => translate(SERVER_LANG, key, params),
});

export function LangProvider({ children }: { children: React.ReactNode }) {
  const lang = useSyncExternalStore(subscribe, snapshot, () => SERVER_LANG);
  const setLang = useCallback((l: Lang) => storeLang(l), []);
  // The catalogues beyond the first screen's (lessons, security, TFTP, captures, the lab) load right
  // after it; a new `t` then makes every reader show their words.
  const [added, setAdded] = useState(catalogsAdded);
  useEffect(() => {
    let gone = false;
    void import("@/lib/i18n").then(() => {
      if (!gone) setAdded(catalogsAdded());
    });
    return () => {
      gone = true;
    };
  }, []);
  const value = useMemo<LangValue>(
    () => ({
      lang,
      complete: added > 0,
      setLang,
      // A new function per catalogue added: its readers render again and show the new words.
      t: (key, params) => translate(lang, key, params),
    }),
    [lang, setLang, added],
  );
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export const useLang = (): LangValue => useContext(LangContext);

"use client";
/**
 * Accessibility settings, remembered in localStorage: narration of each step (on unless turned off) and
 * xterm's screen-reader mode (off unless turned on: browsers do not tell a page that a screen reader runs).
 * Read with useSyncExternalStore so any component can follow them without a provider.
 */
import { useSyncExternalStore } from "react";

export interface A11ySettings {
  /** Say each step's sentence through the polite live region. */
  readonly narrate: boolean;
  /** xterm's screenReaderMode: terminal output is mirrored to an accessible live tree. */
  readonly screenReader: boolean;
}

export const A11Y_STORAGE_KEY = "ftpviz.a11y";
const DEFAULTS: A11ySettings = { narrate: true, screenReader: false };
const listeners = new Set<() => void>();
let memory: A11ySettings | null = null;

function read(): A11ySettings {
  if (memory) return memory;
  try {
    const raw: unknown = JSON.parse(window.localStorage.getItem(A11Y_STORAGE_KEY) ?? "null");
    const o = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
    memory = {
      narrate: typeof o.narrate === "boolean" ? o.narrate : DEFAULTS.narrate,
      screenReader: typeof o.screenReader === "boolean" ? o.screenReader : DEFAULTS.screenReader,
    };
  } catch {
    memory = DEFAULTS; // unreadable or disabled storage: the defaults, still switchable for this page
  }
  return memory;
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

export function setA11y(change: Partial<A11ySettings>): void {
  memory = { ...read(), ...change };
  try {
    window.localStorage.setItem(A11Y_STORAGE_KEY, JSON.stringify(memory));
  } catch {
    // not remembered, but applied to this page
  }
  for (const l of listeners) l();
}

export const useA11y = (): A11ySettings => useSyncExternalStore(subscribe, read, () => DEFAULTS);

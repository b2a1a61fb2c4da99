"use client";
/**
 * Panels that are not on the first screen load on first need: `onNeed` makes one, and
 * `preloadWhenIdle` fetches them all once the page is idle after its first screen, so a panel opened
 * later is there at once (a keyboard user's Tab into a just-opened tab finds its content).
 * `Loading` is what a panel shows for the moment its code takes to arrive.
 */
import {
  createElement,
  Suspense,
  use,
  useDeferredValue,
  useMemo,
  type ComponentType,
  type ReactNode,
} from "react";
import { useLang } from "@/components/i18n/lang-context";

const loaders: (() => Promise<unknown>)[] = [];

/**
 * A component whose code loads on first need. Unlike React.lazy, once the code is here (preloaded) it
 * renders at once, without a round through its Suspense fallback.
 */
export function onNeed<M, P extends object>(load: () => Promise<M>, pick: (m: M) => ComponentType<P>) {
  let loaded: M | undefined;
  let loading: Promise<M> | undefined;
  const get = () =>
    (loading ??= load().then((m) => {
      loaded = m;
      return m;
    }));
  loaders.push(get);
  function OnNeed(props: P) {
    // The module's own component: the same one on every render once loaded.
    return createElement(pick(loaded ?? use(get())), props);
  }
  OnNeed.loaded = () => loaded !== undefined;
  return OnNeed;
}

/**
 * A panel of the first screen whose code comes after the page's: its HTML is rendered with the page
 * (at build time) and stays as it is until the code arrives (it is fetched as the page hydrates), then
 * the panel takes over. What changes meanwhile (a step, the language) reaches it as deferred work, which
 * waits for the code instead of replacing the panel's HTML with "Loading…".
 */
export function onNeedSlot<M, P extends object>(load: () => Promise<M>, pick: (m: M) => ComponentType<P>) {
  const Panel = onNeed(load, pick);
  function Slot(props: P): ReactNode {
    const ready = Panel.loaded();
    const deferred = useDeferredValue(ready ? null : props);
    const shown = ready ? props : (deferred ?? props);
    return useMemo(
      () => (
        <Suspense fallback={<Loading />}>
          <Panel {...shown} />
        </Suspense>
      ),
      [shown],
    );
  }
  return Slot;
}

let preloaded = false;
/** Loads every on-need panel's code when the browser is idle (once per page). */
export function preloadWhenIdle(): void {
  if (preloaded) return;
  preloaded = true;
  const run = () => loaders.forEach((load) => void load().catch(() => {}));
  if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(run, { timeout: 4000 });
  else window.setTimeout(run, 1000);
}

export function Loading() {
  const { t } = useLang();
  return (
    <p role="status" aria-live="polite">
      {t("ui.loading")}
    </p>
  );
}

"use client";
/**
 * Panels that are not on the first screen load on first need: `onNeed` makes one, and
 * `preloadWhenIdle` fetches them all once the page is idle after its first screen, so a panel opened
 * later is there at once (a keyboard user's Tab into a just-opened tab finds its content); one made with
 * `idle: false` waits for its first use (the lab comparison: it brings the whole simulation engine).
 * `Loading` is what a panel shows for the moment its code takes to arrive.
 */
import {
  createElement,
  startTransition,
  Suspense,
  use,
  useEffect,
  useState,
  type ComponentType,
  type ReactNode,
} from "react";
import { useLang } from "@/components/i18n/lang-context";

const loaders: (() => Promise<unknown>)[] = [];

/**
 * A component whose code loads on first need. Unlike React.lazy, once the code is here (preloaded) it
 * renders at once, without a round through its Suspense fallback.
 */
export function onNeed<M, P extends object>(
  load: () => Promise<M>,
  pick: (m: M) => ComponentType<P>,
  { idle = true }: { readonly idle?: boolean } = {},
) {
  let loaded: M | undefined;
  let loading: Promise<M> | undefined;
  // Every catalogue comes with it: a panel may show any word (the first screen's catalogues are few).
  const get = (): Promise<M> =>
    (loading ??= Promise.all([load(), import("@/lib/i18n")]).then(([m]) => {
      loaded = m;
      // use() returns at once the value of a promise marked fulfilled (React's own mark): code that is
      // here renders without a round through the fallback, even if React has not seen the promise yet.
      Object.assign(loading!, { status: "fulfilled", value: m });
      return m;
    }));
  if (idle) loaders.push(get);
  function OnNeed(props: P) {
    // The module's own component: the same one on every render once loaded. use() on every render: a
    // render after one that suspended must call it too (React says so in development otherwise).
    return createElement(pick(use(get())), props);
  }
  OnNeed.loaded = () => loaded !== undefined;
  /** Fetches the code (once); resolves when it is here. */
  OnNeed.load = get;
  return OnNeed;
}

/**
 * A panel of the first screen whose code comes after the page's: its HTML is rendered with the page
 * (at build time) and stays as it is until the code arrives (it is fetched as the page hydrates). Until
 * the panel has hydrated nothing reaches it: the slot keeps handing it the element its HTML was rendered
 * with. New props for a part of the page that has not hydrated would make React hydrate it at once, in
 * one blocking task, inside whatever render brought them (a step, a new language), or drop its HTML for
 * "Loading…". So React's own retry hydrates the panel when its code is here, in slices a key press can
 * interrupt, with the props and the language of its HTML; only then, in a transition, does the panel
 * take the newer ones.
 */
export function onNeedSlot<M, P extends object>(load: () => Promise<M>, pick: (m: M) => ComponentType<P>) {
  const Panel = onNeed(load, pick);
  function Slot(props: P): ReactNode {
    const [live, setLive] = useState(Panel.loaded);
    const [hydrated] = useState(() => () => startTransition(() => setLive(true)));
    const [first] = useState(() => slot(props, hydrated));
    // The code is asked for as the page hydrates (React reaches a waiting boundary only when idle).
    useEffect(() => void Panel.load().catch(() => {}), []);
    return live ? slot(props, hydrated) : first;
  }
  function slot(props: P, hydrated: () => void) {
    return (
      <Suspense fallback={typeof window === "undefined" ? <NoScript {...props} /> : <Loading />}>
        <Panel {...props} />
        <Mounted then={hydrated} />
      </Suspense>
    );
  }
  /**
   * React's server render leaves a finished boundary's HTML in place only while the bytes so far stay
   * under its chunk size (12,800, and the page's HTML outside boundaries counts first: it is past that
   * alone); a larger one (over 500 bytes) goes to the end of the body, hidden, and an inline script moves
   * it over its fallback. Without scripts the fallback is what stays on screen, so in the build-time HTML
   * the fallback is the panel itself, for browsers without scripts only (with scripts a <noscript>'s
   * content is never part of the page). Server only: the browser hydrates the finished boundary, never
   * its fallback.
   */
  function NoScript(props: P) {
    return (
      <noscript>
        <Panel {...props} />
      </noscript>
    );
  }
  return Slot;
}

/** Renders nothing; says when the boundary around it has mounted (hydrated, for a server-rendered one). */
function Mounted({ then }: { readonly then: () => void }) {
  useEffect(() => then(), [then]);
  return null;
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

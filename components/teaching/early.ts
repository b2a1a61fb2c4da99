/**
 * The teaching bar's HTML comes with the page and its code after it (components/workbench/
 * teaching-slot.tsx). Until the code is here React cannot hand the bar a click (that part of the page is
 * not hydrated yet, and React drops the event), so what the learner does on the bar meanwhile is kept
 * here and done again once the bar runs: a click on one of its buttons (Enter and Space on a focused
 * button are clicks too) and presenter mode's key P. The Export menu opens by itself (a <details>).
 */

type Early = { readonly click: HTMLElement } | { readonly key: string };

/** The attribute teaching.tsx marks its toolbar with. */
export const BAR_ATTR = "data-teaching-bar";

let queue: Early[] = [];
let running = false;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest(".xterm, [data-terminal], dialog")) return true;
  return ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * Keeps what the learner does on the bar until `barRuns`. `loaded` says the bar's code is here: a click
 * then hydrates the bar at once and reaches it, so it is not kept (it would count twice).
 */
export function holdEarly(loaded: () => boolean): () => void {
  if (running) return () => {};
  const onClick = (ev: MouseEvent) => {
    if (running || loaded() || !(ev.target instanceof Element)) return;
    const button = ev.target.closest<HTMLElement>(`[${BAR_ATTR}] button`);
    if (button) queue.push({ click: button });
  };
  const onKey = (ev: KeyboardEvent) => {
    if (running || ev.altKey || ev.ctrlKey || ev.metaKey || isTyping(ev.target)) return;
    if (ev.key !== "p" && ev.key !== "P") return;
    ev.preventDefault();
    queue.push({ key: ev.key });
  };
  // Capturing on the window: React, which drops the click, listens further down (on the document).
  window.addEventListener("click", onClick, true);
  window.addEventListener("keydown", onKey, true);
  return () => {
    window.removeEventListener("click", onClick, true);
    window.removeEventListener("keydown", onKey, true);
  };
}

/** The bar runs (its listeners are in place): what was kept is done now, in order, once. */
export function barRuns(): void {
  running = true;
  const kept = queue;
  queue = [];
  for (const e of kept) {
    if ("key" in e) window.dispatchEvent(new KeyboardEvent("keydown", { key: e.key, cancelable: true }));
    // Hydrating keeps the page's own elements: the button clicked is the one React now handles.
    else if (e.click.isConnected) e.click.click();
  }
}

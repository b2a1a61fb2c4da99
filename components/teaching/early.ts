/**
 * The teaching bar's HTML comes with the page and its code after it (components/workbench/
 * teaching-slot.tsx). Until the code is here React cannot hand the bar an event (that part of the page
 * is not hydrated yet, and React drops it), and right after, the bar still speaks its HTML's language
 * for a moment (it hydrates in it, then switches). So what the learner does on the bar until it runs in
 * the page's language is kept here, and done then: a click on one of its buttons (Enter and Space on a
 * focused button are clicks too), a file chosen in its file inputs, a number typed in the Export
 * menu's range, and presenter mode's key P. The Export menu opens by itself (a <details>).
 */

type Early =
  | { readonly click: HTMLElement }
  | { readonly change: HTMLElement }
  | { readonly input: HTMLInputElement; readonly value: string }
  | { readonly key: string };

let queue: Early[] = [];
let running = false;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest(".xterm, [data-terminal], dialog")) return true;
  return ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/** Keeps what the learner does on the bar (teaching.tsx marks it data-teaching-bar) until `barRuns`. */
export function holdEarly(): () => void {
  const keep = (ev: Event, e: Early) => {
    // Nobody else sees it now (React would drop it, or answer in the HTML's language): it is done later.
    ev.stopImmediatePropagation();
    ev.preventDefault();
    queue.push(e);
  };
  const onClick = (ev: MouseEvent) => {
    const button =
      !running && ev.target instanceof Element && ev.target.closest("[data-teaching-bar] button");
    if (button instanceof HTMLElement) keep(ev, { click: button });
  };
  // A file chosen, or a number typed (the Export menu's range): the last value of each field counts.
  const onChange = (ev: Event) => {
    const input = ev.target;
    if (running || !(input instanceof HTMLInputElement) || !input.closest("[data-teaching-bar]")) return;
    if (input.type === "file") return keep(ev, { change: input });
    queue = queue.filter((e) => !("input" in e && e.input === input));
    keep(ev, { input, value: input.value });
  };
  const onKey = (ev: KeyboardEvent) => {
    if (running || ev.altKey || ev.ctrlKey || ev.metaKey || isTyping(ev.target)) return;
    if (ev.key === "p" || ev.key === "P") keep(ev, { key: ev.key });
  };
  // Capturing on the window: React listens further down (on the document).
  window.addEventListener("click", onClick, true);
  window.addEventListener("change", onChange, true);
  window.addEventListener("input", onChange, true);
  window.addEventListener("keydown", onKey, true);
  return () => {
    window.removeEventListener("click", onClick, true);
    window.removeEventListener("change", onChange, true);
    window.removeEventListener("input", onChange, true);
    window.removeEventListener("keydown", onKey, true);
  };
}

/** The bar runs in the page's language: what was kept is done now, in order, once. */
export function barRuns(): void {
  running = true;
  const kept = queue;
  queue = [];
  // Hydrating keeps the page's own elements: the button clicked is the one React now handles.
  for (const e of kept)
    if ("key" in e) window.dispatchEvent(new KeyboardEvent("keydown", { key: e.key, cancelable: true }));
    else if ("click" in e) e.click.click();
    else if ("change" in e) e.change.dispatchEvent(new Event("change", { bubbles: true }));
    else retype(e.input, e.value);
}

/**
 * The value typed before the code came, typed again: React answers an input event only when the value
 * differs from the one it last saw, so the field goes through an empty value it sees, then the typed
 * one (set past React's own setter).
 */
function retype(input: HTMLInputElement, value: string): void {
  input.value = "";
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set?.call(input, value);
  input.dispatchEvent(new Event("input", { bubbles: true }));
}

/**
 * The terminal's way out for keyboard users. xterm keeps Tab (it completes commands), so Tab alone can
 * never leave it; Esc first hands the next Tab or Shift+Tab back to the browser, which moves focus on as
 * anywhere else. Any other key (modifiers aside) takes Tab back for completion.
 */
import type { Terminal } from "@xterm/xterm";

const MODIFIERS = new Set(["Shift", "Control", "Alt", "Meta"]);

export function attachEscape(term: Terminal, onReleased?: (released: boolean) => void): void {
  let released = false;
  const set = (v: boolean) => {
    if (v !== released) onReleased?.(v);
    released = v;
  };
  term.attachCustomKeyEventHandler((ev) => {
    if (ev.key === "Tab" && released) {
      if (ev.type === "keydown") set(false);
      return false; // not to xterm: the browser's default moves focus
    }
    if (ev.type !== "keydown") return true;
    if (ev.key === "Escape") {
      set(true);
      return false;
    }
    if (!MODIFIERS.has(ev.key)) set(false);
    return true;
  });
}

"use client";
import { useEffect, useEffectEvent } from "react";

export type KeyAction = "back" | "forward" | "commandBack" | "commandForward" | "start" | "end" | "toggle";

/** Keys never steal typing: text fields, selects and the terminal keep their keys. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest(".xterm, [data-terminal], dialog")) return true;
  return ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/** ←/→ and PageUp/PageDown message, Shift+←/→ command, Space play/pause, Home/End; not in text fields. */
export function useStepKeys(onAction: (a: KeyAction) => void): void {
  const handle = useEffectEvent((ev: KeyboardEvent) => {
    if (ev.altKey || ev.ctrlKey || ev.metaKey || isTyping(ev.target)) return;
    let action: KeyAction | null = null;
    if (ev.key === "ArrowRight") action = ev.shiftKey ? "commandForward" : "forward";
    else if (ev.key === "ArrowLeft") action = ev.shiftKey ? "commandBack" : "back";
    // Presentation clickers send PageDown/PageUp: they step here too, not only in presenter mode.
    else if (ev.key === "PageDown") action = "forward";
    else if (ev.key === "PageUp") action = "back";
    else if (ev.key === "Home") action = "start";
    else if (ev.key === "End") action = "end";
    else if (ev.key === " " && !(ev.target instanceof HTMLButtonElement)) action = "toggle";
    if (!action) return;
    ev.preventDefault();
    onAction(action);
  });
  useEffect(() => {
    const listener = (ev: KeyboardEvent) => handle(ev);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);
}

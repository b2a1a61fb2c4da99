"use client";
/**
 * The inspector (components/inspector/inspector.tsx) in the workbench's side panels: its code (entry
 * descriptions, byte and hex views) loads after the page's first screen; its HTML comes with the page.
 */
import { onNeedSlot } from "./loading";

export const Inspector = onNeedSlot(
  () => import("@/components/inspector/inspector"),
  (m) => m.Inspector,
);

"use client";
/**
 * The teaching bar (components/teaching/teaching-bar.tsx: lessons, presenter, predict, share, exports,
 * imports, the Live source) in the workbench. None of it runs before the learner acts, so its code loads
 * after the page's first screen; its HTML comes with the page, and a click on it or the key P pressed
 * before the code is here is done once it is (components/teaching/early.ts). Its styles come with the
 * page's (app/layout.tsx).
 */
import { useEffect } from "react";
import type { TeachingBarProps } from "@/components/teaching/teaching-bar";
import { holdEarly } from "@/components/teaching/early";
import { onNeedSlot } from "./loading";

const Bar = onNeedSlot(
  () => import("@/components/teaching/teaching-bar"),
  (m) => m.TeachingBar,
);

export function TeachingSlot(props: TeachingBarProps) {
  useEffect(() => holdEarly(), []);
  return <Bar {...props} />;
}

"use client";
/**
 * The teaching bar (teaching.tsx) with the Live source's button and panel in it: one module, whose code
 * loads after the page's first screen (components/workbench/teaching-slot.tsx).
 */
import { useLive, type LiveHost } from "@/components/live/use-live";
import { Teaching, type TeachingProps } from "./teaching";

export interface TeachingBarProps extends Omit<TeachingProps, "sourceButton" | "sourcePanel"> {
  readonly live: LiveHost;
}

export function TeachingBar({ live, ...teaching }: TeachingBarProps) {
  const source = useLive(live);
  return <Teaching {...teaching} sourceButton={source.button} sourcePanel={source.panel} />;
}

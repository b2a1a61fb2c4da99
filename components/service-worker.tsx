"use client";

import { useEffect } from "react";

/** Registers out/sw.js (generated at build time) so the app works offline once loaded. */
export function ServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register("/sw.js").catch(() => {
      // Offline support is a bonus: the app works without it, so a refusal is not an error for the learner.
    });
  }, []);
  return null;
}

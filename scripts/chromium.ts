/**
 * Debian's Chromium as the browser tests and the browser benchmark launch it: one list of flags, so a
 * closed network, no sandbox (root) and no background traffic are set the same way everywhere.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

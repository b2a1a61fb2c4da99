#!/usr/bin/env node
// Makes Debian's Chromium available for the browser tests. Never downloads a browser build:
// if /usr/bin/chromium is missing and we are root, install Debian's package; otherwise say what to run.
import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";

const browser = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const packages = ["chromium", "fonts-dejavu-core"];

if (existsSync(browser)) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (!isRoot || process.env.CHROMIUM_PATH) {
  console.error(`The browser tests need Chromium at ${browser}.`);
  console.error(
    `Install Debian's package as root:  apt-get update && apt-get install -y ${packages.join(" ")}`,
  );
  console.error("(or point CHROMIUM_PATH at an existing Chromium binary). No browser is ever downloaded.");
  process.exit(1);
}

console.log(`Installing Debian's ${packages.join(", ")} for the browser tests…`);
const run = (args) =>
  execFileSync("apt-get", args, {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
run(["update", "-qq"]);
run(["install", "-y", "-qq", ...packages]);
if (!existsSync(browser)) {
  console.error(`apt-get finished but ${browser} is still missing.`);
  process.exit(1);
}

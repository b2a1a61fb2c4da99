#!/usr/bin/env node
// Makes Debian's curl available for the real-client tests of `npm run ftpd` (test/node). Never downloads a
// build: if curl is missing and we are root, install Debian's package; otherwise say what to run.
import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";

const curl = process.env.CURL_PATH ?? "/usr/bin/curl";

if (existsSync(curl)) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (!isRoot || process.env.CURL_PATH) {
  console.error(`The ftpd client tests need curl at ${curl}.`);
  console.error("Install Debian's package as root:  apt-get update && apt-get install -y curl");
  process.exit(1);
}

console.error("Installing Debian's curl for the ftpd client tests…");
const run = (args) =>
  execFileSync("apt-get", args, {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
try {
  run(["update", "-qq"]);
  run(["install", "-y", "-qq", "curl"]);
} catch (e) {
  console.error(`apt-get could not install curl: ${e.message}`);
  process.exit(1);
}
if (!existsSync(curl)) {
  console.error(`apt-get finished but ${curl} is still missing.`);
  process.exit(1);
}

#!/usr/bin/env node
// Makes Debian's tshark available for the pcapng round-trip tests (test/pcap). Never downloads a build: if
// tshark is missing and we are root, install Debian's package (noninteractive: its debconf question about
// non-root capture would block); otherwise say what to run. The tests skip, saying why, without it.
import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";

const tshark = process.env.TSHARK_PATH ?? "/usr/bin/tshark";

if (existsSync(tshark)) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (!isRoot || process.env.TSHARK_PATH) {
  console.error(`The pcapng round-trip tests need tshark at ${tshark}; they will be skipped.`);
  console.error(
    "Install Debian's package as root:  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y tshark",
  );
  process.exit(0);
}

console.error("Installing Debian's tshark for the pcapng round-trip tests…");
const run = (args) =>
  execFileSync("apt-get", args, {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
try {
  run(["update", "-qq"]);
  run(["install", "-y", "-qq", "tshark"]);
} catch (e) {
  console.error(
    `apt-get could not install tshark: ${e.message}; the pcapng round-trip tests will be skipped.`,
  );
}

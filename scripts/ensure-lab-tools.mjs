#!/usr/bin/env node
// The real-network lab (npm run lab, test/node/lab) needs Debian's vsftpd, tcpdump, nftables and
// iproute2. As root on Linux, install whichever is missing with apt-get (never a downloaded build);
// elsewhere say what is missing and let the lab tests skip with that reason. Exit code 0 either way
// when run directly, so `npm test` goes on (`--check` exits 1 with the reason instead).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const NEEDS = [
  { bin: "/usr/sbin/vsftpd", pkg: "vsftpd" },
  { bin: "/usr/bin/tcpdump", pkg: "tcpdump" },
  { bin: "/usr/sbin/nft", pkg: "nftables" },
  { bin: "/usr/bin/ss", pkg: "iproute2" },
  { bin: "/usr/sbin/ip", alt: "/bin/ip", pkg: "iproute2" },
];

const missing = () => NEEDS.filter((n) => !existsSync(n.bin) && !(n.alt && existsSync(n.alt)));

/** Installs what is missing when it can; returns why the lab cannot run, or null. */
export function ensureLabTools() {
  if (process.platform !== "linux") return `the lab needs Linux (this is ${process.platform})`;
  let lack = missing();
  if (lack.length === 0) return null;
  const pkgs = [...new Set(lack.map((n) => n.pkg))];
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot) return `the lab needs ${pkgs.join(", ")} (as root: apt-get install -y ${pkgs.join(" ")})`;
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  try {
    execFileSync("apt-get", ["update", "-qq"], { stdio: ["ignore", "ignore", "inherit"], env });
    execFileSync("apt-get", ["install", "-y", "-qq", ...pkgs], {
      stdio: ["ignore", "ignore", "inherit"],
      env,
    });
  } catch (e) {
    return `apt-get could not install ${pkgs.join(", ")}: ${e.message}`;
  }
  lack = missing();
  return lack.length === 0 ? null : `still missing after apt-get: ${lack.map((n) => n.bin).join(", ")}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const why = ensureLabTools();
  if (why && process.argv.includes("--check")) {
    console.error(why);
    process.exit(1);
  }
  if (why) console.error(`lab tools: ${why}; the lab tests will be skipped`);
}

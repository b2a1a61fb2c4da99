#!/usr/bin/env node
// The Debian tools the tests run against, in one table: curl and python3 (real clients of `npm run
// ftpd`, test/node), tshark (pcapng round trips, test/pcap) and the lab's vsftpd, tcpdump, nftables
// and iproute2 (npm run lab, test/node/lab-*). As root on Linux, whatever is missing is installed with
// one apt-get (Debian's packages, never a downloaded build); otherwise the script says what is missing
// and the command to install it, and the tests that need it skip with that reason.
//
//   node scripts/ensure-tools.mjs [group…] [--check]
//
// Groups: curl, python, tshark, lab (none named: all). Exit 0 unless --check is given and a named
// group is still unavailable (exit 1, the reason on stderr). CURL_PATH / TSHARK_PATH point at another
// binary; then nothing is installed for it.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** group → the binaries it needs (any of `paths`) and the Debian package that provides them. */
const TOOLS = {
  curl: [{ paths: [process.env.CURL_PATH ?? "/usr/bin/curl"], pkg: "curl", env: "CURL_PATH" }],
  python: [{ paths: ["/usr/bin/python3"], pkg: "python3" }],
  tshark: [{ paths: [process.env.TSHARK_PATH ?? "/usr/bin/tshark"], pkg: "tshark", env: "TSHARK_PATH" }],
  lab: [
    { paths: ["/usr/sbin/vsftpd"], pkg: "vsftpd" },
    { paths: ["/usr/bin/tcpdump", "/usr/sbin/tcpdump"], pkg: "tcpdump" },
    { paths: ["/usr/sbin/nft"], pkg: "nftables" },
    { paths: ["/usr/bin/ss", "/bin/ss"], pkg: "iproute2" },
    { paths: ["/usr/sbin/ip", "/bin/ip"], pkg: "iproute2" },
  ],
};

const WHAT = {
  curl: "the ftpd tests with curl",
  python: "the ftpd tests with Python's ftplib",
  tshark: "the pcapng round-trip tests",
  lab: "the real-network lab (npm run lab, test/node/lab-*)",
};

const missing = (groups) =>
  groups.flatMap((g) =>
    TOOLS[g].filter((t) => !t.paths.some((p) => existsSync(p))).map((t) => ({ ...t, g })),
  );

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

/** Installs what `groups` lack when it can; returns per group why it is unavailable (empty: all there). */
export function ensureTools(groups = Object.keys(TOOLS)) {
  const why = {};
  if (groups.includes("lab") && process.platform !== "linux")
    why.lab = `the lab needs Linux (this is ${process.platform})`;
  const wanted = groups.filter((g) => !why[g]);
  let lack = missing(wanted);
  // A binary named through an environment variable is the caller's to provide.
  const installable = lack.filter((t) => !(t.env && process.env[t.env]));
  const pkgs = [...new Set(installable.map((t) => t.pkg))];
  if (pkgs.length > 0 && process.platform === "linux" && isRoot()) {
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    const run = (args) => execFileSync("apt-get", args, { stdio: ["ignore", "ignore", "inherit"], env });
    try {
      console.error(`Installing Debian's ${pkgs.join(", ")} for the tests…`);
      run(["update", "-qq"]);
      run(["install", "-y", "-qq", "--no-install-recommends", ...pkgs]);
    } catch (e) {
      console.error(`apt-get could not install ${pkgs.join(", ")}: ${e.message}`);
    }
    lack = missing(wanted);
  }
  for (const g of wanted) {
    const gone = lack.filter((t) => t.g === g);
    if (gone.length === 0) continue;
    const names = [...new Set(gone.map((t) => t.pkg))].join(" ");
    const where = gone.map((t) => t.paths[0]).join(", ");
    why[g] =
      `${WHAT[g]} need ${where}; install Debian's package as root: ` +
      `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${names}`;
  }
  return why;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const check = args.includes("--check");
  const named = args.filter((a) => !a.startsWith("--"));
  const unknown = named.filter((g) => !(g in TOOLS));
  if (unknown.length > 0) {
    console.error(`unknown group ${unknown.join(", ")} (known: ${Object.keys(TOOLS).join(", ")})`);
    process.exit(2);
  }
  const why = ensureTools(named.length > 0 ? named : undefined);
  for (const reason of Object.values(why)) console.error(check ? reason : `${reason} (skipped until then)`);
  if (check && Object.keys(why).length > 0) process.exit(1);
}

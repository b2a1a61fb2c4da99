/** npm run bench: every benchmark of the project in one run; prints JSON and writes bench/results/latest.json. */
import { mkdirSync, writeFileSync } from "node:fs";
import { benchSim } from "./sim";

async function main() {
  const results: Record<string, unknown> = { node: process.version, date: new Date().toISOString() };
  // BENCH_ONLY=browser: only the browser figures (repeated runs of the first-visit and big-session benches).
  if (process.env.BENCH_ONLY === "browser") {
    results.browser = await (await import("./browser")).benchBrowser();
    mkdirSync("bench/results", { recursive: true });
    writeFileSync("bench/results/latest-browser.json", JSON.stringify(results, null, 2));
    console.log(JSON.stringify(results, null, 2));
    return;
  }
  console.error("bench: simulation…");
  results.simulation = benchSim();
  console.error("bench: capture import…");
  results.captureImport = (await import("./pcap")).benchPcap();
  results.ftpd = await (await import("./ftpd")).benchFtpd();
  console.error("bench: ftpd, a NOOP while another session runs the worst path operation…");
  results.ftpdNoop = await (await import("./noop")).benchNoop();
  console.error("bench: ftpd serving a disk…");
  results.ftpdDisk = await (await import("./ftpd-disk")).benchFtpdDisk();
  console.error("bench: ftpd --write, four 500 MiB uploads at once…");
  results.ftpdUpload = await (await import("./ftpd-upload")).benchFtpdUpload();
  results.browser = await (await import("./browser")).benchBrowser();
  mkdirSync("bench/results", { recursive: true });
  writeFileSync("bench/results/latest.json", JSON.stringify(results, null, 2));
  console.log(JSON.stringify(results, null, 2));
}

void main();

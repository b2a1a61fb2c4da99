/**
 * npm run sim -- scenario.json                       the trace as JSON lines ("-" reads standard input)
 * npm run sim -- --pcap out.pcapng scenario.json     also writes the session as pcapng (one interface per link)
 * npm run sim -- --import capture.pcapng [--ftp-port N]…   a real capture's trace as JSON lines
 * A bad scenario or an unreadable capture gets a message naming each problem and exit code 2.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { openSession, parseScenario } from "../lib/sim/session";
import { traceToJsonl } from "../lib/trace/serialize";
import { WireTap } from "../lib/pcap/wire-tap";
import { exportPcapng } from "../lib/pcap/export";
import { DEFAULT_EPOCH } from "../lib/sim/defaults";
import { importCapture } from "../lib/pcap/import";

const USAGE =
  'usage: npm run sim -- [--pcap OUT.pcapng] SCENARIO.json   ("-" reads standard input)\n' +
  "       npm run sim -- --import CAPTURE.pcap[ng] [--ftp-port N]…";

function fail(message: string): never {
  console.error(`sim: ${message}`);
  process.exit(2);
}

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (v === undefined) fail(`${name} needs a file name`);
  args.splice(i, 2);
  return v;
};
const ftpPorts: number[] = [];
for (let p = flag("--ftp-port"); p !== undefined; p = flag("--ftp-port")) {
  if (!/^\d{1,5}$/.test(p) || Number(p) > 65535) fail(`--ftp-port ${p}: not a port number`);
  ftpPorts.push(Number(p));
}
// A reader that stops early (`| head`) closes the pipe: that is the end of the output, not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => process.exit(e.code === "EPIPE" ? 0 : 1));
const importPath = flag("--import");
if (importPath !== undefined) importFile(importPath);
const pcapPath = flag("--pcap");
const path = args[0];
if (!path || path === "--help" || path === "-h") {
  console.error(USAGE);
  process.exit(path ? 0 : 2);
}
try {
  runScenario(path, pcapPath);
} catch (e) {
  // Every input is checked first, so this is a bug of ours: say so in one line, not a stack trace.
  console.error(`sim: internal error (please report it with ${path}): ${(e as Error).message}`);
  process.exit(1);
}

function runScenario(path: string, pcap: string | undefined): void {
  let text: string;
  try {
    // Editors on Windows start UTF-8 files with a byte-order mark; JSON.parse does not accept one.
    text = readFileSync(path === "-" ? 0 : path, "utf8").replace(/^\uFEFF/, "");
  } catch (e) {
    fail(`cannot read ${path}: ${(e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    fail(`${path} is not valid JSON: ${(e as Error).message}`);
  }
  const opened = parseScenario(json);
  if (!opened.ok) {
    for (const p of opened.problems) console.error(`sim: ${path}: ${p.path}: ${p.message}`);
    process.exit(2);
  }
  const tap = pcap !== undefined ? new WireTap() : undefined;
  const session = openSession(opened.scenario, tap ? { wire: tap.record } : {});
  for (const p of session.problems) console.error(`sim: ${path}: server: ${p}`);
  session.runAll();
  process.stdout.write(traceToJsonl(session.trace));
  if (pcap === undefined || !tap) return;
  const out = exportPcapng(session.trace, {
    epochSeconds: opened.scenario.epoch ?? DEFAULT_EPOCH,
    payloadOf: tap.lookup,
  });
  for (const p of out.problems) console.error(`sim: pcap: ${p}`);
  try {
    writeFileSync(pcap, out.bytes);
  } catch (e) {
    fail(`cannot write ${pcap}: ${(e as Error).message}`);
  }
  console.error(`sim: wrote ${pcap}: ${out.packets} packets on ${out.interfaces.length} interfaces`);
}

/** Prints a capture's trace as JSON lines; problems go to standard error (exit 2 when nothing was read). */
function importFile(file: string): never {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    fail(`cannot read ${file}: ${(e as Error).message}`);
  }
  const r = importCapture(bytes, { ftpPorts: [21, ...ftpPorts], clock: () => performance.now() });
  for (const p of r.problems) console.error(`sim: ${file}: ${p}`);
  if (!r.trace.length) process.exit(2);
  process.stdout.write(traceToJsonl(r.trace));
  process.exit(0);
}

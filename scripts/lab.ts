/**
 * npm run lab -- SCENARIO.json [--keep DIR] [--compare] [--record FILE]
 * Runs a scenario on a real network built on this machine (Linux network namespaces, nftables with the
 * kernel's FTP helper, Debian's vsftpd 3.0.3), replaying the simulated client's lines with a real
 * client and capturing every link. Prints the real run as trace JSON lines, read from the captures by
 * the same importer as "Open capture…" (`--events`: what the real client saw instead); `--compare` prints the
 * simulated and the real run side by side, command by command, with the differences marked;
 * `--record FILE` writes the run as a lab record the workbench opens (Import…) beside the simulation.
 * Needs Linux and root; elsewhere it says so and exits 2.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { alignRuns, type AlignedStep } from "../lib/lab/compare";
import { labRecordText } from "../lib/lab/record";
import { traceToJsonl } from "../lib/trace/serialize";
import { labUnavailable } from "../lib/node/lab/netns";
import { removeRunDir, runLab } from "../lib/node/lab/run";
import { parseScenario } from "../lib/sim/session";

const USAGE = "usage: npm run lab -- SCENARIO.json [--keep DIR] [--compare] [--record FILE] [--events]";

function fail(message: string): never {
  console.error(`lab: ${message}`);
  process.exit(2);
}

function parseArgs(argv: readonly string[]): {
  path: string;
  keep?: string;
  record?: string;
  compare: boolean;
  events: boolean;
} {
  let path: string | undefined;
  let keep: string | undefined;
  let record: string | undefined;
  let events = false;
  let compare = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (a === "--keep") {
      keep = argv[++i];
      if (!keep) fail("--keep needs a folder");
    } else if (a === "--record") {
      record = argv[++i];
      if (!record) fail("--record needs a file name");
    } else if (a === "--compare") compare = true;
    else if (a === "--events") events = true;
    else if (a === "--help" || a === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else if (a.startsWith("-")) fail(`unknown option ${a}\n${USAGE}`);
    else if (path) fail(`one scenario at a time\n${USAGE}`);
    else path = a;
  }
  if (!path) fail(USAGE);
  return {
    path,
    ...(keep ? { keep: resolve(keep) } : {}),
    ...(record ? { record: resolve(record) } : {}),
    compare,
    events,
  };
}

const mark = (s: AlignedStep): string => (s.diffs.length === 0 ? "  " : "≠ ");
const side = (v: AlignedStep["sim"] | undefined): string =>
  v
    ? [
        v.codes.join(","),
        v.serverGot ? `server got ${v.serverGot}` : "",
        v.data ? (v.data.opened ? `data from ${v.data.remote ?? "?"}` : "no data connection") : "",
      ]
        .filter((x) => x !== "")
        .join("; ")
    : "(not sent)";

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(args.path, "utf8").replace(/^\uFEFF/, ""));
  } catch (e) {
    fail(`cannot read ${args.path}: ${(e as Error).message}`);
  }
  const parsed = parseScenario(json);
  if (!parsed.ok) {
    for (const p of parsed.problems) console.error(`lab: ${args.path}: ${p.path}: ${p.message}`);
    process.exit(2);
  }
  if (parsed.scenario.protocol === "tftp") fail("the lab runs FTP scenarios (TFTP is not built yet)");
  const why = labUnavailable();
  if (why) fail(why);
  const tools = spawnSync(process.execPath, [resolve(__dirname, "ensure-tools.mjs"), "lab", "--check"], {
    encoding: "utf8",
  });
  if (tools.status !== 0) fail(tools.stderr.trim() || "the lab's tools are missing");
  if (args.keep) mkdirSync(args.keep, { recursive: true });
  const out = await runLab(parsed.scenario, args.keep ? { keep: args.keep } : {});
  if (!out.ok) fail(out.message);
  const r = out.result;
  if (args.events) for (const e of r.events) process.stdout.write(JSON.stringify(e) + "\n");
  else process.stdout.write(traceToJsonl(r.trace));
  for (const p of r.captureProblems) console.error(`lab: capture: ${p}`);
  if (args.compare) {
    const steps = alignRuns(r.simTrace, r.events, r.received);
    console.error("\n   line                          simulated  |  real");
    for (const s of steps)
      console.error(
        `${mark(s)} ${s.line.trim().padEnd(30)} ${side(s.sim)}  |  ${side(s.real)}${s.diffs.length ? `   [${s.diffs.join(", ")}]` : ""}`,
      );
  }
  if (args.record) {
    try {
      writeFileSync(
        args.record,
        labRecordText({ scenario: parsed.scenario, events: r.events, received: r.received, trace: r.trace }),
      );
    } catch (e) {
      fail(`cannot write ${args.record}: ${(e as Error).message}`);
    }
    console.error(`lab: record written to ${args.record} (open it in the workbench with Import…)`);
  }
  if (args.keep) console.error(`lab: captures and vsftpd's log kept in ${args.keep}`);
  else removeRunDir(r.dir);
}

void main();

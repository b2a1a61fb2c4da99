/**
 * npm run sim -- scenario.json   (or "-" for standard input)
 * Runs a scenario headless and prints its trace as JSON lines, one entry a line. A bad scenario gets a
 * message naming each problem and exit code 2.
 */
import { readFileSync } from "node:fs";
import { openSession, parseScenario } from "../lib/sim/session";
import { traceToJsonl } from "../lib/trace/serialize";

const USAGE = 'usage: npm run sim -- SCENARIO.json   ("-" reads standard input; see README for the format)';

function fail(message: string): never {
  console.error(`sim: ${message}`);
  process.exit(2);
}

const path = process.argv[2];
if (!path || path === "--help" || path === "-h") {
  console.error(USAGE);
  process.exit(path ? 0 : 2);
}

let text: string;
try {
  text = readFileSync(path === "-" ? 0 : path, "utf8");
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
const session = openSession(opened.scenario);
for (const p of session.problems) console.error(`sim: ${path}: server: ${p}`);
session.runAll();
process.stdout.write(traceToJsonl(session.trace));

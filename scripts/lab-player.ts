/**
 * The lab's client process, started by the lab inside the client's network namespace: reads a
 * LabScript (JSON) on standard input and prints what happened as JSON lines.
 */
import { readFileSync } from "node:fs";
import { runPlayer } from "../lib/node/lab/player";
import type { LabScript } from "../lib/lab/script";

const script = JSON.parse(readFileSync(0, "utf8")) as LabScript;
void runPlayer(script, (e) => process.stdout.write(JSON.stringify(e) + "\n")).then(() => process.exit(0));

/**
 * One lab run: simulate the scenario, build its topology for real, start vsftpd and the captures,
 * replay the simulated client's lines with the real client, then tear everything down (also when a
 * step fails). Returns the simulated trace, what the real client saw, what vsftpd received and the
 * capture files.
 */
import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { labTrace } from "../../lab/captures";
import { planLab, type LabPlan } from "../../lab/plan";
import { labScript, type LabScript } from "../../lab/script";
import { topologyOf } from "../../sim/compose";
import type { Scenario } from "../../sim/scenario";
import { simulate } from "../../sim/session";
import type { Trace } from "../../trace/types";
import { startCaptures, stopCaptures, type Capture } from "./capture";
import { buildLab, teardownLab } from "./netns";
import { claimRun, releaseRun, sweepStaleRuns } from "./runs";
import type { LabEvent } from "./player";
import { labConfig, placeTree, startVsftpd } from "./server";

export interface LabResult {
  readonly run: string;
  readonly plan: LabPlan;
  readonly simTrace: Trace;
  readonly script: LabScript;
  readonly events: readonly LabEvent[];
  /** Lines vsftpd received, as its protocol log records them. */
  readonly received: readonly string[];
  readonly captures: readonly { readonly link: string; readonly file: string }[];
  /** The real run read from the captures (all links merged into dir/lab.pcapng, then imported). */
  readonly trace: Trace;
  /** What the importer could not read or left out, in words. */
  readonly captureProblems: readonly string[];
  readonly dir: string;
}

export type LabOutcome = { ok: true; result: LabResult } | { ok: false; message: string };

/** Clean-ups of the runs in progress: Ctrl+C or a kill tears every one down before exiting. */
const active = new Set<() => void>();
const onSignal = () => {
  for (const c of active) c();
  process.exit(130);
};
let signalsHooked = false;
const hookSignals = () => {
  if (signalsHooked) return;
  signalsHooked = true;
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
};

let counter = 0;
/** A short id unique among this machine's concurrent runs (namespace and interface names carry it). */
export const newRunId = (): string =>
  `${(process.pid % 1296).toString(36)}${(counter++ % 1296).toString(36)}`.padStart(4, "0");

const ROOT = resolve(__dirname, "../../..");

function play(ns: string, script: LabScript): Promise<LabEvent[]> {
  return new Promise((done) => {
    const child = spawn(
      "ip",
      ["netns", "exec", ns, process.execPath, "--import", "tsx", join(ROOT, "scripts/lab-player.ts")],
      {
        cwd: ROOT,
        stdio: ["pipe", "pipe", "pipe"],
      },
    );
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", () => undefined);
    // The player bounds its own waits; this is the last resort.
    const timer = setTimeout(() => child.kill("SIGKILL"), 600_000);
    child.on("close", () => {
      clearTimeout(timer);
      done(
        out
          .split("\n")
          .filter((l) => l.trim() !== "")
          .flatMap((l) => {
            try {
              return [JSON.parse(l) as LabEvent];
            } catch {
              return [];
            }
          }),
      );
    });
    child.stdin.end(JSON.stringify(script));
  });
}

export async function runLab(
  scenario: Scenario,
  opts: { keep?: string; run?: string } = {},
): Promise<LabOutcome> {
  const sim = simulate(scenario);
  if (sim.problems.length > 0)
    return { ok: false, message: `the scenario's server does not start: ${sim.problems.join("; ")}` };
  const script = labScript(sim.trace, scenario.client?.followPasvAddress ?? true);
  if (!script)
    return {
      ok: false,
      message: "the simulated client never opened a control connection: nothing to replay",
    };
  // Namespaces a SIGKILLed run left behind go first; then this run takes an id nobody alive owns.
  sweepStaleRuns();
  let run = opts.run ?? newRunId();
  for (let tries = 0; !claimRun(run); tries++) {
    if (opts.run || tries >= 20) return { ok: false, message: `lab run ${run} is owned by a live process` };
    run = newRunId();
  }
  const plan = planLab(topologyOf(scenario), run);
  const server = plan.hosts.find((h) => h.role === "server");
  const client = plan.hosts.find((h) => h.role === "client");
  if (!server || !client) {
    releaseRun(run);
    return { ok: false, message: "the topology has no client or no server host" };
  }
  const dir = opts.keep ?? mkdtempSync(join(tmpdir(), `ftpviz-lab-${run}-`));
  chmodSync(dir, 0o755);
  let caps: Capture[] = [];
  let vsftpd: Awaited<ReturnType<typeof startVsftpd>> | undefined;
  const cleanup = () => {
    if (vsftpd && typeof vsftpd !== "string") vsftpd.stop();
    for (const c of caps) if (c.proc.exitCode === null) c.proc.kill("SIGKILL");
    teardownLab(run);
    releaseRun(run);
  };
  hookSignals();
  active.add(cleanup);
  try {
    buildLab(plan);
    placeTree(scenario, dir);
    caps = await startCaptures(plan, dir);
    vsftpd = await startVsftpd(server.ns, dir, labConfig(scenario, dir));
    if (typeof vsftpd === "string") return { ok: false, message: vsftpd };
    const events = await play(client.ns, script);
    await new Promise((r) => setTimeout(r, 300)); // the last FIN/ACKs reach the captures
    vsftpd.stop();
    await stopCaptures(caps);
    const received = vsftpd.received();
    const real = labTrace(
      caps.map((c) => ({ link: c.link, bytes: readFileSync(c.file) })),
      plan,
    );
    writeFileSync(join(dir, "lab.pcapng"), real.merged);
    return {
      ok: true,
      result: {
        run,
        plan,
        simTrace: sim.trace,
        script,
        events,
        received,
        captures: caps.map((c) => ({ link: c.link, file: c.file })),
        trace: real.trace,
        captureProblems: real.problems,
        dir,
      },
    };
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  } finally {
    cleanup();
    active.delete(cleanup);
  }
}

/** Removes a run's temporary folder (not one the user asked to keep). */
export const removeRunDir = (dir: string): void => rmSync(dir, { recursive: true, force: true });

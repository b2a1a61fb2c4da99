/**
 * The simulation as the app, the CLI and the lessons use it: open a session for a scenario, type
 * lines, read the trace. A vsftpd.conf that vsftpd would refuse leaves the server host without an FTP
 * daemon (the client's connect is refused) and the refusal is the first entry, as on a real machine.
 */
import { parseConfig } from "../ftp/server/config";
import { PRESET_NAMES } from "../net";
import type { TraceEntry } from "../trace/types";
import { buildClient, buildNetwork, buildServer, presetConfigLines } from "./compose";
import { DEFAULT_EPOCH } from "./defaults";
import { SIM_BUDGETS, SIM_DISK } from "./budgets";
import { checkScenario, type Scenario, type ScenarioProblem } from "./scenario";
import { typedItems, type Session } from "./kernel/session";
import type { TypedItem } from "./kernel/keyboard";
import { Simulation, type SimulationSetup } from "./simulation";
import { openTftpSession } from "../tftp/session";

export { PRESET_NAMES as TOPOLOGY_PRESETS };
export type { Session, TypedItem };

/** What vsftpd would say about a vsftpd.conf (it stops at the first bad line, as vsftpd does). */
export function checkVsftpdConf(text: string): { line: number; message: string }[] {
  const r = parseConfig(text);
  return r.ok ? [] : [{ line: r.error.line, message: r.error.oops }];
}

/** Checks untrusted JSON (a file, a share link) before it becomes a scenario. */
export function parseScenario(
  value: unknown,
): { ok: true; scenario: Scenario } | { ok: false; problems: ScenarioProblem[] } {
  return checkScenario(value, PRESET_NAMES);
}

const DEFAULT_BANDWIDTH = 1_000_000;

export interface SessionOptions {
  /** Sees every hop of every TCP packet with its exact payload (the pcapng export). */
  readonly wire?: SimulationSetup["wire"];
}

export function openSession(scenario: Scenario, options: SessionOptions = {}): Session {
  if (scenario.protocol === "tftp") return openTftpSession(scenario);
  const epoch = scenario.epoch ?? DEFAULT_EPOCH;
  const built = buildServer(
    scenario.server ?? {},
    () => epoch,
    presetConfigLines(scenario.topology),
    SIM_DISK,
  );
  const problems = built.ok ? [] : built.problems;
  const sim = new Simulation({
    network: buildNetwork(scenario),
    server: built.ok ? built.factory : { listenPort: 0, createSession: () => ({ handle: () => [] }) },
    client: buildClient(scenario),
    seed: scenario.seed ?? 1,
    bandwidth: scenario.bandwidth ?? DEFAULT_BANDWIDTH,
    maxEntries: SIM_BUDGETS.maxTraceEntries,
    ...(built.ok ? {} : { serverRefused: problems.join("; ") }),
    ...(options.wire ? { wire: options.wire } : {}),
  });
  return {
    scenario,
    get trace() {
      return sim.trace;
    },
    get ready() {
      return sim.ready;
    },
    get time() {
      return sim.time;
    },
    problems,
    type: (line) => sim.type(line),
    typeAll: (items) => sim.typeAll(items),
    interrupt: (ms) => sim.interrupt(ms),
    runAll: () => sim.typeAll(typedItems(scenario.commands)),
  };
}

/** Runs a whole scenario and returns its trace (tests, golden traces, the CLI). */
export function simulate(scenario: Scenario): { trace: readonly TraceEntry[]; problems: readonly string[] } {
  const s = openSession(scenario);
  s.runAll();
  return { trace: s.trace, problems: s.problems };
}

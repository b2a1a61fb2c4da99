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
import { Simulation, type SimulationSetup, type TypedItem } from "./simulation";
import { openTftpSession } from "../tftp/session";

export { PRESET_NAMES as TOPOLOGY_PRESETS };
export type { TypedItem };

/** What vsftpd would say about a vsftpd.conf (it stops at the first bad line, as vsftpd does). */
export function checkVsftpdConf(text: string): { line: number; message: string }[] {
  const r = parseConfig(text);
  return r.ok ? [] : [{ line: r.error.line, message: r.error.oops }];
}

export interface FtpSession {
  readonly scenario: Scenario;
  readonly trace: readonly TraceEntry[];
  /** The client shows its prompt: the next line can be typed. */
  readonly ready: boolean;
  /** Simulated milliseconds since the scenario started. */
  readonly time: number;
  /** Why the server did not start (vsftpd's own words), if it did not. */
  readonly problems: readonly string[];
  type(line: string): void;
  interrupt(afterMs: number): void;
  /** Several typed items in turn; a Ctrl+C item lands `interruptAfterMs` after the line before it. */
  typeAll(items: readonly TypedItem[]): void;
  /** Feed every command of the scenario (interrupts and pauses as written). */
  runAll(): void;
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

export function openSession(scenario: Scenario, options: SessionOptions = {}): FtpSession {
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
    runAll() {
      sim.typeAll(
        scenario.commands.flatMap((c): TypedItem[] => {
          if (typeof c === "string") return [{ line: c }];
          if (c.interrupt) return [{ interruptAfterMs: c.afterMs ?? 0 }];
          if (c.line === undefined) return [];
          return c.afterMs ? [{ line: `wait ${c.afterMs / 1000}` }, { line: c.line }] : [{ line: c.line }];
        }),
      );
    },
  };
}

/** Runs a whole scenario and returns its trace (tests, golden traces, the CLI). */
export function simulate(scenario: Scenario): { trace: readonly TraceEntry[]; problems: readonly string[] } {
  const s = openSession(scenario);
  s.runAll();
  return { trace: s.trace, problems: s.problems };
}

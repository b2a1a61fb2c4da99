/**
 * The simulation as the app, the CLI and the lessons use it: open a session for a scenario (of any
 * protocol), type lines, read the trace. Above both protocols' sessions; neither imports it.
 */
import { parseConfig } from "../ftp/server/config";
import { PRESET_NAMES } from "../net";
import type { TraceEntry } from "../trace/types";
import { checkScenario, type Scenario, type ScenarioProblem } from "./scenario";
import { typedItems, type Session, type TypedInput } from "./kernel/session";
import type { TypedItem } from "./kernel/keyboard";
import { openFtpSession, type SessionOptions } from "./ftp-session";
import { openTftpSession } from "../tftp/session";

export type { Session, SessionOptions, TypedInput, TypedItem };
export { typedItems };

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

/** One opener per protocol; every protocol's session keeps the same contract (kernel/session.ts). */
const OPENERS: Readonly<
  Record<NonNullable<Scenario["protocol"]>, (s: Scenario, o: SessionOptions) => Session>
> = {
  ftp: openFtpSession,
  tftp: openTftpSession,
};

/** `options.wire` taps FTP's TCP packets (the pcapng export); TFTP sessions ignore it. */
export function openSession(scenario: Scenario, options: SessionOptions = {}): Session {
  return OPENERS[scenario.protocol ?? "ftp"](scenario, options);
}

/** Runs a whole scenario and returns its trace (tests, golden traces, the CLI). */
export function simulate(scenario: Scenario): { trace: readonly TraceEntry[]; problems: readonly string[] } {
  const s = openSession(scenario);
  s.runAll();
  return { trace: s.trace, problems: s.problems };
}

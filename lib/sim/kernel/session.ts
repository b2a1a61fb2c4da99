/**
 * The one contract every protocol's session keeps (FTP, TFTP): the workbench, the terminal, the CLI
 * and the lessons open a session, type into it and read its trace without knowing the protocol.
 * Also the one conversion from a scenario's written commands to the items the keyboard types.
 */
import type { TraceEntry } from "../../trace/types";
import type { Scenario, ScenarioCommand } from "../scenario";
import type { Kernel } from "./kernel";
import type { TypedItem } from "./keyboard";

export interface Session {
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

/**
 * What stands for typing anywhere: a scenario's written command, a lesson's input, or a typed item as
 * the workbench, autosave and share links hold it. `typedItems` is the one conversion between them.
 */
export type TypedInput = ScenarioCommand | TypedItem;

/** Inputs as typed items: a pause before a line is a `wait` the learner could type too. */
export function typedItems(commands: readonly TypedInput[]): TypedItem[] {
  return commands.flatMap((c): TypedItem[] => {
    if (typeof c === "string") return [{ line: c }];
    if ("interruptAfterMs" in c) return [{ interruptAfterMs: c.interruptAfterMs }];
    const w: Exclude<ScenarioCommand, string> = c;
    if (w.interrupt) return [{ interruptAfterMs: w.afterMs ?? 0 }];
    if (w.line === undefined) return [];
    return w.afterMs ? [{ line: `wait ${w.afterMs / 1000}` }, { line: w.line }] : [{ line: w.line }];
  });
}

/** A protocol's kernel as a Session of `scenario`. */
export function sessionOf<E>(k: Kernel<E>, scenario: Scenario, problems: readonly string[] = []): Session {
  return {
    scenario,
    get trace() {
      return k.trace;
    },
    get ready() {
      return k.ready;
    },
    get time() {
      return k.time;
    },
    problems,
    type: (line) => k.type(line),
    typeAll: (items) => k.typeAll(items),
    interrupt: (ms) => k.interrupt(ms),
    runAll: () => k.typeAll(typedItems(scenario.commands)),
  };
}

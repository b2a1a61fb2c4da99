/**
 * The one shape of a lesson: a scenario (topology, vsftpd.conf, files), then steps. Each step narrates
 * (an i18n key), may type lines for the learner ("Show me") or ask the learner to type them (a task),
 * and may check the trace so far: a pure function that turns the step green when the trace shows
 * what the narration talks about. The security lessons (lib/lessons/security) have the same shape.
 */
import type { TypedInput } from "../sim/kernel/session";
import type { Scenario } from "../sim/scenario";
import type { ClientProfileId } from "../ftp/client/profiles";
import type { Trace } from "../trace/types";
import type { MessageKey } from "../i18n/core";

/** What a step types: the simulation's one input shape (a line, or Ctrl+C `interruptAfterMs` after it). */
export type LessonInput = TypedInput;

/** A change of the workbench's settings that a step makes before typing (the session replays). */
export interface SettingsChange {
  readonly topology?: string;
  readonly alg?: boolean;
  readonly firewall?: boolean;
  readonly mode?: "active" | "passive";
  /** vsftpd.conf lines added to the server's configuration (a later line wins, as in vsftpd). */
  readonly serverConfig?: string;
  /** Another ftp program for the client (lib/ftp/client/profiles.ts). */
  readonly program?: ClientProfileId;
}

export interface LessonStep {
  readonly narrationKey: MessageKey;
  /** "Show me" first switches these settings (like the learner using the topology strip). */
  readonly switchTo?: SettingsChange;
  /** What "Show me" types for the learner (and what the unit tests type to satisfy `check`). */
  readonly commands?: readonly LessonInput[];
  /** A task the learner does in the terminal (i18n key); `commands` is then its model answer. */
  readonly taskKey?: MessageKey;
  readonly check?: (trace: Trace) => boolean;
}

export interface Lesson {
  readonly id: string;
  readonly titleKey: MessageKey;
  readonly scenario: Scenario;
  readonly steps: readonly LessonStep[];
}

/**
 * Keys of lesson `id` in lib/i18n/messages/lessons.ts: lesson.<id>.title, .<n> (narration), .task<n>.
 * Each is a literal type, so a step whose text the catalogue lacks does not compile.
 */
export const narration = <const I extends string, const N extends number>(id: I, n: N) =>
  `lesson.${id}.${n}` as const;
export const task = <const I extends string, const N extends number>(id: I, n: N) =>
  `lesson.${id}.task${n}` as const;

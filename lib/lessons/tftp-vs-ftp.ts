/**
 * The lesson "TFTP vs FTP": the same file fetched over UDP, one datagram at a time, then the same
 * fetch behind a stateful firewall. Plain data: a scenario, narration steps (i18n keys), the lines
 * each step types, and checks over the trace that say the step showed what it narrates.
 */
import type { Scenario } from "../sim/scenario";
import type { Trace } from "../trace/types";

export interface LessonStep {
  readonly narrationKey: string;
  readonly commands?: readonly string[];
  readonly check?: (trace: Trace) => boolean;
}

export interface Lesson {
  readonly id: string;
  readonly titleKey: string;
  readonly scenario: Scenario;
  readonly steps: readonly LessonStep[];
}

const datagrams = (t: Trace) => t.filter((e) => e.kind === "DatagramSent");
const has = (t: Trace, pred: (text: string) => boolean) => datagrams(t).some((e) => pred(e.text ?? ""));

export const tftpVsFtp: Lesson = {
  id: "tftp-vs-ftp",
  titleKey: "tftp.lesson.title",
  scenario: { topology: "lan", protocol: "tftp", seed: 1, commands: [] },
  steps: [
    {
      narrationKey: "tftp.lesson.step1",
      commands: ["connect server"],
      check: (t) => datagrams(t).length === 0,
    },
    {
      narrationKey: "tftp.lesson.step2",
      commands: ["binary", "get pub/logo.bin"],
      check: (t) => datagrams(t).some((e) => e.text?.startsWith("RRQ") === true && e.to.port === 69),
    },
    {
      narrationKey: "tftp.lesson.step3",
      check: (t) =>
        datagrams(t).some((e) => e.text?.startsWith("DATA block 1") === true && e.from.port !== 69),
    },
    { narrationKey: "tftp.lesson.step4", check: (t) => has(t, (x) => x === "ACK block 4") },
    { narrationKey: "tftp.lesson.step5", check: (t) => has(t, (x) => x === "DATA block 5 (0 bytes)") },
    // The last two steps are narrated over the client-firewall topology (a teacher switches presets).
    { narrationKey: "tftp.lesson.step6" },
    { narrationKey: "tftp.lesson.step7" },
  ],
};

/** The firewall part of the lesson: the same get, without and with the TFTP helper. */
export const tftpFirewallScenarios: { readonly withoutHelper: Scenario; readonly withHelper: Scenario } = {
  withoutHelper: {
    topology: "client-firewall",
    protocol: "tftp",
    seed: 1,
    commands: ["connect server", "get readme.txt"],
  },
  withHelper: {
    topology: "client-firewall",
    protocol: "tftp",
    alg: true,
    seed: 1,
    commands: ["connect server", "get readme.txt"],
  },
};

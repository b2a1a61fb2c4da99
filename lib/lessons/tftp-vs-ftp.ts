/**
 * The lesson "TFTP vs FTP": the same file fetched over UDP, one datagram at a time, then the same
 * fetch behind a stateful firewall. Plain data: a scenario, narration steps (i18n keys), the lines
 * each step types, and checks over the trace that say the step showed what it narrates.
 */
import type { Trace } from "../trace/types";
import type { Lesson } from "./types";

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
      // `connect` was typed, yet nothing crossed the network.
      check: (t) =>
        t.some((e) => e.kind === "CommandTyped" && e.text === "connect server") && datagrams(t).length === 0,
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
    // The same get behind a stateful firewall: the reply from the new port is a new inbound flow.
    {
      narrationKey: "tftp.lesson.step6",
      switchTo: { topology: "client-firewall", alg: false },
      commands: ["get readme.txt"],
      check: (t) => t.some((e) => e.kind === "SegmentDropped" && e.from.host === "client-router"),
    },
    {
      narrationKey: "tftp.lesson.step7",
      switchTo: { alg: true },
      commands: ["get readme.txt"],
      check: (t) =>
        has(t, (x) => x.startsWith("DATA")) &&
        datagrams(t).some(
          (e) =>
            e.to.host === "client" && e.from.host === "client-router" && (e.text ?? "").startsWith("DATA"),
        ),
    },
  ],
};

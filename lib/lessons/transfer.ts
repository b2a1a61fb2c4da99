/** Lessons 9–10: ASCII vs binary (what vsftpd really does), resuming a transfer with REST. */
import { gotCode, noted, replyTo } from "../trace/query";
import { narration as n, task, type Lesson } from "./types";

const LOGIN = ["open server", "user anonymous guest@example.org"];

export const asciiBinary: Lesson = {
  id: "ascii",
  titleKey: "lesson.ascii.title",
  scenario: { topology: "lan", client: { mode: "passive" }, commands: [] },
  steps: [
    { narrationKey: n("ascii", 1), commands: LOGIN, check: (t) => gotCode(t, 230) },
    {
      narrationKey: n("ascii", 2),
      commands: ["ascii"],
      check: (t) => replyTo(t, "TYPE", 200) !== null && noted(t, "server.typeAsciiNoConversion"),
    },
    {
      narrationKey: n("ascii", 3),
      commands: ["get readme.txt"],
      check: (t) => noted(t, "server.asciiDownloadDisabled"),
    },
    {
      narrationKey: n("ascii", 4),
      taskKey: task("ascii", 4),
      commands: ["binary", "get pub/logo.bin"],
      check: (t) =>
        t.some((e) => e.kind === "ReplySent" && e.to.host === "client" && /Binary mode/.test(e.text ?? "")),
    },
  ],
};

export const resume: Lesson = {
  id: "resume",
  titleKey: "lesson.resume.title",
  scenario: { topology: "lan", client: { mode: "passive" }, commands: [] },
  steps: [
    { narrationKey: n("resume", 1), commands: LOGIN, check: (t) => gotCode(t, 230) },
    {
      narrationKey: n("resume", 2),
      // A script session (ftp -n) stays in ASCII, and vsftpd resumes only binary transfers (550).
      commands: ["binary", "get pub/grande.iso", { interruptAfterMs: 1000 }],
      check: (t) => t.some((e) => e.kind === "CommandSent" && e.verb === "ABOR"),
    },
    {
      narrationKey: n("resume", 3),
      taskKey: task("resume", 3),
      commands: ["reget pub/grande.iso"],
      check: (t) => replyTo(t, "REST", 350) !== null,
    },
    { narrationKey: n("resume", 4), check: (t) => replyTo(t, "RETR", 226) !== null },
  ],
};

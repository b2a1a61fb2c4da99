/** Lessons 4–5: active mode (PORT, the server connects) and passive mode (PASV/EPSV, the client connects). */
import { findHostPort } from "../ftp/host-port";
import { dataSynFrom, gotCode, sent } from "../trace/query";
import { narration as n, task, type Lesson } from "./types";
import type { Trace } from "../trace/types";

const LOGIN = ["open server", "user anonymous guest@example.org"];

/** The 227's six numbers give the port the client then connects to: p1×256+p2. */
function pasvArithmeticHolds(t: Trace): boolean {
  const reply = t.find((e) => e.kind === "ReplySent" && e.code === 227 && e.to.host === "client");
  const at = findHostPort(reply?.text ?? "");
  return at !== null && dataSynFrom(t, "client")?.to.port === at.port;
}

export const activeMode: Lesson = {
  id: "active",
  titleKey: "lesson.active.title",
  scenario: { topology: "lan", client: { mode: "active" }, commands: [] },
  steps: [
    { narrationKey: n("active", 1), commands: LOGIN, check: (t) => gotCode(t, 230) },
    {
      narrationKey: n("active", 2),
      commands: ["ls"],
      check: (t) => sent(t, "PORT") && gotCode(t, 200),
    },
    { narrationKey: n("active", 3), check: (t) => dataSynFrom(t, "server")?.from.port === 20 },
    {
      narrationKey: n("active", 4),
      taskKey: task("active", 4),
      commands: ["get readme.txt"],
      check: (t) =>
        t.filter((e) => e.kind === "CommandSent" && e.verb === "PORT" && e.from.host === "client").length >=
        2,
    },
  ],
};

export const passiveMode: Lesson = {
  id: "passive",
  titleKey: "lesson.passive.title",
  scenario: { topology: "lan", client: { mode: "passive" }, commands: [] },
  steps: [
    { narrationKey: n("passive", 1), commands: LOGIN, check: (t) => gotCode(t, 230) },
    { narrationKey: n("passive", 2), commands: ["ls"], check: (t) => sent(t, "PASV") && gotCode(t, 227) },
    { narrationKey: n("passive", 3), check: pasvArithmeticHolds },
    {
      narrationKey: n("passive", 4),
      taskKey: task("passive", 4),
      commands: ["epsv", "ls"],
      check: (t) => sent(t, "EPSV") && gotCode(t, 229),
    },
  ],
};

/** Lessons 1–3: the two connections, logging in and the reply classes, the everyday commands. */
import { dataConnections, gotCode, replyTo } from "../trace/query";
import { narration as n, task, type Lesson } from "./types";

const LOGIN = "user anonymous guest@example.org";

export const twoConnections: Lesson = {
  id: "connections",
  titleKey: "lesson.connections.title",
  scenario: { topology: "lan", client: { mode: "passive" }, commands: [] },
  steps: [
    {
      narrationKey: n("connections", 1),
      commands: ["open server"],
      check: (t) =>
        t.some((e) => e.channel === "control" && e.flags === "SYN" && e.to.port === 21) && gotCode(t, 220),
    },
    { narrationKey: n("connections", 2), commands: [LOGIN], check: (t) => gotCode(t, 230) },
    { narrationKey: n("connections", 3), commands: ["ls"], check: (t) => dataConnections(t) >= 1 },
    {
      narrationKey: n("connections", 4),
      taskKey: task("connections", 4),
      commands: ["get readme.txt"],
      check: (t) => dataConnections(t) >= 2,
    },
    { narrationKey: n("connections", 5), commands: ["bye"], check: (t) => gotCode(t, 221) },
  ],
};

export const replyClasses: Lesson = {
  id: "replies",
  titleKey: "lesson.replies.title",
  scenario: { topology: "lan", client: { mode: "passive" }, commands: [] },
  steps: [
    { narrationKey: n("replies", 1), commands: ["open server"], check: (t) => gotCode(t, 220) },
    {
      narrationKey: n("replies", 2),
      commands: ["user alumno adivina"],
      check: (t) => gotCode(t, 331) && gotCode(t, 530),
    },
    {
      narrationKey: n("replies", 3),
      taskKey: task("replies", 3),
      commands: ["user alumno alumno123"],
      check: (t) => gotCode(t, 230),
    },
    {
      narrationKey: n("replies", 4),
      commands: ["ls"],
      check: (t) => replyTo(t, "LIST", 150) !== null && replyTo(t, "LIST", 226) !== null,
    },
    { narrationKey: n("replies", 5), commands: ["get noexiste.txt"], check: (t) => gotCode(t, 550) },
    { narrationKey: n("replies", 6) },
  ],
};

export const everydayCommands: Lesson = {
  id: "commands",
  titleKey: "lesson.commands.title",
  scenario: { topology: "lan", client: { mode: "passive" }, commands: [] },
  steps: [
    {
      narrationKey: n("commands", 1),
      commands: ["open server", "user alumno alumno123", "pwd"],
      check: (t) => replyTo(t, "PWD", 257) !== null,
    },
    {
      narrationKey: n("commands", 2),
      commands: ["cd pub", "ls"],
      check: (t) => replyTo(t, "CWD", 250) !== null && replyTo(t, "LIST", 226) !== null,
    },
    {
      narrationKey: n("commands", 3),
      taskKey: task("commands", 3),
      commands: ["get notas.txt"],
      check: (t) => replyTo(t, "RETR", 226) !== null,
    },
    {
      narrationKey: n("commands", 4),
      commands: ["cd ..", "mkdir practica"],
      check: (t) => replyTo(t, "MKD", 257) !== null,
    },
    {
      narrationKey: n("commands", 5),
      commands: ["put tarea.txt", "delete tarea.txt"],
      check: (t) => replyTo(t, "STOR", 226) !== null && replyTo(t, "DELE", 250) !== null,
    },
    { narrationKey: n("commands", 6), commands: ["bye"], check: (t) => replyTo(t, "QUIT", 221) !== null },
  ],
};

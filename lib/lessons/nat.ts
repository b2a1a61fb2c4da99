/** Lessons 6–8: the client behind NAT, firewalls and the FTP ALG, the server behind NAT. */
import { dropped, gotCode, noted, replyTo } from "../trace/query";
import { narration as n, task, type Lesson } from "./types";

const LOGIN = ["open server", "user anonymous guest@example.org"];

export const clientNat: Lesson = {
  id: "client-nat",
  titleKey: "lesson.client-nat.title",
  scenario: { topology: "client-nat", client: { mode: "active" }, commands: [] },
  steps: [
    { narrationKey: n("client-nat", 1), commands: LOGIN, check: (t) => gotCode(t, 230) },
    {
      narrationKey: n("client-nat", 2),
      commands: ["ls"],
      check: (t) => replyTo(t, "PORT", 500) !== null,
    },
    { narrationKey: n("client-nat", 3), check: (t) => replyTo(t, "LIST", 425) !== null },
    {
      narrationKey: n("client-nat", 4),
      taskKey: task("client-nat", 4),
      commands: ["passive", "ls"],
      check: (t) => gotCode(t, 227) && replyTo(t, "LIST", 226) !== null,
    },
    {
      // The textbook's failure: accepted PORT, then the server's SYNs to the private address go nowhere.
      narrationKey: n("client-nat", 5),
      switchTo: { serverConfig: "port_promiscuous=YES" },
      commands: ["passive", "ls"],
      check: (t) =>
        replyTo(t, "PORT", 200) !== null &&
        noted(t, "net.privateUnroutable") &&
        replyTo(t, "LIST", 425) !== null,
    },
    {
      // Windows' ftp.exe: active only. Its PORT is refused like any other, and it has nothing to fall back on.
      narrationKey: n("client-nat", 6),
      switchTo: { program: "windows", serverConfig: "port_promiscuous=NO" },
      commands: ["ls", "passive"],
      check: (t) =>
        replyTo(t, "PORT", 500) !== null &&
        noted(t, "client.note.profile.noFallback") &&
        noted(t, "client.note.profile.lacks"),
    },
  ],
};

export const firewallAlg: Lesson = {
  id: "alg",
  titleKey: "lesson.alg.title",
  scenario: {
    topology: "client-firewall",
    alg: false,
    firewall: true,
    client: { mode: "active" },
    commands: [],
  },
  steps: [
    { narrationKey: n("alg", 1), commands: LOGIN, check: (t) => gotCode(t, 230) },
    { narrationKey: n("alg", 2), commands: ["ls"], check: (t) => noted(t, "net.fwDroppedNew") },
    {
      narrationKey: n("alg", 3),
      switchTo: { topology: "client-firewall", alg: true, firewall: true },
      // The helper read the PORT and expects the server's connection: the SYN now reaches the client.
      check: (t) =>
        !dropped(t) &&
        t.some((e) => e.channel === "data" && e.flags === "SYN" && e.to.host === "client") &&
        replyTo(t, "LIST", 226) !== null,
    },
    {
      narrationKey: n("alg", 4),
      switchTo: { topology: "client-nat-alg", alg: true, firewall: false },
      check: (t) => noted(t, "net.algRewrote") && replyTo(t, "LIST", 226) !== null,
    },
  ],
};

export const serverNat: Lesson = {
  id: "server-nat",
  titleKey: "lesson.server-nat.title",
  scenario: { topology: "server-nat", client: { mode: "passive" }, commands: [] },
  steps: [
    { narrationKey: n("server-nat", 1), commands: LOGIN, check: (t) => gotCode(t, 230) },
    {
      narrationKey: n("server-nat", 2),
      commands: ["ls"],
      check: (t) => noted(t, "net.privateUnroutable"),
    },
    {
      narrationKey: n("server-nat", 3),
      taskKey: task("server-nat", 3),
      switchTo: { topology: "server-nat-pasv-address" },
      check: (t) => noted(t, "server.pasvAddress") && replyTo(t, "LIST", 226) !== null,
    },
    { narrationKey: n("server-nat", 4) },
  ],
};

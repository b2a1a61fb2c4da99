/** Sniffing credentials on the path, and what AUTH TLS changes (and what it breaks: the FTP ALG). */
import { eavesdrop } from "../../security/eavesdrop";
import { replyTo } from "../../trace/query";
import { stepKey, type Lesson } from "./lesson";

const ID = "sniffing";
const CONFIG = `listen=YES
anonymous_enable=NO
local_enable=YES
ssl_enable=YES
force_local_logins_ssl=NO
`;

/** A PASS readable in clear on some link, or a TLS record that hides one. */
const passInClear = (t: Parameters<typeof eavesdrop>[0]) =>
  eavesdrop(t).leaks.some((l) => l.credential === "pass");
const opaquePass = (t: Parameters<typeof eavesdrop>[0]) =>
  t.some((e) => e.kind === "CommandSent" && e.verb === "PASS" && e.tls !== undefined);

export const sniffingLesson: Lesson = {
  id: ID,
  titleKey: `sec.lesson.${ID}.title`,
  scenario: { topology: "client-nat", server: { config: CONFIG }, commands: [] },
  steps: [
    { narrationKey: stepKey(ID, 1), commands: ["open server", "user alumno alumno123"], check: passInClear },
    {
      narrationKey: stepKey(ID, 2),
      commands: ["get readme.txt"],
      check: (t) => replyTo(t, "RETR", 226) !== null,
    },
    {
      narrationKey: stepKey(ID, 3),
      commands: ["close", "open server", "auth"],
      check: (t) => replyTo(t, "AUTH", 234) !== null,
    },
    { narrationKey: stepKey(ID, 4), commands: ["user alumno alumno123"], check: opaquePass },
    { narrationKey: stepKey(ID, 5) },
  ],
};

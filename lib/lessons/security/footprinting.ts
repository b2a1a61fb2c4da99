/** Footprinting an FTP server: banner grabbing, nmap's version and default scripts, password guessing. */
import { printed, replyTo } from "../../trace/query";
import { stepKey, type Lesson } from "./lesson";

const ID = "footprinting";

export const footprintingLesson: Lesson = {
  id: ID,
  titleKey: `sec.lesson.${ID}.title`,
  scenario: { topology: "lan", commands: [] },
  steps: [
    {
      narrationKey: stepKey(ID, 1),
      commands: ["nc server 21", "QUIT"],
      check: (t) => replyTo(t, "QUIT", 221) !== null,
    },
    {
      narrationKey: stepKey(ID, 2),
      commands: ["nmap -sV -p21 server"],
      check: (t) => printed(t, "vsftpd 3.0.3") !== null,
    },
    {
      narrationKey: stepKey(ID, 3),
      commands: ["nmap -sC -p21 server"],
      check: (t) => printed(t, "[NSE: writeable]") !== null,
    },
    {
      narrationKey: stepKey(ID, 4),
      commands: ["brute alumno"],
      check: (t) => printed(t, "password: alumno123") !== null,
    },
    { narrationKey: stepKey(ID, 5) },
  ],
};

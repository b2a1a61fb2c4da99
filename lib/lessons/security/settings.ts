/** Dangerous vsftpd settings: the audit lists them; each "Show me" demo makes one risk happen. */
import { dataTo, replyWith } from "../../trace/query";
import { stepKey, type Lesson } from "./lesson";

const ID = "settings";
// A server set up in a hurry: users not jailed, real ids in listings, recursive listings allowed.
const CONFIG = `listen=YES
anonymous_enable=NO
local_enable=YES
write_enable=YES
chroot_local_user=NO
hide_ids=NO
ls_recurse_enable=YES
`;

export const settingsLesson: Lesson = {
  id: ID,
  titleKey: `sec.lesson.${ID}.title`,
  scenario: { topology: "lan", server: { config: CONFIG }, commands: [] },
  steps: [
    { narrationKey: stepKey(ID, 1) },
    {
      narrationKey: stepKey(ID, 2),
      commands: ["open server", "user alumno alumno123", "cd /", "ls"],
      check: (t) => dataTo(t, "client", " srv") !== null,
    },
    {
      narrationKey: stepKey(ID, 3),
      commands: ["cd /srv/ftp", "ls"],
      check: (t) => dataTo(t, "client", " 1001 ") !== null,
    },
    { narrationKey: stepKey(ID, 4), commands: ["ls -R"], check: (t) => dataTo(t, "client", "pub:") !== null },
    { narrationKey: stepKey(ID, 5), commands: ["bye"], check: (t) => replyWith(t, 221) !== null },
  ],
};

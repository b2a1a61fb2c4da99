/** Anonymous FTP: who can log in, what they see, and what happens when uploads are open to them. */
import { replyTo, replyWith, dataTo } from "../../trace/query";
import { stepKey, type Lesson } from "./lesson";

const ID = "anonymous";
const CONFIG = `listen=YES
anonymous_enable=YES
local_enable=YES
write_enable=YES
anon_upload_enable=YES
anon_mkdir_write_enable=YES
`;

export const anonymousLesson: Lesson = {
  id: ID,
  titleKey: `sec.lesson.${ID}.title`,
  scenario: { topology: "lan", server: { config: CONFIG }, commands: [] },
  steps: [
    {
      narrationKey: stepKey(ID, 1),
      commands: ["open server", "user anonymous guest@"],
      check: (t) => replyWith(t, 230) !== null,
    },
    { narrationKey: stepKey(ID, 2), commands: ["ls"], check: (t) => dataTo(t, "client", "upload") !== null },
    {
      narrationKey: stepKey(ID, 3),
      commands: ["cd upload", "put tarea.txt"],
      check: (t) => replyTo(t, "STOR", 226) !== null,
    },
    {
      narrationKey: stepKey(ID, 4),
      commands: ["mkdir warez"],
      check: (t) => replyTo(t, "MKD", 257) !== null,
    },
    { narrationKey: stepKey(ID, 5) },
  ],
};

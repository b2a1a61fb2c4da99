/** The FTP bounce attack: PORT naming a third host, refused by default, obeyed with port_promiscuous. */
import { BOUNCE_TARGET } from "../../security/demos";
import { replyWith, synFrom } from "../../trace/query";
import { stepKey, type Lesson } from "./lesson";

const ID = "bounce";
const CONFIG = `listen=YES
anonymous_enable=YES
port_promiscuous=YES
`;

export const bounceLesson: Lesson = {
  id: ID,
  titleKey: `sec.lesson.${ID}.title`,
  scenario: { topology: "client-nat", victim: true, server: { config: CONFIG }, commands: [] },
  steps: [
    {
      narrationKey: stepKey(ID, 1),
      commands: ["open server", "user anonymous guest@"],
      check: (t) => replyWith(t, 230) !== null,
    },
    {
      narrationKey: stepKey(ID, 2),
      commands: [`quote PORT ${BOUNCE_TARGET}`],
      check: (t) => replyWith(t, 200, "PORT") !== null,
    },
    {
      narrationKey: stepKey(ID, 3),
      commands: ["quote LIST"],
      check: (t) => synFrom(t, "server", "victim") !== null,
    },
    { narrationKey: stepKey(ID, 4) },
  ],
};

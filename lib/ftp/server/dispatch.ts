/**
 * One command line through vsftpd's fixed validation order: empty line (ignored) → not logged in (530,
 * except the few pre-login verbs) → cmds_allowed/cmds_denied (550) → unknown verb (500) → verb gated
 * off by a tunable (550 or 500, as vsftpd) → the verb's handler.
 */
import { lookupCommand, type CommandSpec } from "../commands";
import { parseCommand } from "../parse-command";
import { HANDLERS } from "./handlers/index";
import type { Session } from "./types";

const wordList = (s: string | null): string[] | null =>
  s === null ? null : s.split(",").map((w) => w.trim());

function allowedByCmdLists(s: Session, verb: string): boolean {
  const allowed = wordList(s.cfg.cmds_allowed);
  const denied = wordList(s.cfg.cmds_denied);
  if (allowed && !allowed.includes(verb)) return false;
  return !(denied && denied.includes(verb));
}

export function dispatchLine(s: Session, line: string): void {
  const cmd = parseCommand(line);
  if (cmd.verb === "" && cmd.arg === "") return; // vsftpd ignores empty lines without a reply
  const spec = lookupCommand(cmd.verb);
  if (!s.loggedIn) {
    if (spec?.prelogin) HANDLERS[spec.handler](s, cmd.arg, cmd);
    else s.reply(530, "Please login with USER and PASS.", { key: "server.loginFirst" });
    return;
  }
  if (!allowedByCmdLists(s, cmd.verb)) {
    s.reply(550, "Permission denied.", { key: "server.cmdsAllowed", params: { verb: cmd.verb } });
    return;
  }
  if (!spec) {
    s.reply(500, "Unknown command.", { key: "server.unknownCommand" });
    return;
  }
  if (spec.gate && !spec.gate(s.cfg, { anonymous: s.anonymous, epsvAll: s.epsvAll })) {
    refuse(s, spec, cmd.verb);
    return;
  }
  HANDLERS[spec.handler](s, cmd.arg, cmd);
}

function refuse(s: Session, spec: CommandSpec, verb: string): void {
  const params = { verb, tunables: (spec.tunables ?? []).join(", ") };
  const key = s.epsvAll && (verb === "PASV" || verb === "PORT") ? "server.epsvAllRefuses" : "server.gated";
  if (spec.refusedWith550) s.reply(550, "Permission denied.", { key, params });
  else s.reply(500, "Unknown command.", { key, params });
}

/**
 * One command line through vsftpd's fixed validation order: empty line (ignored) → not logged in (530,
 * except the few pre-login verbs) → cmds_allowed/cmds_denied (550) → unknown verb (500) → verb gated
 * off by a tunable (550 or 500, as vsftpd) → the row's argument check → the row's handler.
 */
import { lookupCommand, type CommandSpec } from "../commands";
import { parseCommand, type ParsedCommand } from "../parse-command";
import { ReplyCode } from "../reply-codes";
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
    if (spec?.prelogin) run(s, spec, cmd);
    else s.reply(ReplyCode.NotLoggedIn, "Please login with USER and PASS.", { key: "server.loginFirst" });
    return;
  }
  if (!allowedByCmdLists(s, cmd.verb)) {
    s.reply(ReplyCode.NoPermission, "Permission denied.", {
      key: "server.cmdsAllowed",
      params: { verb: cmd.verb },
    });
    return;
  }
  if (!spec) {
    s.reply(ReplyCode.BadCommand, "Unknown command.", { key: "server.unknownCommand" });
    return;
  }
  if (spec.gate && !spec.gate(s.cfg, { anonymous: s.anonymous, epsvAll: s.epsvAll })) {
    refuse(s, spec, cmd.verb);
    return;
  }
  run(s, spec, cmd);
}

function run(s: Session, spec: CommandSpec, cmd: ParsedCommand): void {
  const check = spec.arg;
  if (check && !check.ok(cmd.arg, s)) s.reply(check.code, check.text);
  else spec.run(s, cmd.arg, cmd);
}

function refuse(s: Session, spec: CommandSpec, verb: string): void {
  const params = { verb, tunables: (spec.tunables ?? []).join(", ") };
  const key = s.epsvAll && (verb === "PASV" || verb === "PORT") ? "server.epsvAllRefuses" : "server.gated";
  if (spec.refusedWith550) s.reply(ReplyCode.NoPermission, "Permission denied.", { key, params });
  else s.reply(ReplyCode.BadCommand, "Unknown command.", { key, params });
}

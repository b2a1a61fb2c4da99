/**
 * Files and directories of the host that vsftpd reads by the names its tunables give, and its words
 * when one cannot be read: `500 OOPS: <what>:<path>`, and the session ends. Checked only when the
 * session knows its host (ftpd on a real machine, or a replay that supplies them); a simulation
 * without host files keeps its lenient defaults.
 */
import { ReplyCode } from "../../reply-codes";
import type { Session } from "../types";
import { textLines } from "./text";

type Need = readonly [on: boolean, path: string | null, what: string];

/** What main.c and the session process read before the greeting, in their order. */
function beforeGreeting(s: Session): readonly Need[] {
  const c = s.cfg;
  return [
    [c.deny_email_enable, c.banned_email_file, "cannot read anon e-mail list file:"],
    [c.banner_file !== null, c.banner_file, "cannot read banner file:"],
    [c.secure_email_list_enable, c.email_password_file, "cannot read email passwords file:"],
    [c.local_enable && c.userlist_enable, c.userlist_file, "cannot read user list file:"],
  ];
}

/** Ends the session with vsftpd's OOPS when a file it needs before the greeting is missing. */
export function hostFilesMissing(s: Session): boolean {
  if (!s.hostKnown) return false;
  for (const [on, path, what] of beforeGreeting(s))
    if (on && (path === null || s.hostFiles[path] === undefined)) return oops(s, what, path);
  // The session process chroot()s into secure_chroot_dir before it reads a command.
  const dir = s.cfg.secure_chroot_dir;
  if (s.hostDirs && (dir === null || !s.hostDirs.has(dir)))
    return oops(s, "vsftpd: not found: directory given in 'secure_chroot_dir':", dir);
  return false;
}

/** chroot_list_file is read at each local login; missing, the login ends in an OOPS. */
export function chrootListMissing(s: Session): boolean {
  const path = s.cfg.chroot_list_file;
  if (!s.hostKnown || !s.cfg.chroot_list_enable || (path !== null && s.hostFiles[path] !== undefined))
    return false;
  return oops(s, "could not read chroot() list file:", path);
}

/** An anonymous password vsftpd refuses: in banned_email_file, or not in email_password_file. */
export function anonPasswordRefused(s: Session, pass: string): boolean {
  const c = s.cfg;
  const banned = c.deny_email_enable ? textLines(s.hostFiles[c.banned_email_file ?? ""] ?? "") : [];
  if (banned.length > 0 && banned.includes(pass)) return true;
  const allowed = c.secure_email_list_enable ? textLines(s.hostFiles[c.email_password_file ?? ""] ?? "") : [];
  return allowed.length > 0 && (pass === "" || !allowed.includes(pass));
}

function oops(s: Session, what: string, path: string | null): true {
  s.reply(ReplyCode.BadCommand, `OOPS: ${what}${path ?? "(null)"}`, {
    key: "server.hostFileMissing",
    params: { path: path ?? "" },
  });
  s.close();
  return true;
}

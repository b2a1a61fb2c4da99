/**
 * Greeting, USER, PASS and QUIT (prelogin.c), and what a successful login sets up: the view of the
 * file system (chroot or not), the umask and the starting directory.
 */
import { ReplyCode } from "../../reply-codes";
import { asciiUpper } from "../../parse-command";
import { checkLocalLogin, findUser, type UserRecord } from "../users";
import type { Session } from "../types";
import { anonPasswordRefused, chrootListMissing, hostFilesMissing } from "./host-files";
import { textLines } from "./text";
import { refusedByTlsPolicy } from "./tls";

const PAM_FAIL_DELAY_MS = 2000;
const DEFAULT_HOME = "/srv/ftp";

export function greeting(s: Session): void {
  if (hostFilesMissing(s)) return;
  const banner = s.cfg.banner_file ? s.hostFiles[s.cfg.banner_file] : undefined;
  if (banner !== undefined && banner !== "") {
    s.replyPrefixed(ReplyCode.ServiceReady, textLines(banner), "", { key: "server.bannerFile" });
  } else s.reply(ReplyCode.ServiceReady, s.cfg.ftpd_banner ?? "(vsFTPd 3.0.3)");
}

const isAnonName = (name: string): boolean => ["FTP", "ANONYMOUS"].includes(asciiUpper(name));

export function handleUser(s: Session, arg: string): void {
  if (s.loggedIn) return loggedInUser(s, arg);
  s.userStr = arg;
  const anon = isAnonName(arg);
  if (!s.cfg.local_enable && !anon) {
    s.userStr = "";
    s.reply(ReplyCode.NotLoggedIn, "This FTP server is anonymous only.", { key: "server.anonOnly" });
    return;
  }
  if (refusedByTlsPolicy(s, anon)) return;
  if (s.cfg.userlist_enable) {
    const listed = textLines(s.hostFiles[s.cfg.userlist_file ?? ""] ?? "").includes(arg);
    if (listed === s.cfg.userlist_deny) {
      const why = listed ? "server.userlistDenied" : "server.userlistNotAllowed";
      return delayed(s, s.cfg.delay_failed_login * 1000, () => {
        s.reply(ReplyCode.NotLoggedIn, "Permission denied.", { key: why, params: { user: arg } });
        s.userStr = "";
        countFailure(s);
      });
    }
  }
  if (anon && s.cfg.no_anon_password) {
    s.note("server.noAnonPassword");
    return handlePass(s, "<no password>");
  }
  s.reply(ReplyCode.NeedPassword, "Please specify the password.");
}

function loggedInUser(s: Session, arg: string): void {
  if (s.anonymous) s.reply(ReplyCode.NotLoggedIn, "Can't change from guest user.");
  else if (arg === s.userStr) s.reply(ReplyCode.NeedPassword, "Any password will do.");
  else s.reply(ReplyCode.NotLoggedIn, "Can't change to another user.");
}

export function handlePass(s: Session, arg: string): void {
  if (s.loggedIn) return s.reply(ReplyCode.LoginOk, "Already logged in.");
  if (s.userStr === "")
    return s.reply(ReplyCode.BadSequence, "Login with USER first.", { key: "server.userFirst" });
  const anon = s.cfg.anonymous_enable && isAnonName(s.userStr);
  if (anon && !anonPasswordRefused(s, arg))
    return startSession(s, findUser(s.users, s.cfg.ftp_username ?? "ftp") ?? nobody(), true);
  if (anon)
    return delayed(s, s.cfg.delay_failed_login * 1000, () => {
      s.reply(ReplyCode.NotLoggedIn, "Login incorrect.", { key: "server.anonPasswordRefused" });
      s.userStr = "";
      countFailure(s);
    });
  const auth = s.cfg.local_enable
    ? checkLocalLogin(s.users, s.userStr, arg)
    : ({ ok: false, why: "unknown" } as const);
  if (auth.ok) return chrootListMissing(s) ? undefined : startSession(s, auth.user, false);
  const user = s.userStr;
  // PAM's own failure delay (about 2 s on Debian) comes on top of delay_failed_login.
  delayed(s, PAM_FAIL_DELAY_MS + s.cfg.delay_failed_login * 1000, () => {
    s.reply(ReplyCode.NotLoggedIn, "Login incorrect.", {
      key: `server.loginFailed.${auth.why}`,
      params: { user },
    });
    s.userStr = "";
    countFailure(s);
  });
}

const nobody = (): UserRecord => ({ name: "ftp", uid: 65534, gid: 65534 });

function delayed(s: Session, ms: number, then: () => void): void {
  if (ms <= 0) return then();
  s.op = { kind: "delay", resume: then };
  s.setTimer("loginDelay", ms);
}

function countFailure(s: Session): void {
  if (++s.loginFails >= s.cfg.max_login_fails) {
    s.note("server.maxLoginFails", { max: s.cfg.max_login_fails });
    s.close();
  }
}

function inChrootList(s: Session, name: string): boolean {
  return (
    s.cfg.chroot_list_enable && textLines(s.hostFiles[s.cfg.chroot_list_file ?? ""] ?? "").includes(name)
  );
}

function startSession(s: Session, user: UserRecord, anonymous: boolean): void {
  const cred = { uid: user.uid, gid: user.gid };
  const base = (anonymous ? s.cfg.anon_root : s.cfg.local_root) ?? user.home ?? DEFAULT_HOME;
  const chrooted = anonymous || s.cfg.chroot_local_user !== inChrootList(s, user.name);
  const view = s.vfs.view(chrooted ? base : "/", cred);
  const start = chrooted ? view?.chdir([], "/") : view?.chdir([], base);
  if (!view || !start?.ok) {
    s.reply(ReplyCode.BadCommand, `OOPS: cannot change directory:${base}`, {
      key: "server.noHome",
      params: { path: base },
    });
    return s.close();
  }
  if (chrooted && !s.cfg.allow_writeable_chroot && view.rootWritable()) {
    s.reply(ReplyCode.BadCommand, "OOPS: vsftpd: refusing to run with writable root inside chroot()", {
      key: "server.writableChroot",
    });
    return s.close();
  }
  Object.assign(s, { loggedIn: true, anonymous, fsView: view, chrooted, cwd: [...start.value] });
  s.home = "/" + start.value.join("/");
  s.umask = anonymous ? s.cfg.anon_umask : s.cfg.local_umask;
  if (anonymous) s.userStr = user.name;
  const key = anonymous ? "server.loggedInAnon" : chrooted ? "server.loggedInChroot" : "server.loggedInLocal";
  s.reply(ReplyCode.LoginOk, "Login successful.", {
    key,
    params: { user: user.name, root: chrooted ? base : "/" },
  });
}

export function handleQuit(s: Session): void {
  s.reply(ReplyCode.Goodbye, "Goodbye.");
  s.close();
}

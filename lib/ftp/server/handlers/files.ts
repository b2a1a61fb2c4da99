/** MKD, RMD, DELE, RNFR/RNTO, SIZE, MDTM (read and, with mdtm_write, set) and SITE CHMOD/UMASK/HELP. */
import { ReplyCode } from "../../reply-codes";
import { asciiUpper } from "../../parse-command";
import { octalToUint, uintToOctal } from "../numbers";
import type { Session } from "../types";
import { cwdText } from "./nav";
import { quote257, resolveTilde } from "./text";

const path = (s: Session, arg: string): string => resolveTilde(arg, s.home);

/** prepend_path_to_filename(): relative names get the current directory in front. */
function withCwd(s: Session, name: string): string {
  if (name.startsWith("/")) return name;
  const cwd = cwdText(s);
  return (cwd.endsWith("/") ? cwd : cwd + "/") + name;
}

export function handleMkd(s: Session, arg: string): void {
  const p = path(s, arg);
  const r = s.fsView!.mkdir(s.cwd, p, 0o777 & ~s.umask, s.nowS());
  if (!r.ok)
    return s.reply(ReplyCode.FileUnavailable, "Create directory operation failed.", {
      key: "server.fsError",
      params: { err: r.err },
    });
  s.reply(ReplyCode.PathName, `${quote257(withCwd(s, p))} created`);
}

export function handleRmd(s: Session, arg: string): void {
  const r = s.fsView!.rmdir(s.cwd, path(s, arg), s.nowS());
  if (!r.ok)
    return s.reply(ReplyCode.FileUnavailable, "Remove directory operation failed.", {
      key: "server.fsError",
      params: { err: r.err },
    });
  s.reply(ReplyCode.FileActionOk, "Remove directory operation successful.");
}

export function handleDele(s: Session, arg: string): void {
  const r = s.fsView!.unlink(s.cwd, path(s, arg), s.nowS());
  if (!r.ok)
    return s.reply(ReplyCode.FileUnavailable, "Delete operation failed.", {
      key: "server.fsError",
      params: { err: r.err },
    });
  s.reply(ReplyCode.FileActionOk, "Delete operation successful.");
}

export function handleRnfr(s: Session, arg: string): void {
  s.rnfr = null;
  const p = path(s, arg);
  const r = s.fsView!.stat(s.cwd, p);
  if (!r.ok)
    return s.reply(ReplyCode.FileUnavailable, "RNFR command failed.", {
      key: "server.fsError",
      params: { err: r.err },
    });
  s.rnfr = p;
  s.reply(ReplyCode.RenameFromOk, "Ready for RNTO.");
}

export function handleRnto(s: Session, arg: string): void {
  const from = s.rnfr;
  if (from === null)
    return s.reply(ReplyCode.BadSequence, "RNFR required first.", { key: "server.rnfrFirst" });
  s.rnfr = null;
  const r = s.fsView!.rename(s.cwd, from, path(s, arg), s.nowS());
  if (!r.ok)
    return s.reply(ReplyCode.FileUnavailable, "Rename failed.", {
      key: "server.fsError",
      params: { err: r.err },
    });
  s.reply(ReplyCode.FileActionOk, "Rename successful.");
}

export function handleSize(s: Session, arg: string): void {
  const r = s.fsView!.stat(s.cwd, path(s, arg));
  if (!r.ok || r.value.kind !== "file") return s.reply(ReplyCode.FileUnavailable, "Could not get file size.");
  s.reply(ReplyCode.FileStatus, String(r.value.size));
}

const two = (n: number): string => String(n).padStart(2, "0");

function mdtmText(epochS: number): string {
  const d = new Date(epochS * 1000);
  return `${d.getUTCFullYear()}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}`;
}

/** YYYYMMDD[HHMMSS] as UTC; out-of-range fields roll over like mktime(). */
function parseTime(t: string): number {
  const n = (a: number, b: number): number => Number(t.slice(a, b)) || 0;
  const hms = t.length >= 14 ? [n(8, 10), n(10, 12), n(12, 14)] : [0, 0, 0];
  return Math.floor(Date.UTC(n(0, 4), n(4, 6) - 1, n(6, 8), hms[0], hms[1], hms[2]) / 1000);
}

export function handleMdtm(s: Session, arg: string): void {
  const view = s.fsView!;
  const whole = view.stat(s.cwd, arg);
  const sp = arg.indexOf(" ");
  // A leading timestamp means "set": only when the whole argument is not itself a file name.
  const looksLikeSet =
    !whole.ok && sp >= 0 && /^\d/.test(arg) && (sp === 8 || sp === 14 || (sp > 15 && arg[14] === "."));
  const doWrite = s.cfg.mdtm_write && looksLikeSet;
  const allowed = s.cfg.write_enable && (s.cfg.anon_other_write_enable || !s.anonymous);
  if (doWrite && allowed) {
    const target = path(s, arg.slice(sp + 1));
    const st = view.stat(s.cwd, target);
    if (!st.ok || st.value.kind !== "file")
      return s.reply(ReplyCode.FileUnavailable, "Could not set file modification time.");
    const r = view.setMtime(s.cwd, target, parseTime(arg.slice(0, sp)));
    if (!r.ok) return s.reply(ReplyCode.FileUnavailable, "Could not set file modification time.");
    return s.reply(ReplyCode.FileStatus, "File modification time set.");
  }
  // Without permission to set, vsftpd still answers from the stat of the whole argument.
  if (!whole.ok || whole.value.kind !== "file")
    return s.reply(ReplyCode.FileUnavailable, "Could not get file modification time.");
  s.reply(ReplyCode.FileStatus, mdtmText(whole.value.mtime));
}

export function handleSite(s: Session, arg: string): void {
  const sp = arg.indexOf(" ");
  const sub = asciiUpper(sp < 0 ? arg : arg.slice(0, sp));
  const rest = sp < 0 ? "" : arg.slice(sp + 1);
  const chmodOn = s.cfg.write_enable && s.cfg.chmod_enable;
  if (sub === "CHMOD" && chmodOn) return siteChmod(s, rest);
  if (sub === "UMASK") return siteUmask(s, rest);
  if (sub === "HELP") return s.reply(ReplyCode.HelpOk, chmodOn ? "CHMOD UMASK HELP" : "UMASK HELP");
  s.reply(
    ReplyCode.BadCommand,
    "Unknown SITE command.",
    sub === "CHMOD" ? { key: "server.siteChmodOff" } : undefined,
  );
}

function siteChmod(s: Session, args: string): void {
  const sp = args.indexOf(" ");
  const file = sp < 0 ? "" : args.slice(sp + 1);
  if (args === "" || file === "") return s.reply(ReplyCode.BadCommand, "SITE CHMOD needs 2 arguments.");
  const r = s.fsView!.chmod(s.cwd, path(s, file), octalToUint(args.slice(0, sp)) & 0o777);
  if (!r.ok)
    return s.reply(ReplyCode.FileUnavailable, "SITE CHMOD command failed.", {
      key: "server.fsError",
      params: { err: r.err },
    });
  s.reply(ReplyCode.CommandOk, "SITE CHMOD command ok.");
}

function siteUmask(s: Session, arg: string): void {
  if (arg === "") return s.reply(ReplyCode.CommandOk, `Your current UMASK is ${uintToOctal(s.umask)}`);
  s.umask = octalToUint(arg);
  s.reply(ReplyCode.CommandOk, `UMASK set to ${uintToOctal(s.umask)}`);
}

/** RETR, STOR, APPE, STOU, LIST, NLST and STAT with a path, following postlogin.c's order of checks. */
import { continuedLine, finalLine, ReplyCode } from "../../reply-codes";
import { fileBytes, type FileNode } from "../../../vfs/node";
import { listing } from "./listing";
import { bytesLatin1 } from "../../../util/bytes";
import { resolveTilde } from "./text";
import { startTransfer } from "../transfer";
import { binToAscii, AsciiUploadFilter } from "../ascii";
import type { ServerNote, Session } from "../types";
import type { ByteBudget } from "../../../vfs/budget";

/** vsftpd's data_transfer_checks_ok(): a data setup must exist. */
function haveDataSetup(s: Session): boolean {
  if (s.data.kind !== "none") return true;
  s.reply(ReplyCode.CannotOpenDataConnection, "Use PORT or PASV first.", { key: "server.noDataSetup" });
  return false;
}

export function handleRetr(s: Session, arg: string): void {
  const offset = s.restartPos;
  s.restartPos = 0;
  if (!haveDataSetup(s)) return;
  if (s.isAscii && offset !== 0)
    return s.reply(ReplyCode.FileUnavailable, "No support for resume of ASCII transfer.");
  const path = resolveTilde(arg, s.home);
  const f = s.fsView!.openRead(s.cwd, path);
  const openFail = (key: ServerNote["key"]): void =>
    s.reply(ReplyCode.FileUnavailable, "Failed to open file.", { key, params: { path } });
  if (!f.ok) return openFail(f.err === "EACCES" ? "server.retrNoPermission" : "server.retrMissing");
  if (f.value.kind !== "file") return openFail("server.retrNotFile");
  if (s.anonymous && s.cfg.anon_world_readable_only && (f.value.mode & 0o4) === 0)
    return openFail("server.anonWorldReadable");
  const ascii = s.cfg.ascii_download_enable && s.isAscii;
  if (s.isAscii && !ascii) s.note("server.asciiDownloadDisabled");
  const mark = `Opening ${ascii ? "ASCII" : "BINARY"} mode data connection for ${arg} (${f.value.size} bytes).`;
  const ext = f.value.external;
  // A file on the real server's disk is streamed by the driver, never read into memory here.
  if (ext && f.value.data === null)
    return startTransfer(s, {
      mark,
      stream: { source: ext.source, offset, ascii },
      doneText: "Transfer complete.",
    });
  const bytes = fileBytes(f.value).subarray(Math.min(offset, f.value.size));
  startTransfer(s, { mark, payload: ascii ? binToAscii(bytes) : bytes, doneText: "Transfer complete." });
}

type UploadKind = "stor" | "appe" | "stou";

function uniqueName(s: Session, base: string): string {
  const root = base === "" ? "STOU" : base;
  if (base !== "" && !s.fsView!.stat(s.cwd, base).ok) return base;
  for (let n = 1; ; n++) if (!s.fsView!.stat(s.cwd, `${root}.${n}`).ok) return `${root}.${n}`;
}

function upload(s: Session, arg: string, kind: UploadKind): void {
  const offset = s.restartPos;
  s.restartPos = 0;
  if (!haveDataSetup(s)) return;
  const view = s.fsView!;
  const resolved = resolveTilde(arg, s.home);
  const name = kind === "stou" ? uniqueName(s, resolved) : resolved;
  // Anonymous uploads may never touch an existing file unless anon_other_write_enable.
  const exclusive = kind === "stou" || (s.anonymous && !s.cfg.anon_other_write_enable);
  const mode = s.cfg.file_open_mode & ~s.umask;
  const r = view.create(s.cwd, name, { exclusive, mode, now: Math.floor(s.now / 1000) });
  if (!r.ok) {
    const key = r.err === "EEXIST" ? "server.uploadExists" : "server.uploadCreateFailed";
    return s.reply(ReplyCode.UploadFailed, "Could not create file.", { key, params: { path: name } });
  }
  const file = r.value;
  const budget = s.vfs.budget;
  if (kind === "stor" && offset === 0 && !exclusive) truncate(file, budget);
  // vsftpd seeks to the REST offset before its 150; past ext4's largest offset lseek() fails and vsftpd
  // die()s: the session simply ends, with no reply.
  if (kind !== "appe" && offset > LSEEK_MAX) {
    s.note("server.lseekFailed", { offset, max: LSEEK_MAX });
    return s.close();
  }
  let pos = kind === "appe" ? file.size : offset;
  const filter = s.cfg.ascii_upload_enable && s.isAscii ? new AsciiUploadFilter() : null;
  const max = s.vfs.limits.maxFileBytes;
  let why: ServerNote = { key: "server.fileTooBig", params: { max } };
  const write = (chunk: Uint8Array): boolean => {
    // Checked before any allocation: a hole up to a huge offset would be a huge buffer here.
    if (pos + chunk.length > max && !file.external?.write) return false;
    if (!writeAt(file, pos, chunk, Math.floor(s.now / 1000), budget)) {
      why = { key: "server.writeFailed" };
      return false;
    }
    pos += chunk.length;
    return true;
  };
  startTransfer(s, {
    mark: kind === "stou" ? `FILE: ${name}` : "Ok to send data.",
    sink: (chunk) => {
      const ok = write(filter ? filter.push(chunk) : (chunk ?? new Uint8Array(0)));
      if (chunk === null || !ok) settle(file, budget);
      return ok;
    },
    sinkFailed: () => why,
    doneText: "Transfer complete.",
    // vsftpd counts the file as created once open() succeeded: with delete_failed_uploads even a file
    // that existed before (and was truncated) goes; without it the part received stays under its name.
    failed: () => {
      if (!s.cfg.delete_failed_uploads) return;
      const gone = view.unlink(s.cwd, name, Math.floor(s.now / 1000));
      s.note(gone.ok ? "server.failedUploadDeleted" : "server.failedUploadKept", { path: name });
    },
  });
}

/** ext4's s_maxbytes with 4 KiB blocks ((2^32 − 1) blocks): the largest offset lseek() accepts. */
const LSEEK_MAX = 2 ** 44 - 4096;

function truncate(f: FileNode, budget: ByteBudget | null): void {
  if (f.external?.truncate) {
    f.external.truncate();
    f.size = 0;
    return;
  }
  f.external = undefined;
  f.data = new Uint8Array(0);
  f.lazy = null;
  f.size = 0;
  budget?.release(f);
}

/**
 * Spare capacity behind each file being written: `data` stays an exact-length view of it, so an upload
 * of n chunks copies O(n) bytes in total instead of re-copying the whole file for every chunk.
 */
const backing = new WeakMap<FileNode, Uint8Array>();

/**
 * Writes at `pos`, growing the file (with zeros when seeking past the end, as lseek+write does).
 * False when the bytes cannot be stored: the disk refused, or memory would pass the server's budget.
 */
function writeAt(
  f: FileNode,
  pos: number,
  chunk: Uint8Array,
  mtime: number,
  budget: ByteBudget | null,
): boolean {
  const ext = f.external;
  if (ext?.write) {
    if (!ext.write(pos, chunk)) return false;
    f.size = Math.max(f.size, pos + chunk.length);
    f.mtime = mtime;
    return true;
  }
  const end = Math.max(f.size, pos + chunk.length);
  let buf = backing.get(f);
  const old = f.data;
  if (!buf || !old || buf.buffer !== old.buffer || buf.byteOffset !== old.byteOffset || buf.length < end) {
    let capacity = Math.max(end, 2 * f.size, 64 * 1024);
    // Near the budget's edge, spare capacity gives way to an exact fit before the write is refused.
    if (budget && !budget.hold(f, capacity) && !budget.hold(f, (capacity = end))) return false;
    // A file from disk (ftpd without --write) is copied into memory the first time it changes.
    const current = fileBytes(f);
    f.external = undefined;
    buf = new Uint8Array(capacity);
    buf.set(current.subarray(0, Math.min(current.length, capacity)));
    backing.set(f, buf);
  }
  buf.set(chunk, pos);
  f.data = buf.subarray(0, end);
  f.size = end;
  f.mtime = mtime;
  return true;
}

/** After an upload the spare capacity goes: the file then holds exactly its size. */
function settle(f: FileNode, budget: ByteBudget | null): void {
  const buf = backing.get(f);
  if (!buf || !f.data || buf.length === f.size) return;
  backing.delete(f);
  f.data = f.data.slice();
  budget?.hold(f, f.size);
}

export const handleStor = (s: Session, arg: string): void => upload(s, arg, "stor");
export const handleAppe = (s: Session, arg: string): void => upload(s, arg, "appe");
export const handleStou = (s: Session, arg: string): void => upload(s, arg, "stou");

function dirCommand(s: Session, arg: string, verbose: boolean): void {
  if (!haveDataSetup(s)) return;
  const text = listing(s, arg, verbose, false);
  if (text === null) return;
  startTransfer(s, {
    mark: "Here comes the directory listing.",
    payload: text,
    doneText: "Directory send OK.",
  });
}

export const handleList = (s: Session, arg: string): void => dirCommand(s, arg, true);
export const handleNlst = (s: Session, arg: string): void => dirCommand(s, arg, false);

/** STAT path: the listing comes back on the control connection, always as with -a. */
export function handleStatFile(s: Session, arg: string): void {
  if (!s.cfg.dirlist_enable)
    return s.reply(ReplyCode.NoPermission, "Permission denied.", {
      key: "server.gated",
      params: { verb: "STAT", tunables: "dirlist_enable" },
    });
  const text = listing(s, arg, true, true);
  if (text === null) return;
  // Two writes, as vsftpd makes them: the opening line, then the listing with the closing line.
  s.sendRaw(continuedLine(ReplyCode.FileStatus, "Status follows:"));
  s.sendRaw(bytesLatin1(text) + finalLine(ReplyCode.FileStatus, "End of status"));
}

/**
 * Whether tftpd-hpa 5.2 (run as Debian ships it: --secure, a chroot into the TFTP root, as an
 * unprivileged user) takes a request, checked in the order it checks: the mode, then opening the
 * file. The root is a chroot, so ".." never leaves it and a leading "/" is the root. The daemon owns
 * no file it did not create, so a file it may not open answers with the system's error in ERROR 0;
 * a missing file is ERROR 1, also for a WRQ without --create. It never sends ERROR 6 (a writable file
 * is overwritten) nor ERROR 7 (there is no "mail" mode). Checked against the real server
 * (test/fixtures/tftpd-hpa-5.2).
 */
import type { KeySuffix } from "../i18n/core";
import { TftpError, type TftpErrorCode } from "./errors";
import type { TftpRequest } from "./packet";

export interface ServedFile {
  readonly bytes: Uint8Array;
  /** Unix permission bits (0o644…). */
  readonly mode: number;
}

export interface RequestPolicy {
  /** --create: a WRQ may create a file that does not exist. */
  readonly create: boolean;
}

export type RequestCheck =
  | { readonly ok: true; readonly path: string; readonly netascii: boolean }
  | { readonly ok: false; readonly code: TftpErrorCode; readonly why: RefusedNote; readonly message: string };

/** Why a request is refused: a note of the TFTP catalogue (tftp.server.<why>). */
export type RefusedNote = KeySuffix<"tftp.server.">;

interface Ctx {
  readonly req: TftpRequest;
  readonly mode: string;
  readonly path: string;
  readonly files: ReadonlyMap<string, ServedFile>;
  readonly policy: RequestPolicy;
}

const WORLD_READ = 0o004;
const WORLD_WRITE = 0o002;

const no = (code: TftpErrorCode, why: RefusedNote, message: string): RequestCheck => ({
  ok: false,
  code,
  why,
  message,
});

const isDir = (c: Ctx): boolean =>
  c.path === "" || [...c.files.keys()].some((k) => k.startsWith(`${c.path}/`));

/** Tried in order; the first that objects answers, with tftpd-hpa's code and text. */
const CHECKS: readonly ((c: Ctx) => RequestCheck | undefined)[] = [
  (c) =>
    ["netascii", "octet"].includes(c.mode)
      ? undefined
      : no(TftpError.IllegalOperation, "badMode", "Unknown mode"),
  (c) => (isDir(c) ? no(TftpError.NotDefined, "isDirectory", "Is a directory") : undefined),
  (c) =>
    !c.files.has(c.path) && (c.req.op === "RRQ" || !c.policy.create)
      ? no(TftpError.FileNotFound, c.req.op === "RRQ" ? "notFound" : "noCreate", "File not found")
      : undefined,
  (c) => {
    const f = c.files.get(c.path);
    const bit = c.req.op === "RRQ" ? WORLD_READ : WORLD_WRITE;
    return f && (f.mode & bit) === 0
      ? no(TftpError.NotDefined, c.req.op === "RRQ" ? "notReadable" : "notWritable", "Permission denied")
      : undefined;
  },
];

/** The name inside the chroot: "/" and "." segments vanish, ".." stops at the root. */
export function chrootPath(name: string): string {
  const out: string[] = [];
  for (const seg of name.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return out.join("/");
}

export function checkRequest(
  req: TftpRequest,
  files: ReadonlyMap<string, ServedFile>,
  policy: RequestPolicy,
): RequestCheck {
  const mode = req.mode.toLowerCase();
  const ctx: Ctx = { req, mode, path: chrootPath(req.filename), files, policy };
  for (const check of CHECKS) {
    const r = check(ctx);
    if (r) return r;
  }
  return { ok: true, path: ctx.path, netascii: mode === "netascii" };
}

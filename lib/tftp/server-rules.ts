/**
 * Whether the server takes a request, checked in one fixed order so the same request always fails
 * the same way: mode, path, then the file's existence and permissions (tftpd-hpa serves only
 * world-readable files and, with -c, creates new ones; here replacing a file is a choice: ERROR 6).
 */
import { TftpError, type TftpErrorCode } from "./errors";
import type { TftpRequest } from "./packet";

export interface ServedFile {
  readonly bytes: Uint8Array;
  /** Unix permission bits (0o644…). */
  readonly mode: number;
}

export interface RequestPolicy {
  readonly create: boolean;
  readonly overwrite: boolean;
  readonly users: readonly string[];
}

export type RequestCheck =
  | { readonly ok: true; readonly path: string; readonly netascii: boolean }
  | { readonly ok: false; readonly code: TftpErrorCode; readonly why: string };

type Req = TftpRequest;

interface Ctx {
  readonly req: Req;
  readonly mode: string;
  readonly path: string;
  readonly files: ReadonlyMap<string, ServedFile>;
  readonly policy: RequestPolicy;
}

const WORLD_READ = 0o004;
const WORLD_WRITE = 0o002;

const no = (code: TftpErrorCode, why: string): RequestCheck => ({ ok: false, code, why });

const isDir = (c: Ctx): boolean => [...c.files.keys()].some((k) => k.startsWith(`${c.path}/`));

/** Tried in order; the first that objects answers. */
const CHECKS: readonly ((c: Ctx) => RequestCheck | undefined)[] = [
  (c) => (c.mode === "mail" && c.req.op === "RRQ" ? no(TftpError.IllegalOperation, "mailRead") : undefined),
  (c) =>
    c.mode === "mail" && !c.policy.users.includes(c.req.filename)
      ? no(TftpError.NoSuchUser, "noSuchUser")
      : undefined,
  (c) =>
    ["netascii", "octet", "mail"].includes(c.mode) ? undefined : no(TftpError.IllegalOperation, "badMode"),
  (c) =>
    c.path === "" || c.path.split("/").includes("..")
      ? no(TftpError.AccessViolation, "outsideRoot")
      : undefined,
  (c) => (isDir(c) ? no(TftpError.AccessViolation, "isDirectory") : undefined),
  (c) => (c.req.op === "RRQ" && !c.files.has(c.path) ? no(TftpError.FileNotFound, "notFound") : undefined),
  (c) => {
    const f = c.files.get(c.path);
    return c.req.op === "RRQ" && f && (f.mode & WORLD_READ) === 0
      ? no(TftpError.AccessViolation, "notReadable")
      : undefined;
  },
  (c) =>
    c.req.op === "WRQ" && !c.files.has(c.path) && !c.policy.create
      ? no(TftpError.FileNotFound, "noCreate")
      : undefined,
  (c) =>
    c.req.op === "WRQ" && c.files.has(c.path) && !c.policy.overwrite
      ? no(TftpError.FileExists, "exists")
      : undefined,
  (c) => {
    const f = c.files.get(c.path);
    return c.req.op === "WRQ" && f && (f.mode & WORLD_WRITE) === 0
      ? no(TftpError.AccessViolation, "notWritable")
      : undefined;
  },
];

export function checkRequest(
  req: Req,
  files: ReadonlyMap<string, ServedFile>,
  policy: RequestPolicy,
): RequestCheck {
  const mode = req.mode.toLowerCase();
  // Like tftpd-hpa --secure: a leading slash means the TFTP root; mail goes to the user's mailbox file.
  const name = mode === "mail" ? `mail/${req.filename}` : req.filename;
  const path = name.replace(/^\/+/, "").replace(/\/+/g, "/");
  const ctx: Ctx = { req, mode, path, files, policy };
  for (const check of CHECKS) {
    const r = check(ctx);
    if (r) return r;
  }
  return { ok: true, path, netascii: mode !== "octet" };
}

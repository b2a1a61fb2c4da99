/**
 * `npm run ftpd -- --write`: the engine's changes made real on disk (uploads, MKD, DELE, RMD, RNFR/RNTO,
 * SITE CHMOD, MDTM with a time), after the same permission checks the engine makes with the session's
 * credentials (write_enable and the anon_* tunables decide first, as in vsftpd). New files and
 * directories get the session user's uid and gid (when ftpd runs as root, as vsftpd does).
 *
 * Bounded: a file may not grow past `perFile` bytes, and the whole run may add at most `total` bytes to
 * the disk; past either, the write fails and the engine answers 451, as on a full disk. Uploads are
 * written chunk by chunk, never held in memory, in place as vsftpd writes them (no temporary file and
 * rename): a cut upload leaves what arrived, unless delete_failed_uploads has the engine unlink it. Nothing leaves the served roots: paths come from the
 * tree (which holds only them), and the last component is opened with O_NOFOLLOW, so a symlink planted
 * on disk is not followed for a write.
 */
import {
  chmodSync,
  closeSync,
  constants,
  fstatSync,
  lchownSync,
  mkdirSync,
  openSync,
  renameSync,
  rmdirSync,
  unlinkSync,
  utimesSync,
  writeSync,
} from "node:fs";
import type { DirNode, ExternalFile, FileNode, FsError, FsNode } from "../vfs/node";
import type { DiskWriter } from "../vfs/vfs";
import { childPath, DiskChildren, pathOf, type DiskIo } from "./disk-tree";

export interface WriteLimits {
  readonly perFile: number;
  readonly total: number;
}

const ERRNO: Readonly<Record<string, FsError>> = {
  ENOENT: "ENOENT",
  EACCES: "EACCES",
  EPERM: "EACCES",
  EEXIST: "EEXIST",
  ENOTEMPTY: "ENOTEMPTY",
  ENOTDIR: "ENOTDIR",
  EISDIR: "EISDIR",
  ENOSPC: "ENOSPC",
  EDQUOT: "ENOSPC",
  EFBIG: "ENOSPC",
  ELOOP: "ELOOP",
  EBUSY: "EBUSY",
  EINVAL: "EINVAL",
};

const errOf = (e: unknown): FsError => ERRNO[(e as { code?: string }).code ?? ""] ?? "EACCES";

const dirPath = (d: DirNode): Buffer | null => (d.children instanceof DiskChildren ? d.children.path : null);

export class RealDisk implements DiskWriter, DiskIo {
  /** Bytes this run has added to the disk (growth of files; freed space is not given back). */
  written = 0;

  constructor(readonly limits: WriteLimits) {}

  created(parent: DirNode, name: string, node: FileNode | DirNode): FsError | null {
    const dir = dirPath(parent);
    if (!dir) return "EACCES"; // a directory on the way to a served root: never written
    const path = childPath(dir, name);
    try {
      if (node.kind === "dir") mkdirSync(path, { mode: node.mode });
      else closeSync(openSync(path, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, node.mode));
    } catch (e) {
      return errOf(e);
    }
    // The process umask narrowed the mode; the session's umask already made it what vsftpd would.
    try {
      chmodSync(path, node.mode);
      lchownSync(path, node.uid, node.gid);
    } catch {
      // Not root: the file belongs to whoever runs ftpd, as it would with vsftpd run as a user.
    }
    if (node.kind === "file") node.external = this.external(path);
    return null;
  }

  removed(parent: DirNode, name: string, node: FsNode): FsError | null {
    const dir = dirPath(parent);
    if (!dir) return "EACCES";
    try {
      if (node.kind === "dir") rmdirSync(childPath(dir, name));
      else unlinkSync(childPath(dir, name));
      return null;
    } catch (e) {
      return errOf(e);
    }
  }

  renamed(from: DirNode, a: string, to: DirNode, b: string): FsError | null {
    const src = dirPath(from);
    const dst = dirPath(to);
    if (!src || !dst) return "EACCES";
    try {
      renameSync(childPath(src, a), childPath(dst, b));
      return null;
    } catch (e) {
      return errOf(e);
    }
  }

  changed(node: FsNode, change: { readonly mode?: number; readonly mtime?: number }): FsError | null {
    const path = pathOf(node);
    if (!path) return "EACCES";
    try {
      if (change.mode !== undefined) chmodSync(path, change.mode);
      if (change.mtime !== undefined) utimesSync(path, change.mtime, change.mtime);
      return null;
    } catch (e) {
      return errOf(e);
    }
  }

  /** A disk file the engine may write: each chunk goes to disk at once (positioned write). */
  external(path: Buffer): ExternalFile {
    const open = (flags: number) => openSync(path, flags | constants.O_NOFOLLOW);
    return {
      source: path.toString("latin1"),
      write: (pos, chunk) => {
        const end = pos + chunk.length;
        if (end > this.limits.perFile) return false;
        let fd: number | undefined;
        try {
          fd = open(constants.O_WRONLY);
          const growth = Math.max(0, end - fstatSync(fd).size);
          if (this.written + growth > this.limits.total) return false;
          writeSync(fd, chunk, 0, chunk.length, pos);
          this.written += growth;
          return true;
        } catch {
          return false;
        } finally {
          if (fd !== undefined) closeSync(fd);
        }
      },
      truncate: () => {
        try {
          closeSync(open(constants.O_WRONLY | constants.O_TRUNC));
          return true;
        } catch {
          return false;
        }
      },
    };
  }
}

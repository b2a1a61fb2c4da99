/**
 * The file system ftpd serves from disk: a "/" that holds only the served directories, each at its
 * real path (/srv/ftp stays /srv/ftp, as vsftpd prints it to a user who is not chrooted). Directories
 * on the way to a served one show the disk's owner and mode but list nothing else, so no path, symlink
 * or `..` can reach anything outside the served roots.
 */
import { statSync } from "node:fs";
import { posix } from "node:path";
import type { ByteBudget } from "../vfs/budget";
import { newDir, type DirNode } from "../vfs/node";
import { DEFAULT_VFS_LIMITS, Vfs } from "../vfs/vfs";
import { diskNode } from "./disk-tree";
import type { RealDisk } from "./disk-writer";

/**
 * `mounts` are absolute paths as byte strings (one char per byte, like every name in the VFS); ones that
 * do not exist are left out (logging in there then fails, as in vsftpd). With `disk` (--write) changes go
 * to the disk; without, they stay in memory within `budget`.
 */
export function diskVfs(mounts: readonly string[], budget: ByteBudget | null, disk?: RealDisk): Vfs {
  const root = skeletonDir("/");
  const done: string[] = [];
  const byDepth = [...new Set(mounts.map((m) => posix.normalize(m)))].sort((a, b) => a.length - b.length);
  for (const m of byDepth) {
    if (done.some((d) => d === "/" || m === d || m.startsWith(d + "/"))) continue;
    if (!m.startsWith("/")) continue;
    const st = statSync(Buffer.from(m, "latin1"), { throwIfNoEntry: false });
    if (!st?.isDirectory()) continue;
    const node = diskNode(Buffer.from(m, "latin1"), st, "dir", disk);
    if (!node || node.kind !== "dir") continue;
    done.push(m);
    if (m === "/") return new Vfs(node, DEFAULT_VFS_LIMITS, budget, disk ?? null);
    let dir = root;
    const comps = m.split("/").filter((c) => c !== "");
    comps.forEach((c, i) => {
      if (i === comps.length - 1) return void dir.children.set(c, node);
      let next = dir.children.get(c);
      if (next?.kind !== "dir") {
        next = skeletonDir("/" + comps.slice(0, i + 1).join("/"));
        dir.children.set(c, next);
      }
      dir = next;
    });
  }
  return new Vfs(root, DEFAULT_VFS_LIMITS, budget, disk ?? null);
}

/** A directory on the way to a served one: its real owner and mode, none of its other entries. */
function skeletonDir(path: string): DirNode {
  const st = statSync(Buffer.from(path, "latin1"), { throwIfNoEntry: false });
  const mtime = st ? Math.floor(st.mtimeMs / 1000) : 0;
  return newDir(st ? st.mode & 0o7777 : 0o755, st?.uid ?? 0, st?.gid ?? 0, mtime);
}

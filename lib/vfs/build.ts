/**
 * Builds a Vfs from plain entries (a scenario's files, the conformance tree.json). The served tree is
 * mounted at `mountPath` inside a minimal system tree, so a user who is not chrooted sees real paths
 * such as /srv/ftp, exactly as vsftpd prints them.
 */
import { latin1Bytes } from "../util/bytes";
import { newDir, newFile, type DirNode, type FileNode, type FsNode } from "./node";
import { sha256Chain } from "./sha256";
import type { ByteBudget } from "./budget";
import { DEFAULT_VFS_LIMITS, Vfs, type VfsLimits } from "./vfs";

export interface TreeEntry {
  /** Relative to the tree's root, "/"-separated, as a byte string (UTF-8 names as latin1 chars). */
  readonly path: string;
  readonly type?: "file" | "dir" | "symlink";
  /** Octal text ("0o644", "644") or a number. */
  readonly mode?: string | number;
  readonly uid?: number;
  readonly gid?: number;
  readonly mtime?: number;
  readonly bytes?: Uint8Array;
  readonly target?: string;
  /** A generated file: `size` bytes from a generator (filled in on first read). */
  readonly size?: number;
  readonly generator?: { readonly kind: "sha256-chain"; readonly seed: string };
}

export interface TreeRoot {
  readonly mode?: string | number;
  readonly uid?: number;
  readonly gid?: number;
  readonly mtime?: number;
}

export const parseMode = (m: string | number | undefined, dflt: number): number => {
  if (m === undefined) return dflt;
  if (typeof m === "number") return m;
  const n = parseInt(m.replace(/^0o/i, ""), 8);
  return Number.isFinite(n) ? n & 0o7777 : dflt;
};

export function buildVfs(
  entries: readonly TreeEntry[],
  opts: { mountPath?: string; root?: TreeRoot; limits?: VfsLimits; budget?: ByteBudget | null } = {},
): Vfs {
  const r = opts.root ?? {};
  const mtime = r.mtime ?? 0;
  const sysRoot = newDir(0o755, 0, 0, mtime);
  let mount = sysRoot;
  for (const comp of (opts.mountPath ?? "/srv/ftp").split("/").filter((c) => c !== "")) {
    const d = newDir(0o755, 0, 0, mtime);
    mount.children.set(comp, d);
    mount = d;
  }
  Object.assign(mount, { mode: parseMode(r.mode, 0o755), uid: r.uid ?? 0, gid: r.gid ?? 0 });
  const sorted = [...entries].sort((a, b) => a.path.split("/").length - b.path.split("/").length);
  for (const e of sorted) place(mount, e);
  return new Vfs(sysRoot, opts.limits ?? DEFAULT_VFS_LIMITS, opts.budget ?? null);
}

function place(mount: DirNode, e: TreeEntry): void {
  const comps = e.path.split("/").filter((c) => c !== "" && c !== "." && c !== "..");
  const name = comps.pop();
  if (name === undefined) return;
  let dir = mount;
  for (const c of comps) {
    let next = dir.children.get(c);
    if (!next) {
      next = newDir(0o755, e.uid ?? 0, e.gid ?? 0, e.mtime ?? 0);
      dir.children.set(c, next);
    }
    if (next.kind !== "dir") return;
    dir = next;
  }
  dir.children.set(name, makeNode(e));
}

function makeNode(e: TreeEntry): FsNode {
  const meta = { uid: e.uid ?? 0, gid: e.gid ?? 0, mtime: e.mtime ?? 0 };
  const type = e.type ?? (e.target !== undefined ? "symlink" : "file");
  if (type === "dir") return newDir(parseMode(e.mode, 0o755), meta.uid, meta.gid, meta.mtime);
  if (type === "symlink") return { kind: "symlink", target: e.target ?? "", mode: 0o777, ...meta };
  const f: FileNode = newFile(
    e.bytes ?? new Uint8Array(0),
    parseMode(e.mode, 0o644),
    meta.uid,
    meta.gid,
    meta.mtime,
  );
  const gen = e.generator;
  if (gen && e.size !== undefined) {
    const size = e.size;
    f.data = null;
    f.size = size;
    f.lazy = () => sha256Chain(latin1Bytes(gen.seed), size);
  }
  return f;
}

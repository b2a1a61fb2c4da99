/**
 * The file system as a process sees it: a view rooted at a directory (its chroot) with credentials.
 * Operations return errno-like results and never throw; permission rules follow POSIX for an
 * ordinary user (owner / group / other bits, search permission on every directory walked).
 */
import type { ByteBudget } from "./budget";
import {
  fail,
  newDir,
  newFile,
  ok,
  type DirNode,
  type FileNode,
  type FsError,
  type FsNode,
  type Result,
} from "./node";
import { can, walk, type Cred, type Walked } from "./path";

/**
 * The "disk" behind the tree. vsftpd writes to a real disk; we hold every byte in memory, so the
 * largest file is a budget (a write beyond it fails as EFBIG would), named so the refusal can say it.
 */
export interface VfsLimits {
  readonly maxFileBytes: number;
  /**
   * Files and directories sessions may create (the disk's free inodes): past it mkdir/open(O_CREAT)
   * fail with ENOSPC, as on a full disk. It also bounds how wide or deep a hostile tree can grow, and
   * so the work of one listing or path walk.
   */
  readonly maxCreatedNodes: number;
}

/** Per-file: the real server's per-upload ceiling (lib/node); the in-browser simulation asks for less. */
export const DEFAULT_VFS_LIMITS: VfsLimits = { maxFileBytes: 512 * 1024 * 1024, maxCreatedNodes: 5_000 };

/**
 * Where a tree backed by a real disk makes its changes real (ftpd --write, lib/node/disk-writer.ts).
 * Each is asked after the permission checks and before the tree changes; an error leaves the tree as it
 * was. Without one, changes stay in the tree (memory), as in the simulation.
 */
export interface DiskWriter {
  created(parent: DirNode, name: string, node: FileNode | DirNode): FsError | null;
  removed(parent: DirNode, name: string, node: FsNode): FsError | null;
  renamed(from: DirNode, a: string, to: DirNode, b: string): FsError | null;
  changed(node: FsNode, change: { readonly mode?: number; readonly mtime?: number }): FsError | null;
}

/** What sessions have created so far, shared by every view of one tree. */
interface Usage {
  created: number;
}

export class Vfs {
  constructor(
    readonly root: DirNode,
    readonly limits: VfsLimits = DEFAULT_VFS_LIMITS,
    /** The memory uploads may hold in this tree, across sessions (none: only maxFileBytes a file). */
    readonly budget: ByteBudget | null = null,
    readonly writer: DiskWriter | null = null,
  ) {}

  private readonly usage: Usage = { created: 0 };

  /** A view whose `/` is the directory at `rootPath` (system path), or null if there is none. */
  view(rootPath: string, cred: Cred): FsView | null {
    const w = walk(this.root, { uid: 0, gid: 0 }, [], rootPath, true);
    if (!w.ok || w.value.node?.kind !== "dir") return null;
    const disk = { limits: this.limits, usage: this.usage, writer: this.writer };
    return new FsView(w.value.node, cred, disk, this.budget);
  }
}

export interface ListedDir {
  readonly dir: DirNode;
  /** The directory `..` names (the view root is its own parent). */
  readonly parent: DirNode;
}

export class FsView {
  constructor(
    readonly root: DirNode,
    readonly cred: Cred,
    private readonly disk: {
      readonly limits: VfsLimits;
      readonly usage: Usage;
      readonly writer?: DiskWriter | null;
    } = {
      limits: DEFAULT_VFS_LIMITS,
      usage: { created: 0 },
    },
    readonly budget: ByteBudget | null = null,
  ) {}

  /** Gives back the inode `allocate` took for a node the disk then refused. */
  private unallocate<T>(err: FsError): Result<T> {
    this.disk.usage.created = Math.max(0, this.disk.usage.created - 1);
    return fail(err);
  }

  /** Takes one inode, or says the disk has none left. */
  private allocate(): boolean {
    if (this.disk.usage.created >= this.disk.limits.maxCreatedNodes) return false;
    this.disk.usage.created++;
    return true;
  }

  walk(cwd: readonly string[], path: string, follow = true): Result<Walked> {
    return walk(this.root, this.cred, cwd, path, follow);
  }

  /** stat(2): follows symlinks. */
  stat(cwd: readonly string[], path: string): Result<FsNode> {
    return this.existing(cwd, path, true);
  }

  lstat(cwd: readonly string[], path: string): Result<FsNode> {
    return this.existing(cwd, path, false);
  }

  /** chdir(2): must be a directory we may search. Returns the canonical components. */
  chdir(cwd: readonly string[], path: string): Result<readonly string[]> {
    const w = this.walk(cwd, path);
    if (!w.ok) return w;
    const n = w.value.node;
    if (!n) return fail("ENOENT");
    if (n.kind !== "dir") return fail("ENOTDIR");
    if (!can(this.cred, n, 1)) return fail("EACCES");
    return ok(w.value.comps);
  }

  /** opendir(2): a readable directory plus its parent for the `..` entry. */
  openDir(cwd: readonly string[], path: string): Result<ListedDir> {
    const w = this.walk(cwd, path);
    if (!w.ok) return w;
    const n = w.value.node;
    if (!n) return fail("ENOENT");
    if (n.kind !== "dir") return fail("ENOTDIR");
    if (!can(this.cred, n, 4)) return fail("EACCES");
    return ok({ dir: n, parent: w.value.parents[w.value.parents.length - 1] ?? n });
  }

  /** open(O_RDONLY): anything readable (a directory opens too; callers check the type, as vsftpd). */
  openRead(cwd: readonly string[], path: string): Result<FsNode> {
    const r = this.stat(cwd, path);
    if (!r.ok) return r;
    return can(this.cred, r.value, 4) ? r : fail("EACCES");
  }

  /** open(O_CREAT | O_WRONLY [| O_EXCL]); new files get `mode` and our credentials. */
  create(
    cwd: readonly string[],
    path: string,
    opts: { exclusive: boolean; mode: number; now: number },
  ): Result<FileNode> {
    const w = this.walk(cwd, path, !opts.exclusive);
    if (!w.ok) return w;
    const { node, parents, name, trailingSlash } = w.value;
    if (node) {
      if (opts.exclusive) return fail("EEXIST");
      if (node.kind === "dir") return fail("EISDIR");
      if (node.kind !== "file") return fail("ENOENT");
      return can(this.cred, node, 2) ? ok(node) : fail("EACCES");
    }
    if (trailingSlash) return fail("EISDIR");
    const parent = parents[parents.length - 1]!;
    if (!can(this.cred, parent, 2)) return fail("EACCES");
    if (!this.allocate()) return fail("ENOSPC");
    const f = newFile(new Uint8Array(0), opts.mode, this.cred.uid, this.cred.gid, opts.now);
    const refused = this.disk.writer?.created(parent, name, f);
    if (refused) return this.unallocate(refused);
    parent.children.set(name, f);
    parent.mtime = opts.now;
    return ok(f);
  }

  mkdir(cwd: readonly string[], path: string, mode: number, now: number): Result<readonly string[]> {
    const w = this.walk(cwd, path, false);
    if (!w.ok) return w;
    const { node, parents, name, comps } = w.value;
    if (node) return fail("EEXIST");
    const parent = parents[parents.length - 1]!;
    if (!can(this.cred, parent, 2)) return fail("EACCES");
    if (!this.allocate()) return fail("ENOSPC");
    const d = newDir(mode, this.cred.uid, this.cred.gid, now);
    const refused = this.disk.writer?.created(parent, name, d);
    if (refused) return this.unallocate(refused);
    parent.children.set(name, d);
    parent.mtime = now;
    return ok(comps);
  }

  rmdir(cwd: readonly string[], path: string, now: number): Result<true> {
    const w = this.walk(cwd, path, false);
    if (!w.ok) return w;
    const { node, parents, name } = w.value;
    if (!node) return fail("ENOENT");
    if (node.kind !== "dir") return fail("ENOTDIR");
    if (parents.length === 0) return fail("EBUSY");
    if (node.children.size > 0) return fail("ENOTEMPTY");
    return this.removeEntry(parents[parents.length - 1]!, name, now);
  }

  unlink(cwd: readonly string[], path: string, now: number): Result<true> {
    const w = this.walk(cwd, path, false);
    if (!w.ok) return w;
    const { node, parents, name } = w.value;
    if (!node) return fail("ENOENT");
    if (node.kind === "dir") return fail("EISDIR");
    return this.removeEntry(parents[parents.length - 1]!, name, now);
  }

  rename(cwd: readonly string[], from: string, to: string, now: number): Result<true> {
    const a = this.walk(cwd, from, false);
    if (!a.ok) return a;
    const b = this.walk(cwd, to, false);
    if (!b.ok) return b;
    const src = a.value.node;
    if (!src) return fail("ENOENT");
    const srcParent = a.value.parents[a.value.parents.length - 1];
    const dstParent = b.value.parents[b.value.parents.length - 1];
    if (!srcParent || !dstParent) return fail("EBUSY");
    if (!can(this.cred, srcParent, 2) || !can(this.cred, dstParent, 2)) return fail("EACCES");
    const dst = b.value.node;
    if (dst === src) return ok(true);
    if (src.kind === "dir" && b.value.parents.includes(src)) return fail("EINVAL");
    if (dst?.kind === "dir" && src.kind !== "dir") return fail("EISDIR");
    if (dst && dst.kind !== "dir" && src.kind === "dir") return fail("ENOTDIR");
    if (dst?.kind === "dir" && dst.children.size > 0) return fail("ENOTEMPTY");
    const refused = this.disk.writer?.renamed(srcParent, a.value.name, dstParent, b.value.name);
    if (refused) return fail(refused);
    if (dst) this.budget?.drop(dst);
    srcParent.children.delete(a.value.name);
    dstParent.children.set(b.value.name, src);
    srcParent.mtime = now;
    dstParent.mtime = now;
    return ok(true);
  }

  /** chmod(2): only the owner may change the mode. */
  chmod(cwd: readonly string[], path: string, mode: number): Result<true> {
    const r = this.stat(cwd, path);
    if (!r.ok) return r;
    if (this.cred.uid !== 0 && r.value.uid !== this.cred.uid) return fail("EPERM");
    const refused = this.disk.writer?.changed(r.value, { mode: mode & 0o7777 });
    if (refused) return fail(refused);
    r.value.mode = mode & 0o7777;
    return ok(true);
  }

  /** utime(2) with explicit times: owner only. */
  setMtime(cwd: readonly string[], path: string, mtime: number): Result<true> {
    const r = this.stat(cwd, path);
    if (!r.ok) return r;
    if (this.cred.uid !== 0 && r.value.uid !== this.cred.uid) return fail("EPERM");
    const refused = this.disk.writer?.changed(r.value, { mtime });
    if (refused) return fail(refused);
    r.value.mtime = mtime;
    return ok(true);
  }

  /** Whether we may write into the view's root (vsftpd refuses such a chroot by default). */
  rootWritable(): boolean {
    return can(this.cred, this.root, 2);
  }

  private existing(cwd: readonly string[], path: string, follow: boolean): Result<FsNode> {
    const w = this.walk(cwd, path, follow);
    if (!w.ok) return w;
    return w.value.node ? ok(w.value.node) : fail("ENOENT");
  }

  private removeEntry(parent: DirNode, name: string, now: number): Result<true> {
    if (!can(this.cred, parent, 2)) return fail("EACCES");
    const gone = parent.children.get(name);
    const refused = gone ? this.disk.writer?.removed(parent, name, gone) : null;
    if (refused) return fail(refused);
    if (gone) this.budget?.drop(gone);
    parent.children.delete(name);
    // Only what sessions created is counted, so only that comes back (never below zero).
    this.disk.usage.created = Math.max(0, this.disk.usage.created - 1);
    parent.mtime = now;
    return ok(true);
  }
}

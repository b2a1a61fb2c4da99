/**
 * Directories of the real disk behind the VFS interface. Entries are read when asked for (lstat on each
 * lookup, readdir for a listing), so a --root of any size starts at once, what another program changes
 * on disk is seen at the next command, and file contents are streamed by the driver, never loaded.
 * Owners, groups and modes are the disk's own: they decide access, as they do for vsftpd.
 *
 * Names are bytes: a path is a Buffer built from the engine's byte strings (one char per byte), so
 * UTF-8 and Latin-1 names on disk reach the client exactly as stored.
 *
 * Without `io` (ftpd's default) every change stays in memory on top of the disk: created or
 * replaced nodes and deletions are kept per directory, and the disk is never written. With `io`
 * (--write, disk-writer.ts) changes were already made on disk when the tree hears of them, so the tree
 * only forgets what it had read and reads the disk again.
 */
import { lstatSync, readdirSync, readFileSync, readlinkSync, type Stats } from "node:fs";
import type { DirNode, ExternalFile, FileNode, FsNode, LinkNode } from "../vfs/node";

/** How files on a writable disk are written (disk-writer.ts). */
export interface DiskIo {
  external(path: Buffer): ExternalFile;
}

/** The disk path of every node read from disk (or created on it): what chmod and utime act on. */
const paths = new WeakMap<FsNode, Buffer>();
export const pathOf = (n: FsNode): Buffer | undefined => paths.get(n);

const SEP = Buffer.from("/");

export const childPath = (dir: Buffer, name: string): Buffer =>
  Buffer.concat([dir, ...(dir[dir.length - 1] === 0x2f ? [] : [SEP]), Buffer.from(name, "latin1")]);

type Meta = ReturnType<typeof metaOf>;
const META_KEYS = ["mode", "uid", "gid", "mtime"] as const;

/** The meta fields of a node, as the disk reports them. */
function metaOf(st: Stats) {
  return {
    mode: st.mode & 0o7777,
    uid: st.uid,
    gid: st.gid,
    mtime: Math.floor(st.mtimeMs / 1000),
    disk: { nlink: st.nlink, size: st.size },
  };
}

export class DiskChildren implements Map<string, FsNode> {
  /** Nodes read from disk, with the owner, mode and time the disk last reported for them. */
  private readonly cache = new Map<string, { node: FsNode; ino: number; seen: Meta }>();
  /** In-memory changes over the disk: a node, or null for an entry deleted here. */
  private readonly overlay = new Map<string, FsNode | null>();
  readonly [Symbol.toStringTag] = "Map";

  constructor(
    public path: Buffer,
    private readonly io?: DiskIo,
  ) {}

  get(name: string): FsNode | undefined {
    if (this.overlay.has(name)) return this.overlay.get(name) ?? undefined;
    return this.lookup(name);
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  set(name: string, node: FsNode): this {
    if (this.io) this.cache.delete(name);
    else this.overlay.set(name, node);
    return this;
  }

  delete(name: string): boolean {
    const had = this.has(name);
    if (this.io) this.cache.delete(name);
    else this.overlay.set(name, null);
    return had;
  }

  clear(): void {
    for (const name of [...this.keys()]) this.delete(name);
  }

  get size(): number {
    return this.names().length;
  }

  *entries(): MapIterator<[string, FsNode]> {
    for (const name of this.names()) {
      const n = this.get(name);
      if (n) yield [name, n];
    }
  }

  *keys(): MapIterator<string> {
    for (const [k] of this.entries()) yield k;
  }

  *values(): MapIterator<FsNode> {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator](): MapIterator<[string, FsNode]> {
    return this.entries();
  }

  forEach(cb: (value: FsNode, key: string, map: Map<string, FsNode>) => void): void {
    for (const [k, v] of this.entries()) cb(v, k, this);
  }

  /** Forgets what was read (after a change made on disk through this tree). */
  invalidate(name: string): void {
    this.cache.delete(name);
  }

  private names(): string[] {
    const all = new Set<string>();
    try {
      for (const b of readdirSync(this.path, { encoding: "buffer" })) all.add(b.toString("latin1"));
    } catch {
      // A directory this process cannot read lists as empty; access itself was decided by its mode.
    }
    for (const [k, v] of this.overlay) {
      if (v) all.add(k);
      else all.delete(k);
    }
    return [...all].sort();
  }

  private lookup(name: string): FsNode | undefined {
    const cached = this.cache.get(name);
    // A disk file copied into memory to be changed (no --write) is no longer the disk's.
    if (cached?.node.kind === "file" && !cached.node.external) return cached.node;
    const full = childPath(this.path, name);
    let st: Stats | undefined;
    try {
      st = lstatSync(full, { throwIfNoEntry: false });
    } catch {
      st = undefined;
    }
    if (!st) {
      this.cache.delete(name);
      return undefined;
    }
    const kind = st.isDirectory() ? "dir" : st.isFile() ? "file" : st.isSymbolicLink() ? "symlink" : null;
    // Devices, FIFOs and sockets are not served (a FIFO would block a download forever).
    if (!kind) return undefined;
    if (cached && cached.ino === st.ino && cached.node.kind === kind) {
      const disk = metaOf(st);
      // What was changed here (SITE CHMOD, MDTM with a time) stays changed: without --write, memory wins.
      for (const k of META_KEYS) if (cached.node[k] === cached.seen[k]) cached.node[k] = disk[k];
      cached.node.disk = disk.disk;
      cached.seen = disk;
      if (cached.node.kind === "file") cached.node.size = st.size;
      return cached.node;
    }
    const node = diskNode(full, st, kind, this.io);
    if (!node) return undefined;
    this.cache.set(name, { node, ino: st.ino, seen: metaOf(st) });
    return node;
  }
}

/** A node for what is at `full` on disk. */
export function diskNode(
  full: Buffer,
  st: Stats,
  kind: "dir" | "file" | "symlink",
  io?: DiskIo,
): FsNode | null {
  const node = makeNode(full, st, kind, io);
  if (node) paths.set(node, full);
  return node;
}

function makeNode(full: Buffer, st: Stats, kind: "dir" | "file" | "symlink", io?: DiskIo): FsNode | null {
  const meta = metaOf(st);
  if (kind === "dir") return { kind: "dir", children: new DiskChildren(full, io), ...meta } satisfies DirNode;
  if (kind === "symlink") {
    try {
      const target = readlinkSync(full, { encoding: "buffer" }).toString("latin1");
      return { kind: "symlink", target, ...meta } satisfies LinkNode;
    } catch {
      return null;
    }
  }
  const file: FileNode = {
    kind: "file",
    data: null,
    // Only used when a file changes without --write (it is copied into memory first, within the budget).
    lazy: () => readFileSync(full),
    size: st.size,
    external: io ? io.external(full) : { source: full.toString("latin1") },
    ...meta,
  };
  return file;
}

/**
 * The in-memory file tree's nodes. Names and paths are "byte strings": one JS char per byte (latin1),
 * exactly what travels on the FTP control connection, so UTF-8 names round-trip byte for byte.
 */
export type FsError =
  | "ENOENT"
  | "EACCES"
  | "ENOTDIR"
  | "EISDIR"
  | "EEXIST"
  | "ENOTEMPTY"
  | "ELOOP"
  | "EPERM"
  | "EINVAL"
  | "EBUSY"
  | "ENOSPC";

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly err: FsError };
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T>(err: FsError): Result<T> => ({ ok: false, err });

interface Meta {
  mode: number;
  uid: number;
  gid: number;
  /** Epoch seconds. */
  mtime: number;
  /** What a real disk says (ls -l's link count and a directory's size); absent in a simulated tree. */
  disk?: { nlink: number; size: number };
}

/**
 * A file whose bytes live outside memory (on the real server's disk). Downloads are streamed from
 * `source` by the driver; `write`/`truncate` exist only where uploads go to that disk (ftpd --write).
 */
export interface ExternalFile {
  readonly source: string;
  write?(pos: number, chunk: Uint8Array): boolean;
  truncate?(): boolean;
}

export interface FileNode extends Meta {
  readonly kind: "file";
  /** Materialised bytes; `lazy` fills it on first read (huge generated files). */
  data: Uint8Array | null;
  lazy: (() => Uint8Array) | null;
  size: number;
  /** Set for a file on disk; dropped once the file has been copied into memory to be changed. */
  external?: ExternalFile | undefined;
}

export interface DirNode extends Meta {
  readonly kind: "dir";
  readonly children: Map<string, FsNode>;
}

export interface LinkNode extends Meta {
  readonly kind: "symlink";
  readonly target: string;
}

export type FsNode = FileNode | DirNode | LinkNode;

export const newDir = (mode: number, uid: number, gid: number, mtime: number): DirNode => ({
  kind: "dir",
  children: new Map(),
  mode,
  uid,
  gid,
  mtime,
});

export const newFile = (
  bytes: Uint8Array,
  mode: number,
  uid: number,
  gid: number,
  mtime: number,
): FileNode => ({
  kind: "file",
  data: bytes,
  lazy: null,
  size: bytes.length,
  mode,
  uid,
  gid,
  mtime,
});

/** The bytes of a file, generating them on first use. */
export function fileBytes(f: FileNode): Uint8Array {
  if (f.data === null) {
    const bytes = f.lazy ? f.lazy().subarray(0, f.size) : new Uint8Array(f.size);
    // A file on disk is read afresh each time and never kept: the disk stays the truth.
    if (f.external) return bytes;
    f.data = bytes;
    f.lazy = null;
  }
  return f.data;
}

/** Size as `ls` shows it: directories 4096, symlinks the length of their target. */
export function nodeSize(n: FsNode): number {
  if (n.kind === "dir") return n.disk?.size ?? 4096;
  if (n.kind === "symlink") return n.target.length;
  return n.size;
}

/** Link count as ext4 reports it: a directory has 2 plus one per subdirectory. */
export function nodeLinks(n: FsNode): number {
  if (n.disk) return n.disk.nlink;
  if (n.kind !== "dir") return 1;
  let subdirs = 0;
  for (const c of n.children.values()) if (c.kind === "dir") subdirs++;
  return 2 + subdirs;
}

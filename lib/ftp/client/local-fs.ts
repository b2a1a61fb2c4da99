/**
 * The learner's local disk: a flat map of paths ("notes.txt", "docs/a.txt") to bytes, with a local
 * working directory for `lcd`. A directory exists when some file lives under it: that is all the
 * lessons need, and it keeps the model a plain map.
 */

/** Joins and normalises a path against a directory ("" is the root); null if it climbs above the root. */
export function resolveLocal(cwd: string, path: string): string | null {
  const parts = path.startsWith("/") ? [] : cwd.split("/").filter(Boolean);
  for (const seg of path.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join("/");
}

export class LocalFs {
  private readonly files = new Map<string, Uint8Array>();
  /** The local working directory, "" for the root. */
  cwd = "";

  constructor(initial: Readonly<Record<string, Uint8Array>> = {}) {
    for (const [name, bytes] of Object.entries(initial)) {
      const p = resolveLocal("", name);
      if (p) this.files.set(p, bytes);
    }
  }

  /** How the working directory is shown ("/" for the root). */
  get cwdText(): string {
    return "/" + this.cwd;
  }

  private path(name: string): string | null {
    return resolveLocal(this.cwd, name);
  }

  read(name: string): Uint8Array | undefined {
    const p = this.path(name);
    return p === null ? undefined : this.files.get(p);
  }

  /** Writes (or appends to) a file; false if the name is unusable (empty, above the root). */
  write(name: string, bytes: Uint8Array, append = false): boolean {
    const p = this.path(name);
    if (!p) return false;
    const old = append ? this.files.get(p) : undefined;
    if (!old) this.files.set(p, bytes);
    else {
      const both = new Uint8Array(old.length + bytes.length);
      both.set(old);
      both.set(bytes, old.length);
      this.files.set(p, both);
    }
    return true;
  }

  isDir(name: string): boolean {
    const p = this.path(name);
    if (p === null) return false;
    if (p === "") return true;
    for (const k of this.files.keys()) if (k.startsWith(p + "/")) return true;
    return false;
  }

  /** Changes the local directory; false if it does not exist. */
  cd(name: string): boolean {
    if (!this.isDir(name)) return false;
    this.cwd = this.path(name) ?? "";
    return true;
  }

  /** Names in a directory (files and subdirectories, the latter with a trailing "/"), sorted. */
  list(name = "."): string[] | null {
    if (!this.isDir(name)) return null;
    const p = this.path(name) ?? "";
    const prefix = p === "" ? "" : p + "/";
    const names = new Set<string>();
    for (const k of this.files.keys()) {
      if (!k.startsWith(prefix)) continue;
      const rest = k.slice(prefix.length);
      const slash = rest.indexOf("/");
      names.add(slash < 0 ? rest : rest.slice(0, slash + 1));
    }
    return [...names].sort();
  }

  /** A copy of every file, keyed by path from the root. */
  snapshot(): Record<string, Uint8Array> {
    return Object.fromEntries(this.files);
  }
}

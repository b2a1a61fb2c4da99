/**
 * Path walking inside a view (a chroot): every walk starts at the view's root directory and `..` at
 * that root stays there, so no path — however many `..`, `//` or symlinks it holds — can leave it.
 * Absolute symlink targets are read relative to the view's root too, as the kernel does after chroot().
 */
import { fail, ok, type DirNode, type FsNode, type Result } from "./node";

export interface Cred {
  readonly uid: number;
  readonly gid: number;
}

/** Permission bits: read 4, write 2, search/execute 1. */
export function can(cred: Cred, n: FsNode, bit: 4 | 2 | 1): boolean {
  if (cred.uid === 0) return true;
  const shift = n.uid === cred.uid ? 6 : n.gid === cred.gid ? 3 : 0;
  return ((n.mode >> shift) & bit) !== 0;
}

export interface Walked {
  /** The node, or null when only the last component is missing (its parent exists). */
  readonly node: FsNode | null;
  /** Directories from the view root down to the node's parent (empty for the root itself). */
  readonly parents: readonly DirNode[];
  /** The final component's name ("" for the root). */
  readonly name: string;
  /** Canonical components below the view root. */
  readonly comps: readonly string[];
  readonly trailingSlash: boolean;
}

const MAX_LINKS = 40;

/**
 * Walks `path` from `cwd` (components below `root`); follows a final symlink only when asked.
 * Linear in the components walked: the components still to walk are a stack with the next one on top
 * (a symlink's target is pushed in reverse), so each step is O(1) however deep the tree or path.
 */
export function walk(
  root: DirNode,
  cred: Cred,
  cwd: readonly string[],
  path: string,
  followLast: boolean,
): Result<Walked> {
  if (path === "") return fail("ENOENT");
  const trailingSlash = path.length > 1 && path.endsWith("/");
  const follow = followLast || trailingSlash;
  const stack: { node: FsNode; name: string }[] = [{ node: root, name: "" }];
  const pending: string[] = [];
  pushReversed(pending, path);
  if (!path.startsWith("/")) for (let i = cwd.length - 1; i >= 0; i--) pending.push(cwd[i]!);
  let links = 0;
  while (pending.length > 0) {
    const comp = pending.pop()!;
    const top = stack[stack.length - 1]!.node;
    if (top.kind !== "dir") return fail("ENOTDIR");
    if (comp === ".") continue;
    if (comp === "..") {
      if (stack.length > 1) stack.pop();
      continue;
    }
    if (!can(cred, top, 1)) return fail("EACCES");
    const child = top.children.get(comp);
    if (!child) {
      if (pending.length > 0) return fail("ENOENT");
      return ok(result(stack, null, comp, trailingSlash));
    }
    const isLast = pending.length === 0;
    if (child.kind === "symlink" && (!isLast || follow)) {
      if (++links > MAX_LINKS) return fail("ELOOP");
      if (child.target.startsWith("/")) stack.length = 1;
      pushReversed(pending, child.target);
      continue;
    }
    stack.push({ node: child, name: comp });
  }
  const last = stack[stack.length - 1]!;
  if (trailingSlash && last.node.kind !== "dir") return fail("ENOTDIR");
  return ok(result(stack.slice(0, -1), last.node, last.name, trailingSlash));
}

/** Pushes the non-empty "/"-separated components of `path`, last first. */
function pushReversed(pending: string[], path: string): void {
  let end = path.length;
  for (let i = path.length - 1; i >= -1; i--) {
    if (i >= 0 && path.charCodeAt(i) !== 47) continue;
    if (end > i + 1) pending.push(path.slice(i + 1, end));
    end = i;
  }
}

function result(
  stack: readonly { node: FsNode; name: string }[],
  node: FsNode | null,
  name: string,
  trailingSlash: boolean,
): Walked {
  const parents = stack.map((s) => s.node as DirNode);
  const comps = [...stack.slice(1).map((s) => s.name), ...(name === "" ? [] : [name])];
  return { node, parents, name, comps, trailingSlash };
}

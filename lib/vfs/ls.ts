/**
 * Directory listings formatted as vsftpd's ls.c does: `drwxr-xr-x    2 1001     1001         4096 Jan 15  2024 sub`
 * (links padded to 4, owner and group to 8 on the right, size to 8 on the left), sorted by name
 * byte by byte, dates "Mon DD  YYYY" when older than ~6 months or in the future, else "Mon DD HH:MM" (UTC).
 */
import { LISTING_MATCH_STEPS, passesFilter, type ListingBudget } from "./glob";
import { nodeLinks, nodeSize, type DirNode, type FsNode } from "./node";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const SIX_MONTHS_S = 60 * 60 * 24 * 182;

const two = (n: number): string => String(n).padStart(2, "0");

/** `ls -l` date column; `nowS` and `mtime` are epoch seconds. */
export function lsDate(mtime: number, nowS: number): string {
  const d = new Date(mtime * 1000);
  const head = `${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())}`;
  const old = mtime > nowS || nowS - mtime > SIX_MONTHS_S;
  return old ? `${head}  ${d.getUTCFullYear()}` : `${head} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

const TYPE_CHAR: Record<FsNode["kind"], string> = { dir: "d", file: "-", symlink: "l" };

/** `drwxr-xr-x`, with setuid/setgid/sticky shown as s/S and t/T. */
export function permString(n: FsNode): string {
  const m = n.mode;
  const triad = (shift: number, special: boolean, letter: string): string => {
    const r = m & (4 << shift) ? "r" : "-";
    const w = m & (2 << shift) ? "w" : "-";
    const x = (m & (1 << shift)) !== 0;
    const xc = special ? (x ? letter : letter.toUpperCase()) : x ? "x" : "-";
    return r + w + xc;
  };
  return (
    TYPE_CHAR[n.kind] +
    triad(6, (m & 0o4000) !== 0, "s") +
    triad(3, (m & 0o2000) !== 0, "s") +
    triad(0, (m & 0o1000) !== 0, "t")
  );
}

/** How owner and group are printed (numbers, "ftp" with hide_ids, names with text_userdb_names). */
export type IdNamer = (kind: "user" | "group", id: number) => string;
export const numericIds: IdNamer = (_k, id) => String(id);

export function dirLine(name: string, n: FsNode, nowS: number, ids: IdNamer): string {
  const shown = n.kind === "symlink" ? `${name} -> ${n.target}` : name;
  return (
    `${permString(n)} ${String(nodeLinks(n)).padStart(4)} ` +
    `${ids("user", n.uid).padEnd(8)} ${ids("group", n.gid).padEnd(8)} ` +
    `${String(nodeSize(n)).padStart(8)} ${lsDate(n.mtime, nowS)} ${shown}\r\n`
  );
}

export interface ListOptions {
  /** `-a`: dot files, `.` and `..`. */
  readonly all: boolean;
  /** Long format (LIST, or NLST -l). */
  readonly verbose: boolean;
  /** Filter pattern ("" = none). */
  readonly filter: string;
  /** How the listed directory was named (prefixes NLST names unless "."). */
  readonly baseDir: string;
  readonly nowS: number;
  readonly ids: IdNamer;
  /** Match steps shared by every directory of one listing (LIST -R spends it across directories). */
  readonly budget?: ListingBudget;
}

export interface Listed {
  readonly lines: string[];
  /** Subdirectory names (for -R), sorted. */
  readonly subdirs: string[];
}

const byteOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** One directory's lines. Symlinks are filtered on their target text, as the captured vsftpd does. */
export function listDir(dir: DirNode, parent: DirNode, o: ListOptions): Listed {
  const budget = o.budget ?? { left: LISTING_MATCH_STEPS };
  const entries: [string, FsNode][] = [[".", dir], ["..", parent], ...dir.children.entries()];
  const rows: { name: string; line: string; isDir: boolean }[] = [];
  for (const [name, node] of entries) {
    if (name.startsWith(".") && !o.all) continue;
    const matchName = node.kind === "symlink" ? node.target : name;
    if (o.filter !== "" && !passesFilter(matchName, o.filter, budget)) continue;
    const prefix = o.baseDir === "." ? "" : o.baseDir + "/";
    const line = o.verbose ? dirLine(name, node, o.nowS, o.ids) : `${prefix}${name}\r\n`;
    rows.push({ name, line, isDir: node.kind === "dir" && name !== "." && name !== ".." });
  }
  rows.sort((a, b) => byteOrder(a.name, b.name));
  return { lines: rows.map((r) => r.line), subdirs: rows.filter((r) => r.isDir).map((r) => r.name) };
}

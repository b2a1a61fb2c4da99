/**
 * The listing behind LIST, NLST and STAT path (vsftpd's handle_dir_common): options only when the
 * argument starts with '-', then a directory to list or a filter; a path whose directory part opens
 * lists that directory filtered by the last component; anything that cannot be opened lists nothing.
 */
import { latin1Bytes } from "../../../util/bytes";
import { LISTING_MATCH_STEPS } from "../../../vfs/glob";
import { listDir, numericIds, type IdNamer } from "../../../vfs/ls";
import type { DirNode } from "../../../vfs/node";
import type { Session } from "../types";
import { resolveTilde } from "./text";

const SYNTHESISED: Readonly<Record<number, string>> = { 0: "root", 65534: "nobody" };

interface Parsed {
  readonly options: string;
  readonly filter: string;
}

function splitArg(arg: string): Parsed {
  if (!arg.startsWith("-")) return { options: "", filter: arg };
  const rest = arg.slice(1);
  const sp = rest.indexOf(" ");
  return sp < 0 ? { options: rest, filter: "" } : { options: rest.slice(0, sp), filter: rest.slice(sp + 1) };
}

function idNamer(s: Session): IdNamer {
  if (s.cfg.hide_ids) return () => "ftp";
  if (!s.cfg.text_userdb_names) return numericIds;
  // Inside a chroot there is no /etc/passwd: only the accounts systemd's NSS module synthesises
  // (root and nobody) still get names; every other id prints as a number, as captured.
  if (s.chrooted) return (_kind, id) => SYNTHESISED[id] ?? String(id);
  return (kind, id) => {
    const u = s.users.users.find((x) =>
      kind === "user" ? x.uid === id : x.gid === id && x.group !== undefined,
    );
    return u ? (kind === "user" ? u.name : (u.group ?? String(id))) : String(id);
  };
}

/** The listing bytes (CRLF lines), or an empty listing when nothing can be listed. */
export function listing(s: Session, arg: string, verbose: boolean, isStat: boolean): Uint8Array {
  const view = s.fsView!;
  const parsed = splitArg(arg);
  const options = parsed.options + (isStat ? "a" : "");
  let filter = parsed.filter === "" ? "" : resolveTilde(parsed.filter, s.home);
  let dirName = ".";
  if (filter !== "") {
    if (view.openDir(s.cwd, filter).ok) {
      dirName = filter;
      filter = "";
    } else if (filter.includes("/")) {
      const cut = filter.lastIndexOf("/");
      dirName = filter.slice(0, cut) || "/";
      filter = filter.slice(cut + 1);
    }
  }
  const opened = view.openDir(s.cwd, dirName);
  if (!opened.ok) {
    s.note("server.listNothing", { path: dirName });
    return new Uint8Array(0);
  }
  if (s.anonymous && s.cfg.anon_world_readable_only && (opened.value.dir.mode & 0o4) === 0)
    return new Uint8Array(0);
  const o = {
    all: options.includes("a"),
    verbose: verbose || options.includes("l"),
    filter,
    nowS: s.nowS(),
    ids: idNamer(s),
    budget: { left: LISTING_MATCH_STEPS },
  };
  const recurse = options.includes("R") && s.cfg.ls_recurse_enable;
  let out = "";
  const walkDir = (dir: DirNode, parent: DirNode, base: string, first: boolean): void => {
    if (recurse) out += `${first ? "" : "\r\n"}${base}:\r\n`;
    const listed = listDir(dir, parent, { ...o, baseDir: base });
    out += listed.lines.join("");
    if (!recurse) return;
    for (const sub of listed.subdirs) {
      const child = view.openDir(s.cwd, `${base}/${sub}`);
      if (child.ok) walkDir(child.value.dir, child.value.parent, `${base}/${sub}`, false);
    }
  };
  walkDir(opened.value.dir, opened.value.parent, dirName, true);
  if (o.budget.left <= 0) s.note("server.listMatchBudget", { steps: LISTING_MATCH_STEPS });
  return latin1Bytes(out);
}

/**
 * The host ftpd runs on, as vsftpd sees it when it serves a disk: the directories the config names
 * (anon_root, local_root) and --root, each at its real path; the accounts of /etc/passwd and /etc/group
 * (they name owners in listings, and the anonymous `ftp_username` account comes from there); and the
 * files the tunables name (banner_file, userlist_file…), read from disk, absent when they cannot be read.
 */
import { readFileSync, statSync } from "node:fs";
import type { VsftpdConfig } from "../ftp/server/config";
import type { UserRecord } from "../ftp/server/users";
import type { ServerHost } from "../sim/compose";
import type { ByteBudget } from "../vfs/budget";
import { diskVfs } from "./disk-vfs";
import type { RealDisk } from "./disk-writer";

/** vsftpd reads at most this much of a file a tunable names (VSFTP_CONF_FILE_MAX). */
const CONF_FILE_MAX = 100_000;

const readText = (path: string): string | undefined => {
  try {
    return readFileSync(Buffer.from(path, "latin1")).subarray(0, CONF_FILE_MAX).toString("latin1");
  } catch {
    return undefined;
  }
};

/** name:x:uid:gid:gecos:home:shell lines (and name:x:gid:members for groups). */
function readAccounts(passwd: string | undefined, group: string | undefined): UserRecord[] {
  const groups = new Map<number, string>();
  for (const line of (group ?? "").split("\n")) {
    const [name, , gid] = line.split(":");
    if (name && gid !== undefined && /^\d+$/.test(gid)) groups.set(Number(gid), name);
  }
  const out: UserRecord[] = [];
  for (const line of (passwd ?? "").split("\n")) {
    const f = line.split(":");
    if (f.length < 7 || !/^\d+$/.test(f[2]!) || !/^\d+$/.test(f[3]!)) continue;
    const gid = Number(f[3]);
    const group = groups.get(gid);
    out.push({ name: f[0]!, uid: Number(f[2]), gid, home: f[5]!, ...(group ? { group } : {}) });
  }
  // Groups nobody has as primary group still have names (text_userdb_names prints them).
  for (const [gid, name] of groups)
    if (!out.some((u) => u.gid === gid)) out.push({ name: `\0group:${name}`, uid: -1, gid, group: name });
  return out;
}

export interface HostSpec {
  readonly config: VsftpdConfig;
  /** --root as a byte string (absolute), if given. */
  readonly root?: string;
  readonly budget: ByteBudget;
  /** --write: changes go to the disk, within these limits. */
  readonly disk?: RealDisk;
  /** Where /etc/passwd and /etc/group are (tests point elsewhere). */
  readonly etc?: string;
}

export function buildHost(spec: HostSpec): ServerHost {
  const { config: c, root } = spec;
  const etc = spec.etc ?? "/etc";
  const accounts = readAccounts(readText(`${etc}/passwd`), readText(`${etc}/group`));
  const ftpName = c.ftp_username ?? "ftp";
  const home = root ?? c.anon_root ?? c.local_root ?? "/srv/ftp";
  // With --root, the anonymous account's home is the served directory (vsftpd uses its passwd home).
  const withHome = accounts.map((u) => (u.name === ftpName && root ? { ...u, home: root } : u));
  if (!withHome.some((u) => u.name === ftpName)) withHome.push({ name: ftpName, uid: 102, gid: 105, home });
  const mounts = [
    root,
    c.anon_root,
    c.local_root,
    ...withHome.filter((u) => u.name === ftpName).map((u) => u.home),
  ];
  const hostFiles: Record<string, string> = {};
  for (const path of [
    c.banner_file,
    c.userlist_file,
    c.chroot_list_file,
    c.email_password_file,
    c.banned_email_file,
  ]) {
    if (!path) continue;
    const text = readText(path);
    if (text !== undefined) hostFiles[path] = text;
  }
  // vsftpd only checks that secure_chroot_dir exists (it chroot()s there before reading commands).
  const hostDirs = new Set<string>();
  const chrootDir = c.secure_chroot_dir;
  if (chrootDir && statSync(Buffer.from(chrootDir, "latin1"), { throwIfNoEntry: false })?.isDirectory())
    hostDirs.add(chrootDir);
  return {
    fs: diskVfs(
      mounts.filter((m): m is string => typeof m === "string"),
      spec.budget,
      spec.disk,
    ),
    home,
    hostFiles,
    hostDirs,
    accounts: withHome,
  };
}

/** uid and gid of a path's owner (the first --user's default). */
export function ownerOf(path: string): { uid: number; gid: number } | null {
  const st = statSync(Buffer.from(path, "latin1"), { throwIfNoEntry: false });
  return st ? { uid: st.uid, gid: st.gid } : null;
}

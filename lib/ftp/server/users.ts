/**
 * Who may log in. Local users come with their passwords as data; `root` is always refused, as Debian's
 * /etc/ftpusers (pam_listfile) does; the anonymous identity is the `ftp_username` account.
 */
export interface UserRecord {
  readonly name: string;
  /** Absent: the account exists but cannot log in with a password (like the `ftp` system user). */
  readonly password?: string;
  readonly uid: number;
  readonly gid: number;
  /** Home directory (system path); defaults to the served tree's mount point. */
  readonly home?: string;
  /** Group name, for text_userdb_names. */
  readonly group?: string;
}

export interface UserDb {
  readonly users: readonly UserRecord[];
}

/** Accounts PAM refuses whatever the password (Debian's /etc/ftpusers). */
export const FTPUSERS: ReadonlySet<string> = new Set([
  "root",
  "daemon",
  "bin",
  "sys",
  "sync",
  "games",
  "man",
  "lp",
  "mail",
  "news",
  "uucp",
  "nobody",
]);

export const findUser = (db: UserDb, name: string): UserRecord | undefined =>
  db.users.find((u) => u.name === name);

export type AuthResult =
  | { readonly ok: true; readonly user: UserRecord }
  | { readonly ok: false; readonly why: "unknown" | "ftpusers" | "password" | "noPassword" };

export function checkLocalLogin(db: UserDb, name: string, password: string): AuthResult {
  if (FTPUSERS.has(name)) return { ok: false, why: "ftpusers" };
  const u = findUser(db, name);
  if (!u) return { ok: false, why: "unknown" };
  if (u.password === undefined) return { ok: false, why: "noPassword" };
  return u.password === password ? { ok: true, user: u } : { ok: false, why: "password" };
}

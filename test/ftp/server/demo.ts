/** A small vsftpd set-up the server tests share: a tree (pub/readme.txt …), anonymous access and the user alumno/alumno123. */
import { latin1Bytes } from "@/lib/util/bytes";
import { buildVfs } from "@/lib/vfs/build";
import type { Vfs } from "@/lib/vfs/vfs";
import { parseConfig, type VsftpdConfig } from "@/lib/ftp/server/config";
import type { UserDb } from "@/lib/ftp/server/users";

export const DEMO_CONFIG_TEXT = [
  "listen=YES",
  "anonymous_enable=YES",
  "local_enable=YES",
  "write_enable=YES",
  "anon_upload_enable=YES",
  "chroot_local_user=YES",
  "allow_writeable_chroot=YES",
  "pasv_min_port=40000",
  "pasv_max_port=40049",
  "dirmessage_enable=YES",
  "",
].join("\n");

export const DEMO_USERS: UserDb = {
  users: [
    { name: "ftp", uid: 102, gid: 105, home: "/srv/ftp" },
    { name: "alumno", password: "alumno123", uid: 1001, gid: 1001, home: "/srv/ftp" },
  ],
};

const MTIME = 1705322096; // 2024-01-15

export function demoVfs(): Vfs {
  const text = (path: string, body: string, uid = 1001, gid = 1001) => ({
    path,
    bytes: latin1Bytes(body),
    uid,
    gid,
    mtime: MTIME,
  });
  return buildVfs(
    [
      { path: "pub", type: "dir", uid: 1001, gid: 1001, mtime: MTIME },
      text(
        "pub/readme.txt",
        "Welcome to the FTP Visualizer demo server.\nBienvenido al servidor de demostración.\n",
      ),
      text("pub/.message", "Files for everyone / Ficheros para todos.\n"),
      text("pub/notes.txt", "line one\nline two\n"),
      { path: "upload", type: "dir", mode: "0o777", uid: 102, gid: 105, mtime: MTIME },
      { path: "private", type: "dir", mode: "0o700", uid: 0, gid: 0, mtime: MTIME },
      {
        path: "link-to-readme",
        type: "symlink",
        target: "pub/readme.txt",
        uid: 1001,
        gid: 1001,
        mtime: MTIME,
      },
    ],
    { mountPath: "/srv/ftp", root: { mode: "0o755", uid: 0, gid: 0, mtime: MTIME } },
  );
}

export function demoConfig(): VsftpdConfig {
  const r = parseConfig(DEMO_CONFIG_TEXT);
  if (!r.ok) throw new Error(r.error.oops); // the text above is fixed and valid
  return r.config;
}

/**
 * The server every new session starts with: a vsftpd.conf close to what a teacher sets up for a class
 * (anonymous read-only access plus one local user who may write), and a small tree to explore.
 * Mode-specific settings (pasv_address for the server-behind-NAT preset) are filled in from the topology.
 */
import type { ScenarioFile, ScenarioUser } from "./scenario";

export const DEFAULT_CONFIG = `listen=YES
anonymous_enable=YES
local_enable=YES
write_enable=YES
anon_upload_enable=NO
anon_mkdir_write_enable=NO
dirmessage_enable=YES
xferlog_enable=YES
connect_from_port_20=YES
chroot_local_user=YES
allow_writeable_chroot=YES
secure_chroot_dir=/var/run/vsftpd/empty
pam_service_name=vsftpd
pasv_enable=YES
port_enable=YES
anon_root=/srv/ftp
local_root=/srv/ftp
`;

export const DEFAULT_USERS: readonly ScenarioUser[] = [
  { name: "alumno", password: "alumno123", uid: 1001, gid: 1001 },
];

/** 2024-01-15 12:34:56 UTC: listings show a fixed, old date, so traces do not depend on when they run. */
export const DEFAULT_EPOCH = 1705322096;

const README = `Bienvenido al servidor FTP de clase / Welcome to the classroom FTP server.

pub/      archivos públicos / public files
upload/   subidas (si el servidor lo permite) / uploads (when the server allows them)
`;

const NOTES = `FTP usa dos conexiones TCP / FTP uses two TCP connections:
- control (puerto 21): órdenes y respuestas / commands and replies
- datos: una nueva por cada listado o transferencia / data: a new one per listing or transfer
`;

/** Deterministic binary content: a byte ramp, so a learner can check a download byte by byte. */
const ramp = (n: number): string => {
  let s = "";
  for (let i = 0; i < n; i++) s += String.fromCharCode(i & 0xff);
  return btoaLatin1(s);
};

function btoaLatin1(s: string): string {
  const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  let out = "";
  for (let i = 0; i < s.length; i += 3) {
    const a = s.charCodeAt(i);
    const b = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
    const c = i + 2 < s.length ? s.charCodeAt(i + 2) : 0;
    const n = (a << 16) | (b << 8) | c;
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    out += i + 1 < s.length ? B64[(n >> 6) & 63]! : "=";
    out += i + 2 < s.length ? B64[n & 63]! : "=";
  }
  return out;
}

export const DEFAULT_FILES: readonly ScenarioFile[] = [
  { path: "readme.txt", text: README, mode: "0o644", uid: 1001, gid: 1001, mtime: DEFAULT_EPOCH },
  { path: "pub", type: "dir", mode: "0o755", uid: 1001, gid: 1001, mtime: DEFAULT_EPOCH },
  { path: "pub/notas.txt", text: NOTES, mode: "0o644", uid: 1001, gid: 1001, mtime: DEFAULT_EPOCH },
  { path: "pub/logo.bin", base64: ramp(2048), mode: "0o644", uid: 1001, gid: 1001, mtime: DEFAULT_EPOCH },
  {
    path: "pub/grande.iso",
    size: 3 * 1024 * 1024,
    generator: { kind: "sha256-chain", seed: "grande" },
    mode: "0o644",
    uid: 1001,
    gid: 1001,
    mtime: DEFAULT_EPOCH,
  },
  { path: "upload", type: "dir", mode: "0o777", uid: 102, gid: 105, mtime: DEFAULT_EPOCH },
  { path: "private", type: "dir", mode: "0o700", uid: 0, gid: 0, mtime: DEFAULT_EPOCH },
];

/** What the learner's own machine holds before the session (for `put`). */
export const DEFAULT_CLIENT_FILES: Readonly<Record<string, string>> = {
  "tarea.txt": "Mi tarea de redes / My networking homework\n",
};

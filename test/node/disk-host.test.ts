/**
 * Issue 17 (a)–(c): ftpd serving a directory as vsftpd does. The tree has mixed owners (created as root,
 * as a real server's files are), and the directory the config names is the one served. Owners and modes
 * decide access; listings print the disk's numeric ids (names with text_userdb_names, "ftp" with
 * hide_ids); names are bytes (UTF-8 and Latin-1); and a file a tunable names that cannot be read ends the
 * session with vsftpd's own OOPS (texts checked against Debian's vsftpd 3.0.3 on loopback).
 */
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/ftp/server/config";
import { buildHost } from "@/lib/node/host";
import { ByteBudget } from "@/lib/vfs/budget";
import { startServer, USER, type TestServer } from "./helpers";
import { TcpClient } from "./tcp-client";

const asRoot = process.getuid?.() === 0;
const base = mkdtempSync(join(tmpdir(), "ftpd-host-"));
chmodSync(base, 0o755);
const root = join(base, "srv");
const etc = join(base, "etc");
const UTF8 = Buffer.from("ünïcödé.txt", "utf8");
const LATIN1 = Buffer.from([0x6c, 0x61, 0x74, 0xe9, 0x6e, 0x2e, 0x74, 0x78, 0x74]); // "latén.txt" in Latin-1

function makeTree(): void {
  mkdirSync(join(root, "private"), { recursive: true });
  mkdirSync(etc, { recursive: true });
  chmodSync(root, 0o755);
  writeFileSync(join(root, "mine.txt"), "mine\n");
  writeFileSync(join(root, "noread.txt"), "secret\n");
  writeFileSync(Buffer.concat([Buffer.from(root + "/"), UTF8]), "utf-8 name\n");
  writeFileSync(Buffer.concat([Buffer.from(root + "/"), LATIN1]), "latin-1 name\n");
  chmodSync(join(root, "noread.txt"), 0o600);
  chmodSync(join(root, "private"), 0o700);
  writeFileSync(
    join(etc, "passwd"),
    "profe:x:1001:1001::/home/profe:/bin/sh\nmallory:x:4242:4242::/x:/bin/sh\n",
  );
  writeFileSync(join(etc, "group"), "profe:x:1001:\nstaff:x:4242:\n");
  if (!asRoot) return;
  chownSync(root, 1001, 1001);
  chownSync(join(root, "mine.txt"), 1001, 1001);
  for (const p of ["noread.txt", "private"]) chownSync(join(root, p), 4242, 4242);
}
makeTree();

const CONF = (extra: string) => `listen=YES
anonymous_enable=YES
local_enable=YES
anon_root=${root}
local_root=${root}
chroot_local_user=YES
allow_writeable_chroot=YES
secure_chroot_dir=${etc}
${extra}`;

let srv: TestServer | null = null;
afterEach(async () => {
  await srv?.close();
  srv = null;
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

async function serve(extra = ""): Promise<number> {
  const config = CONF(extra);
  const parsed = parseConfig(config);
  if (!parsed.ok) throw new Error(parsed.error.oops);
  const budget = new ByteBudget(1 << 20);
  srv = await startServer({ config, budget, host: buildHost({ config: parsed.config, budget, etc }) });
  return srv.port;
}

/** Sends each line and returns every reply, the data connection's bytes where a line needed one. */
async function session(port: number, lines: string[]): Promise<{ replies: string[]; data: string[] }> {
  const c = await TcpClient.open(port);
  const replies = [...(await c.replies(0, 1, 5000))];
  const data: string[] = [];
  try {
    for (const l of lines) {
      if (c.closed) break;
      const before = c.completeReplies().length;
      const needsData = /^(LIST|NLST|RETR)/.test(l);
      if (needsData) {
        c.send(Buffer.from("PASV\r\n"));
        await c.replies(before, 1, 5000);
        await c.connectData("127.0.0.1", "recv");
      }
      c.send(Buffer.concat([Buffer.from(l, "latin1"), Buffer.from("\r\n")]));
      const got = await c.replies(before + (needsData ? 1 : 0), needsData ? 2 : 1, 5000);
      replies.push(...got);
      if (needsData && got[0]?.startsWith("150")) data.push((await c.dataDone(5000)).toString("latin1"));
    }
    return { replies, data };
  } finally {
    c.destroy();
  }
}

const login = [`USER ${USER.name}`, `PASS ${USER.password}`];

describe.skipIf(!asRoot)("ftpd serving a directory with mixed owners", () => {
  it("lets the disk's owners and modes decide, and lists numeric ids", async () => {
    const port = await serve();
    const r = await session(port, [...login, "LIST", "RETR mine.txt", "RETR noread.txt", "CWD private"]);
    expect(r.replies.slice(3)).toEqual([
      "150 Here comes the directory listing.\r\n",
      "226 Directory send OK.\r\n",
      "150 Opening BINARY mode data connection for mine.txt (5 bytes).\r\n",
      "226 Transfer complete.\r\n",
      "550 Failed to open file.\r\n",
      "550 Failed to change directory.\r\n",
    ]);
    const lines = r.data[0]!.split("\r\n");
    expect(lines.find((l) => l.endsWith(" mine.txt"))).toMatch(/^-rw-r--r-- +1 1001 +1001 +5 /);
    expect(lines.find((l) => l.endsWith(" private"))).toMatch(/^drwx------ +2 4242 +4242 +4096 /);
    expect(r.data[1]).toBe("mine\n");
  });

  it("names owners from the host's accounts with text_userdb_names, and hides them with hide_ids", async () => {
    let port = await serve("text_userdb_names=YES\nchroot_local_user=NO");
    let r = await session(port, [...login, `LIST ${root}`]);
    expect(r.data[0]).toMatch(/ private\r\n/);
    expect(r.data[0]!.split("\r\n").find((l) => l.endsWith(" private"))).toMatch(/ mallory +staff +4096 /);
    await srv!.close();
    port = await serve("hide_ids=YES");
    r = await session(port, [...login, "LIST"]);
    expect(r.data[0]!.split("\r\n").find((l) => l.endsWith(" private"))).toMatch(/ 2 ftp +ftp +4096 /);
  });

  it("serves UTF-8 and Latin-1 names byte for byte", async () => {
    const port = await serve();
    const utf8 = UTF8.toString("latin1");
    const latin1 = LATIN1.toString("latin1");
    const r = await session(port, [...login, "NLST", `RETR ${utf8}`, `RETR ${latin1}`]);
    expect(r.data[0]!.split("\r\n").sort()).toEqual(
      ["", latin1, "mine.txt", "noread.txt", "private", utf8].sort(),
    );
    expect(r.data.slice(1)).toEqual(["utf-8 name\n", "latin-1 name\n"]);
  });
});

describe("files a tunable names, read from the host", () => {
  const missing = join(base, "missing");
  it.each([
    [`banner_file=${missing}`, `500 OOPS: cannot read banner file:${missing}\r\n`],
    [
      `deny_email_enable=YES\nbanned_email_file=${missing}`,
      `500 OOPS: cannot read anon e-mail list file:${missing}\r\n`,
    ],
    [
      `secure_email_list_enable=YES\nemail_password_file=${missing}`,
      `500 OOPS: cannot read email passwords file:${missing}\r\n`,
    ],
    [`userlist_enable=YES\nuserlist_file=${missing}`, `500 OOPS: cannot read user list file:${missing}\r\n`],
    [
      `secure_chroot_dir=${missing}`,
      `500 OOPS: vsftpd: not found: directory given in 'secure_chroot_dir':${missing}\r\n`,
    ],
  ])("%s: the session ends with vsftpd's OOPS", async (extra, oops) => {
    const c = await TcpClient.open(await serve(extra));
    try {
      expect(await c.replies(0, 1, 5000)).toEqual([oops]);
      expect(await c.waitClosed(3000)).toBe(true);
    } finally {
      c.destroy();
    }
  });

  it("reads banner_file, userlist_file and chroot_list_file when they exist", async () => {
    writeFileSync(join(etc, "banner"), "Hola\nclase\n");
    writeFileSync(join(etc, "users"), "profe\n");
    const port = await serve(
      `banner_file=${join(etc, "banner")}\nuserlist_enable=YES\nuserlist_file=${join(etc, "users")}\nuserlist_deny=YES`,
    );
    const r = await session(port, [`USER ${USER.name}`, "USER anonymous"]);
    expect(r.replies).toEqual([
      "220-Hola\r\n220-clase\r\n220 \r\n",
      "530 Permission denied.\r\n",
      "331 Please specify the password.\r\n",
    ]);
    await srv!.close();
    const list = join(base, "nolist");
    const port2 = await serve(`chroot_list_enable=YES\nchroot_list_file=${list}`);
    const r2 = await session(port2, login);
    expect(r2.replies[2]).toBe(`500 OOPS: could not read chroot() list file:${list}\r\n`);
  });

  it("refuses an anonymous password not in email_password_file", async () => {
    writeFileSync(join(etc, "emails"), "alumno@example.org\n");
    const port = await serve(`secure_email_list_enable=YES\nemail_password_file=${join(etc, "emails")}`);
    const bad = await session(port, ["USER anonymous", "PASS otro@example.org"]);
    expect(bad.replies[2]).toBe("530 Login incorrect.\r\n");
    const good = await session(port, ["USER anonymous", "PASS alumno@example.org"]);
    expect(good.replies[2]).toBe("230 Login successful.\r\n");
  });
});

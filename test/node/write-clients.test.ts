/**
 * `npm run ftpd -- --write` with real clients (curl, lftp, tnftp's ftp from Debian), passive and active,
 * over IPv4 and IPv6: uploads, mkdir, rename and delete happen on disk, owned by the logged-in user with
 * vsftpd's modes; sizes are bounded (--write-limit: 451, the disk keeps at most the limit); nothing lands
 * outside the served root, through `..` or through a symlink planted on disk.
 */
import { execFile, type ChildProcess } from "node:child_process";
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blob, spawnFtpd } from "./helpers";

const isRoot = process.getuid?.() === 0;
const tool = (p: string) => existsSync(p);
const base = mkdtempSync(join(tmpdir(), "ftpd-write-"));
const root = join(base, "srv");
const outside = join(base, "outside.txt");
const children = new Set<ChildProcess>();
const UID = 1001;

function conf(extra = ""): string {
  const path = join(base, `c${children.size}-${Math.random().toString(36).slice(2)}.conf`);
  writeFileSync(
    path,
    `listen=YES\nanonymous_enable=NO\nlocal_enable=YES\nwrite_enable=YES\nlocal_umask=022\n` +
      `chroot_local_user=YES\nallow_writeable_chroot=YES\nlocal_root=${root}\n` +
      `secure_chroot_dir=${join(base, "empty")}\nconnect_from_port_20=NO\n${extra}`,
  );
  return path;
}

function start(args: string[]): Promise<{ child: ChildProcess; port: number; err: () => string }> {
  return spawnFtpd(args, UID, children);
}

const run = (cmd: string, args: string[], input?: string) =>
  new Promise<{ code: number; out: string; err: string }>((resolve) => {
    const c = execFile(cmd, args, { timeout: 30_000 }, (e, out, err) =>
      resolve({ code: e ? ((e as { code?: number }).code ?? 1) : 0, out, err }),
    );
    if (input !== undefined) c.stdin!.end(input);
  });

const owner = (p: string) => {
  const st = statSync(p);
  return [st.uid, st.gid, (st.mode & 0o777).toString(8)];
};

afterAll(() => {
  for (const c of children) c.kill("SIGKILL");
  rmSync(base, { recursive: true, force: true });
});

describe.skipIf(!isRoot)("npm run ftpd -- --write with real clients", () => {
  let port = 0;
  const up = blob(300_000, 5);
  beforeAll(async () => {
    chmodSync(base, 0o755);
    mkdirSync(root);
    mkdirSync(join(base, "empty"), { recursive: true });
    chownSync(root, UID, UID);
    writeFileSync(join(base, "up.bin"), up);
    writeFileSync(outside, "untouched\n");
    symlinkSync(outside, join(root, "planted"));
    port = (await start(["--config", conf(), "--write"])).port;
  }, 40_000);

  it.skipIf(!tool("/usr/bin/curl"))(
    "curl: upload (EPSV and active EPRT), mkdir, rename, delete",
    async () => {
      const url = `ftp://127.0.0.1:${port}/`;
      const auth = ["--user", "alumno:clave", "--silent", "--show-error", "--max-time", "20"];
      expect((await run("curl", [...auth, "-T", join(base, "up.bin"), `${url}curl-epsv.bin`])).err).toBe("");
      expect(
        (
          await run("curl", [
            ...auth,
            "--ftp-port",
            "127.0.0.1",
            "-T",
            join(base, "up.bin"),
            `${url}curl-eprt.bin`,
          ])
        ).err,
      ).toBe("");
      const q = [
        "-Q",
        "MKD hecho",
        "-Q",
        "RNFR curl-eprt.bin",
        "-Q",
        "RNTO hecho/movido.bin",
        "-Q",
        "DELE curl-epsv.bin",
      ];
      expect((await run("curl", [...auth, ...q, "--list-only", url])).err).toBe("");
      expect(readFileSync(join(root, "hecho", "movido.bin")).equals(up)).toBe(true);
      expect(existsSync(join(root, "curl-epsv.bin"))).toBe(false);
      expect(owner(join(root, "hecho", "movido.bin"))).toEqual([UID, UID, "644"]);
      expect(owner(join(root, "hecho"))).toEqual([UID, UID, "755"]);
    },
    60_000,
  );

  it.skipIf(!tool("/usr/bin/lftp"))(
    "lftp: put in passive and active mode, mkdir, mv, rm",
    async () => {
      for (const passive of ["on", "off"]) {
        const script = [
          `set ftp:passive-mode ${passive}; set net:max-retries 1; set net:timeout 10; set cmd:fail-exit yes`,
          `put ${join(base, "up.bin")} -o lftp-${passive}.bin`,
          `mkdir lftp-dir-${passive}`,
          `mv lftp-${passive}.bin lftp-dir-${passive}/x.bin`,
          `put ${join(base, "up.bin")} -o gone-${passive}.bin`,
          `rm gone-${passive}.bin`,
          "bye",
        ].join("; ");
        const r = await run("lftp", ["-u", "alumno,clave", "-p", String(port), "-e", script, "127.0.0.1"]);
        expect(r.err, `lftp passive ${passive}`).toBe("");
        expect(readFileSync(join(root, `lftp-dir-${passive}`, "x.bin")).equals(up)).toBe(true);
        expect(existsSync(join(root, `gone-${passive}.bin`))).toBe(false);
      }
    },
    90_000,
  );

  it.skipIf(!tool("/usr/bin/ftp"))(
    "tnftp ftp: put in passive and active mode, rename, delete",
    async () => {
      for (const passive of ["on", "off"]) {
        const script = [
          "user alumno clave",
          "binary",
          `passive ${passive}`,
          `put ${join(base, "up.bin")} tnftp-${passive}.bin`,
          `rename tnftp-${passive}.bin tnftp-${passive}-renamed.bin`,
          `put ${join(base, "up.bin")} del-${passive}.bin`,
          `delete del-${passive}.bin`,
          "bye",
        ].join("\n");
        const r = await run("ftp", ["-n", "-v", "127.0.0.1", String(port)], script + "\n");
        expect(r.out, `tnftp passive ${passive}`).toContain("226 Transfer complete.");
        expect(readFileSync(join(root, `tnftp-${passive}-renamed.bin`)).equals(up)).toBe(true);
        expect(existsSync(join(root, `del-${passive}.bin`))).toBe(false);
      }
    },
    90_000,
  );

  it.skipIf(!tool("/usr/bin/curl"))(
    "nothing lands outside the root: .. and a planted symlink",
    async () => {
      const auth = ["--user", "alumno:clave", "--silent", "--max-time", "20"];
      await run("curl", [
        ...auth,
        "-T",
        join(base, "up.bin"),
        `ftp://127.0.0.1:${port}/%2E%2E/%2E%2E/escaped.bin`,
      ]);
      await run("curl", [...auth, "-T", join(base, "up.bin"), `ftp://127.0.0.1:${port}/planted`]);
      await run("curl", [
        ...auth,
        "-Q",
        "RNFR planted",
        "-Q",
        `RNTO ../../outside-moved`,
        `ftp://127.0.0.1:${port}/`,
      ]);
      expect(readFileSync(outside, "utf8")).toBe("untouched\n");
      expect(existsSync(join(base, "escaped.bin"))).toBe(false);
      expect(existsSync(join(base, "outside-moved"))).toBe(false);
    },
    60_000,
  );

  it.skipIf(!tool("/usr/bin/curl"))(
    "--write-limit bounds what the disk gets: 451, and the file stops there",
    async () => {
      const { port: p, child } = await start(["--config", conf(), "--write", "--write-limit", "1"]);
      writeFileSync(join(base, "big.bin"), blob(3 << 20, 9));
      const r = await run("curl", [
        "--user",
        "alumno:clave",
        "--silent",
        "--show-error",
        "--max-time",
        "20",
        "-T",
        join(base, "big.bin"),
        `ftp://127.0.0.1:${p}/big.bin`,
      ]);
      expect(r.err).toMatch(/451|upload/i);
      expect(statSync(join(root, "big.bin")).size).toBeLessThanOrEqual(1 << 20);
      child.kill("SIGTERM");
    },
    60_000,
  );
});

describe.skipIf(!isRoot || !tool("/usr/bin/curl"))("npm run ftpd on IPv6 (::1)", () => {
  it("listens where listen_ipv6 says, EPSV and EPRT carry the download", async () => {
    chmodSync(base, 0o755);
    mkdirSync(join(base, "empty"), { recursive: true });
    mkdirSync(join(base, "v6"), { recursive: true });
    writeFileSync(join(base, "v6", "hola.txt"), "hola v6\n");
    chmodSync(join(base, "v6"), 0o755);
    const path = join(base, "v6.conf");
    writeFileSync(
      path,
      `listen=NO\nlisten_ipv6=YES\nanonymous_enable=YES\nanon_root=${join(base, "v6")}\nsecure_chroot_dir=${join(base, "empty")}\n`,
    );
    const { port, err, child } = await start(["--config", path]);
    expect(err()).toContain(`listening on ::1:${port}`);
    for (const mode of [[], ["--ftp-port", "::1"]]) {
      const r = await run("curl", [
        "-g",
        "--silent",
        "--show-error",
        "--max-time",
        "15",
        ...mode,
        `ftp://[::1]:${port}/hola.txt`,
      ]);
      expect(r.out, `${JSON.stringify(mode)} ${r.err}`).toBe("hola v6\n");
    }
    child.kill("SIGTERM");
  }, 60_000);
});

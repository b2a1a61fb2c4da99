/**
 * `npm run ftpd -- --write` and an upload cut short by the client (its data connection reset mid-file),
 * on the real disk: vsftpd writes in place, so the part received stays under the file's name (no temp
 * file, no rename); with delete_failed_uploads=YES the 426 is followed by the file's removal, as vsftpd's
 * handle_upload_common does.
 */
import type { ChildProcess } from "node:child_process";
import {
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnFtpd, until } from "./helpers";

const isRoot = process.getuid?.() === 0;
const base = mkdtempSync(join(tmpdir(), "ftpd-write-failed-"));
const root = join(base, "srv");
const UID = 1001;
const children = new Set<ChildProcess>();

function start(extra: string): Promise<{ child: ChildProcess; port: number }> {
  const conf = join(base, `c${children.size}.conf`);
  writeFileSync(
    conf,
    `listen=YES\nanonymous_enable=NO\nlocal_enable=YES\nwrite_enable=YES\nchroot_local_user=YES\n` +
      `allow_writeable_chroot=YES\nlocal_root=${root}\nsecure_chroot_dir=${join(base, "empty")}\n${extra}`,
  );
  return spawnFtpd(["--config", conf, "--write"], UID, children);
}

/** Logs in, STORs `name` over EPSV, sends `part`, waits for it on disk, then resets the data connection. */
async function cutUpload(port: number, name: string, part: string): Promise<string> {
  const control = net.connect({ host: "127.0.0.1", port });
  control.on("error", () => undefined);
  let text = "";
  control.on("data", (b: Buffer) => (text += b.toString("latin1")));
  const reply = async (code: string) => {
    expect(await until(() => text.includes(`\r\n${code} `) || text.startsWith(`${code} `), 10_000)).toBe(
      true,
    );
  };
  await reply("220");
  control.write("USER alumno\r\nPASS clave\r\nTYPE I\r\nEPSV\r\n");
  await reply("229");
  const dataPort = Number(/\(\|\|\|(\d+)\|\)/.exec(text)![1]);
  const data = net.connect({ host: "127.0.0.1", port: dataPort });
  data.on("error", () => undefined);
  await new Promise((r) => data.once("connect", r));
  control.write(`STOR ${name}\r\n`);
  await reply("150");
  data.write(part);
  const file = join(root, name);
  expect(await until(() => existsSync(file) && statSync(file).size === part.length, 10_000)).toBe(true);
  data.resetAndDestroy();
  await reply("426");
  control.destroy();
  return text;
}

afterAll(() => {
  for (const c of children) c.kill("SIGKILL");
  rmSync(base, { recursive: true, force: true });
});

describe.skipIf(!isRoot)("npm run ftpd -- --write: an upload cut short", () => {
  beforeAll(() => {
    mkdirSync(root, { recursive: true });
    mkdirSync(join(base, "empty"), { recursive: true });
    chownSync(root, UID, UID);
  });

  it("keeps the part received under the file's name, as vsftpd (it writes in place)", async () => {
    const { port, child } = await start("");
    const text = await cutUpload(port, "cut.bin", "half of it");
    expect(text).toContain("426 Failure reading network stream.\r\n");
    expect(readFileSync(join(root, "cut.bin"), "latin1")).toBe("half of it");
    child.kill("SIGTERM");
  }, 40_000);

  it("removes it after the 426 with delete_failed_uploads=YES, even a file that was there before", async () => {
    writeFileSync(join(root, "old.bin"), "the old contents\n");
    chownSync(join(root, "old.bin"), UID, UID);
    const { port, child } = await start("delete_failed_uploads=YES\n");
    await cutUpload(port, "gone.bin", "half of it");
    expect(await until(() => !existsSync(join(root, "gone.bin")), 5000)).toBe(true);
    await cutUpload(port, "old.bin", "half");
    expect(await until(() => !existsSync(join(root, "old.bin")), 5000)).toBe(true);
    child.kill("SIGTERM");
  }, 40_000);
});

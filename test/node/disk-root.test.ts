/**
 * Issue 13, finding 5: --root is served from disk, not loaded at startup. A 1 GiB file (sparse, so the
 * test costs no disk) is listed with its size and downloaded from a REST offset near its end, streamed;
 * changing it without --write would copy it into memory, which the upload budget refuses with 451.
 */
import {
  chmodSync,
  mkdtempSync,
  rmSync,
  truncateSync,
  writeFileSync,
  openSync,
  writeSync,
  closeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { Client } from "basic-ftp";
import { afterAll, describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/ftp/server/config";
import { buildHost } from "@/lib/node/host";
import { ByteBudget } from "@/lib/vfs/budget";
import { startServer, USER, type TestServer } from "./helpers";
import { TcpClient } from "./tcp-client";

const GIB = 2 ** 30;
const dir = mkdtempSync(join(tmpdir(), "ftpd-disk-"));
// mkdtemp makes it 0700: the (non-root) FTP user must be able to enter it, as on any real server.
chmodSync(dir, 0o755);
const TAIL = Buffer.from("the very end\n");
let srv: TestServer | null = null;

afterAll(async () => {
  await srv?.close();
  rmSync(dir, { recursive: true, force: true });
});

const CONFIG = `listen=YES
anonymous_enable=NO
local_enable=YES
write_enable=YES
chroot_local_user=YES
allow_writeable_chroot=YES
local_root=${dir}
`;

describe("ftpd serving --root from disk", () => {
  it("lists and streams a 1 GiB file, and refuses to copy it into memory beyond the budget", async () => {
    const big = join(dir, "huge.bin");
    writeFileSync(big, "");
    truncateSync(big, GIB - TAIL.length);
    const fd = openSync(big, "a");
    writeSync(fd, TAIL);
    closeSync(fd);
    chmodSync(big, 0o666); // writable by the FTP user, whoever owns it
    const parsed = parseConfig(CONFIG);
    if (!parsed.ok) throw new Error("config");
    const budget = new ByteBudget(64 << 20, 64 << 20);
    srv = await startServer({ config: CONFIG, budget, host: buildHost({ config: parsed.config, budget }) });

    const c = new Client(10_000);
    await c.access({ host: "127.0.0.1", port: srv.port, user: USER.name, password: USER.password });
    try {
      expect(await c.size("huge.bin")).toBe(GIB);
      const parts: Buffer[] = [];
      const sink = new Writable({ write: (b: Buffer, _e, done) => (parts.push(b), done()) });
      await c.downloadTo(sink, "huge.bin", GIB - 20);
      const got = Buffer.concat(parts);
      expect(got.length).toBe(20);
      expect(got.subarray(20 - TAIL.length)).toEqual(TAIL);
    } finally {
      c.close();
    }

    // APPE to it would need the whole GiB in memory: refused as a full disk is, and nothing changes.
    const t = await TcpClient.open(srv.port);
    try {
      const lines = [`USER ${USER.name}`, `PASS ${USER.password}`, "TYPE I", "PASV"];
      await t.replies(0, 1, 5000);
      for (const [i, l] of lines.entries()) {
        t.send(Buffer.from(l + "\r\n"));
        await t.replies(i + 1, 1, 5000);
      }
      await t.connectData("127.0.0.1", "recv", Buffer.from("more"));
      t.send(Buffer.from("APPE huge.bin\r\n"));
      const r = await t.replies(lines.length + 1, 2, 10_000);
      expect(r[1]).toBe("451 Failure writing to local file.\r\n");
      t.send(Buffer.from("SIZE huge.bin\r\n"));
      expect((await t.replies(lines.length + 3, 1, 5000))[0]).toBe(`213 ${GIB}\r\n`);
      expect(budget.inUse).toBe(0);
    } finally {
      t.destroy();
    }
  }, 30_000);
});

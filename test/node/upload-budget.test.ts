/**
 * Issue 13, finding 3: uploads held in memory have a total budget. vsftpd writes to disk and, when the
 * disk is full, stops reading and answers `451 Failure writing to local file.`; ftpd says the same when
 * its budget is spent, frees the budget when files are deleted or overwritten, and a huge REST offset
 * (1e9, 3e9) before STOR is refused the same way instead of allocating it.
 */
import { Client } from "basic-ftp";
import { afterEach, describe, expect, it } from "vitest";
import { ByteBudget } from "@/lib/vfs/budget";
import { blob, startServer, USER, type TestServer } from "./helpers";
import { TcpClient } from "./tcp-client";

const KIB = 1024;
let srv: TestServer | null = null;
afterEach(async () => {
  await srv?.close();
  srv = null;
});

async function login(port: number): Promise<Client> {
  const c = new Client(10_000);
  await c.access({ host: "127.0.0.1", port, user: USER.name, password: USER.password });
  return c;
}

/**
 * One upload on its own control connection, by hand (a client library gives up at the data connection's
 * reset before it reads the reply): `pre` commands first (REST…), then PASV, the data, and the verb.
 * Resolves with the final reply.
 */
async function upload(port: number, name: string, bytes: Buffer, pre: string[] = [], verb = "STOR") {
  const c = await TcpClient.open(port);
  try {
    const lines = [`USER ${USER.name}`, `PASS ${USER.password}`, "TYPE I", ...pre, "PASV"];
    await c.replies(0, 1, 5000);
    for (const [i, l] of lines.entries()) {
      c.send(Buffer.from(l + "\r\n"));
      await c.replies(i + 1, 1, 5000);
    }
    await c.connectData("127.0.0.1", "recv", bytes);
    c.send(Buffer.from(`${verb} ${name}\r\n`));
    const got = await c.replies(lines.length + 1, 2, 10_000);
    return got.join("");
  } finally {
    c.destroy();
  }
}

const put = async (port: number, bytes: Buffer, name: string, pre: string[] = [], verb = "STOR") => {
  const r = await upload(port, name, bytes, pre, verb);
  if (!/226 Transfer complete/.test(r)) throw new Error(r.trim().split("\r\n").pop());
};

describe("ftpd's memory budget for uploads", () => {
  it("answers 451 once the budget is spent, and takes uploads again after a delete", async () => {
    const budget = new ByteBudget(600 * KIB, 600 * KIB);
    srv = await startServer({ budget });
    const c = await login(srv.port);
    try {
      await put(srv.port, blob(200 * KIB, 1), "work/a.bin");
      await put(srv.port, blob(200 * KIB, 2), "work/b.bin");
      await expect(put(srv.port, blob(300 * KIB, 3), "work/c.bin")).rejects.toThrow(
        /^451 Failure writing to local file\./,
      );
      // The session goes on, and the budget is what the remaining files hold.
      expect(budget.inUse).toBeLessThanOrEqual(600 * KIB);
      await c.remove("work/a.bin");
      await c.remove("work/c.bin");
      await put(srv.port, blob(300 * KIB, 3), "work/c.bin");
      expect((await c.list("work")).map((f) => [f.name, f.size])).toEqual([
        ["b.bin", 200 * KIB],
        ["c.bin", 300 * KIB],
      ]);
    } finally {
      c.close();
    }
  }, 20_000);

  it("refuses one file larger than the per-file limit, whatever the total", async () => {
    srv = await startServer({ budget: new ByteBudget(10 << 20, 256 * KIB) });
    const c = await login(srv.port);
    try {
      await expect(put(srv.port, blob(400 * KIB, 4), "work/big.bin")).rejects.toThrow(/^451 /);
      await put(srv.port, blob(100 * KIB, 5), "work/ok.bin");
    } finally {
      c.close();
    }
  }, 20_000);

  it("refuses a huge REST offset before STOR and APPE with 451, and the server lives on", async () => {
    const budget = new ByteBudget(64 << 20, 32 << 20);
    srv = await startServer({ budget });
    const c = await login(srv.port);
    try {
      for (const rest of ["1000000000", "3000000000"])
        await expect(put(srv.port, Buffer.from("abc"), "work/r.bin", [`REST ${rest}`])).rejects.toThrow(
          /^451 Failure writing to local file\.$/,
        );
      await put(srv.port, Buffer.from("abc"), "work/r.bin");
      // APPE appends at the end whatever REST said (vsftpd ignores the offset for APPE).
      await put(srv.port, Buffer.from("d"), "work/r.bin", ["REST 2000000000"], "APPE");
      expect((await c.list("work")).map((f) => [f.name, f.size])).toEqual([["r.bin", 4]]);
      expect(budget.inUse).toBeLessThan(1 << 20);
      const other = await login(srv.port);
      await other.send("NOOP");
      other.close();
    } finally {
      c.close();
    }
  }, 20_000);
});

/**
 * Node's basic-ftp against the real ftpd, with each of its transfer strategies: EPSV and PASV. basic-ftp
 * has no active mode (it only implements passive strategies), so active mode is proven with curl
 * (EPRT, PORT) and Python's ftplib (PORT).
 */
import { Readable, Writable } from "node:stream";
import { Client, enterPassiveModeIPv4, enterPassiveModeIPv6 } from "basic-ftp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BLOB, sha, startServer, USER, type TestServer } from "./helpers";

class Sink extends Writable {
  readonly parts: Buffer[] = [];
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.parts.push(chunk);
    done();
  }
  get bytes(): Buffer {
    return Buffer.concat(this.parts);
  }
}

async function download(c: Client, path: string, startAt = 0): Promise<Buffer> {
  const sink = new Sink();
  await c.downloadTo(sink, path, startAt);
  return sink.bytes;
}

const STRATEGIES = { epsv: enterPassiveModeIPv6, pasv: enterPassiveModeIPv4 };

describe("basic-ftp against npm run ftpd", () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer();
  });
  afterAll(async () => {
    await s.close();
  });

  async function connect(user: string, password: string, mode: keyof typeof STRATEGIES): Promise<Client> {
    const c = new Client(10_000);
    await c.access({ host: s.host, port: s.port, user, password });
    c.prepareTransfer = STRATEGIES[mode];
    return c;
  }

  for (const mode of ["epsv", "pasv"] as const) {
    it(`completes a full session in ${mode} mode`, async () => {
      const anon = await connect("anonymous", "guest@example.org", mode);
      try {
        const names = (await anon.list("pub")).map((f) => f.name);
        expect(names).toEqual(expect.arrayContaining(["blob.bin", "hola.txt", "mib.bin"]));
        expect(sha(await download(anon, "pub/blob.bin"))).toBe(sha(BLOB));
        await expect(anon.uploadFrom(Readable.from([Buffer.from("x")]), "pub/x.txt")).rejects.toThrow(/550/);
      } finally {
        anon.close();
      }

      const c = await connect(USER.name, USER.password, mode);
      try {
        const dir = `work/bf-${mode}`;
        expect(await c.pwd()).toBe("/");
        const blob = (await c.list("pub")).find((f) => f.name === "blob.bin");
        expect(blob?.size).toBe(BLOB.length);
        expect(sha(await download(c, "pub/blob.bin"))).toBe(sha(BLOB));
        expect(sha(await download(c, "pub/blob.bin", 4096))).toBe(sha(BLOB.subarray(4096)));
        expect((await c.send(`MKD ${dir}`)).code).toBe(257);
        const payload = Buffer.concat([BLOB, BLOB]);
        await c.uploadFrom(Readable.from([payload]), `${dir}/up.bin`);
        expect(await c.size(`${dir}/up.bin`)).toBe(payload.length);
        expect(sha(await download(c, `${dir}/up.bin`))).toBe(sha(payload));
        await c.rename(`${dir}/up.bin`, `${dir}/moved.bin`);
        expect((await c.list(dir)).map((f) => f.name)).toEqual(["moved.bin"]);
        await c.remove(`${dir}/moved.bin`);
        expect((await c.send(`RMD ${dir}`)).code).toBe(250);
      } finally {
        c.close();
      }
      const verbs = new Set(s.trace.map((l) => (JSON.parse(l) as { verb?: string }).verb));
      expect(verbs).toContain(mode.toUpperCase());
      expect(verbs).toContain("REST");
    });
  }
});

/**
 * 200 concurrent real sessions on loopback (basic-ftp): login, LIST, a 1 MiB RETR, QUIT. All must succeed
 * byte-exact, and afterwards the server and the process hold exactly the sockets and listeners they held
 * before (nothing leaks: control, data, passive listeners).
 */
import { Writable } from "node:stream";
import { Client } from "basic-ftp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIB, processTcpHandles, sha, startServer, until, type TestServer } from "./helpers";

const SESSIONS = 200;

class Hash extends Writable {
  private readonly parts: Buffer[] = [];
  override _write(chunk: Buffer, _e: BufferEncoding, done: () => void): void {
    this.parts.push(chunk);
    done();
  }
  digest(): string {
    return sha(Buffer.concat(this.parts));
  }
}

/** Resolves once every session has logged in, so all of them are open at the same time. */
function barrier(n: number): { arrive(): Promise<void>; seen: Promise<number> } {
  let count = 0;
  let open!: (v: number) => void;
  const seen = new Promise<number>((r) => (open = r));
  return {
    arrive: () => {
      if (++count === n) open(n);
      return seen.then(() => undefined);
    },
    seen,
  };
}

async function oneSession(s: TestServer, i: number, allIn: ReturnType<typeof barrier>): Promise<string> {
  const c = new Client(20_000);
  try {
    await c.access({ host: s.host, port: s.port, user: "anonymous", password: `load${i}@example.org` });
    await allIn.arrive();
    const names = (await c.list("pub")).map((f) => f.name);
    if (!names.includes("mib.bin")) throw new Error(`session ${i}: listing without mib.bin`);
    const h = new Hash();
    await c.downloadTo(h, "pub/mib.bin");
    await c.send("QUIT");
    return h.digest();
  } finally {
    c.close();
  }
}

describe("ftpd under load", () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer();
  });
  afterAll(async () => {
    await s.close();
  });

  it(`serves ${SESSIONS} concurrent sessions (login, LIST, 1 MiB RETR) and leaks nothing`, async () => {
    const processBefore = processTcpHandles();
    expect(s.server.openHandles).toEqual({ sockets: 0, listeners: 1 });
    const t0 = Date.now();
    const allIn = barrier(SESSIONS);
    let peak = 0;
    void allIn.seen.then(() => (peak = s.server.openSessions));
    const runs = Array.from({ length: SESSIONS }, (_, i) => oneSession(s, i, allIn));
    const results = await Promise.allSettled(runs);
    const failed = results.filter((r) => r.status === "rejected");
    expect(failed.map((f) => String((f as PromiseRejectedResult).reason)).slice(0, 3)).toEqual([]);
    for (const r of results) expect((r as PromiseFulfilledResult<string>).value).toBe(sha(MIB));
    console.log(`load: ${SESSIONS} sessions in ${Date.now() - t0} ms, ${peak} open at once`);
    expect(peak).toBe(SESSIONS);
    expect(await until(() => s.server.openSessions === 0, 5000)).toBe(true);
    expect(s.server.openHandles).toEqual({ sockets: 0, listeners: 1 });
    expect(await until(() => processTcpHandles() <= processBefore, 5000)).toBe(true);
    const replies = s.trace.filter((l) => l.includes('"code":226')).length;
    expect(replies).toBe(SESSIONS * 2);
  }, 40_000);
});

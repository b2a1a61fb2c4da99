/**
 * The recorded vsftpd 3.0.3 cases (test/fixtures/vsftpd-3.0.3/golden.json) replayed over real TCP against
 * RealFtpServer: real control sockets, real passive listeners and active connects, real timers (vsftpd's
 * 1 s failed-login delay, accept and idle timeouts). Same checks as test/conformance/replay.test.ts; the
 * replay itself (and its one adaptation) is in replay.ts. Cases run in a pool (each with its own server
 * and tree) so the wall time is that of the slowest case.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createServerSession } from "@/lib/ftp/server/session";
import { RealFtpServer } from "@/lib/node/real-server";
import { buildTree, DIR, loadConfig, users, type Case } from "../conformance/harness";
import { assertChecks, inPool, replayCase, type Check } from "./replay";

const golden = JSON.parse(readFileSync(join(DIR, "golden.json"), "utf8")) as { cases: Case[] };
const CAPTURED_AT = Date.parse("2026-11-21T17:02:12Z");
const hostFiles = {
  "/srv/capture/conf/user_list": readFileSync(join(DIR, "configs", "user_list"), "utf8"),
  "/srv/capture/conf/banner.txt": readFileSync(join(DIR, "configs", "banner.txt"), "utf8"),
};
const POOL = 24;

async function runCase(c: Case): Promise<Check[]> {
  const config = loadConfig(c.config);
  const vfs = buildTree();
  const server = new RealFtpServer({
    host: "127.0.0.1",
    port: 0,
    createSession: (t0) => {
      const e = createServerSession({ config, fs: vfs, users, now: CAPTURED_AT + t0, hostFiles });
      return { handle: (input, t) => e.handle(input, CAPTURED_AT + t) };
    },
  });
  const { port } = await server.listen();
  try {
    return await replayCase(c, port);
  } finally {
    await server.close();
  }
}

describe("vsftpd 3.0.3 conformance over real TCP", () => {
  let results = new Map<string, Check[] | Error>();
  beforeAll(async () => {
    results = await inPool(golden.cases, POOL, runCase);
  }, 60_000);

  for (const c of golden.cases) it(c.case, () => assertChecks(results.get(c.case)));

  it("replays every recorded case", () => expect(results.size).toBe(golden.cases.length));
});

/**
 * Issue 13 over real TCP: the inputs that killed `npm run ftpd` or stalled a session now get vsftpd's
 * answers, and a bystander session keeps being served throughout.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, WRITE_CONFIG, type TestServer } from "./helpers";
import { TcpClient } from "./tcp-client";

const CRLF = "\r\n";

async function login(s: TestServer, user = "profe", pass = "secreto1"): Promise<TcpClient> {
  const c = await TcpClient.open(s.port);
  await c.replies(0, 1, 3000);
  c.send(Buffer.from(`USER ${user}${CRLF}PASS ${pass}${CRLF}`));
  const r = await c.replies(1, 2, 3000);
  expect(r[1]).toMatch(/^230 /);
  return c;
}

async function ask(c: TcpClient, line: string | Buffer, ms = 3000): Promise<string> {
  const n = c.completeReplies().length;
  c.send(typeof line === "string" ? Buffer.from(line + CRLF, "latin1") : line);
  return (await c.replies(n, 1, ms))[0] ?? "(no reply)";
}

describe("ftpd under issue 13's inputs", () => {
  let s: TestServer;
  let bystander: TcpClient;
  beforeAll(async () => {
    s = await startServer({ config: WRITE_CONFIG.replace("pasv_min_port=30000", "pasv_min_port=70000") });
    bystander = await login(s, "anonymous", "x@y");
  });
  afterAll(async () => {
    bystander.destroy();
    await s.close();
  });

  it("survives REST far past the end then STOR (finding 1): the session ends, the server stays", async () => {
    const c = await login(s);
    expect(await ask(c, "REST 9999999999999999999")).toBe("350 Restart position accepted (0).\r\n");
    expect(await ask(c, "REST 999999999999999")).toBe("350 Restart position accepted (999999999999999).\r\n");
    expect(await ask(c, "PASV")).toMatch(/^227 /);
    await c.connectData("127.0.0.1", "send", Buffer.from("abc"));
    c.send(Buffer.from("STOR work/huge.bin\r\n"));
    expect(await c.waitClosed(3000)).toBe(true);
    expect(await ask(bystander, "NOOP")).toBe("200 NOOP ok.\r\n");
  });

  it("answers 451 to a write past the disk's per-file budget instead of allocating it", async () => {
    const c = await login(s);
    expect(await ask(c, "REST 1000000000")).toMatch(/^350 /);
    expect(await ask(c, "PASV")).toMatch(/^227 /);
    await c.connectData("127.0.0.1", "send", Buffer.from("x"));
    const n = c.completeReplies().length;
    c.send(Buffer.from("STOR work/hole.bin\r\n"));
    const r = await c.replies(n, 2, 5000);
    expect(r).toEqual(["150 Ok to send data.\r\n", "451 Failure writing to local file.\r\n"]);
    expect(await ask(c, "NOOP")).toBe("200 NOOP ok.\r\n");
    c.destroy();
  });

  it("opens a passive port even with pasv_min_port=70000 (finding 10: vsftpd ignores it)", async () => {
    const c = await login(s);
    const r = await ask(c, "PASV");
    const m = /\((\d+),(\d+),(\d+),(\d+),(\d+),(\d+)\)/.exec(r);
    expect(m).not.toBeNull();
    const port = Number(m![5]) * 256 + Number(m![6]);
    expect(port).toBeGreaterThanOrEqual(1024);
    expect(port).toBeLessThanOrEqual(30999);
    c.destroy();
  });

  it("keeps answering after 200,000 blank lines (finding 11: they need no reply, yet count as read)", async () => {
    const c = await login(s);
    c.send(Buffer.from("\r\n".repeat(200_000)));
    expect(await ask(c, "NOOP", 30000)).toBe("200 NOOP ok.\r\n");
    c.destroy();
  });
});

/**
 * Hostile or broken peers over the wire: the server stays up, bounds what it buffers, cleans up, and the
 * other sessions do not notice. Each test keeps a well-behaved "bystander" session open across the abuse.
 */
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, until, WRITE_CONFIG, type TestServer } from "./helpers";
import { TcpClient } from "./tcp-client";

const CRLF = "\r\n";

async function login(s: TestServer, user = "anonymous", pass = "x@y"): Promise<TcpClient> {
  const c = await TcpClient.open(s.port);
  await c.replies(0, 1, 3000);
  c.send(Buffer.from(`USER ${user}${CRLF}PASS ${pass}${CRLF}`));
  const r = await c.replies(1, 2, 3000);
  expect(r[1]).toMatch(/^230 /);
  return c;
}

/** Sends a line and returns the next complete reply. */
async function ask(c: TcpClient, line: string | Buffer, ms = 3000): Promise<string> {
  const n = c.completeReplies().length;
  c.send(typeof line === "string" ? Buffer.from(line + CRLF, "latin1") : line);
  return (await c.replies(n, 1, ms))[0] ?? "(no reply)";
}

describe("ftpd under bad input", () => {
  let s: TestServer;
  let bystander: TcpClient;
  beforeAll(async () => {
    s = await startServer();
    bystander = await login(s);
  });
  afterAll(async () => {
    bystander.destroy();
    await s.close();
  });

  it("answers 1 MiB without a newline with 500 and closes that session only", async () => {
    const c = await TcpClient.open(s.port);
    await c.replies(0, 1, 3000);
    c.send(Buffer.alloc(1 << 20, 0x41));
    const r = await c.replies(1, 1, 3000);
    expect(r[0]).toBe("500 Input line too long.\r\n");
    expect(await c.waitClosed(4000)).toBe(true);
    expect(await ask(bystander, "NOOP")).toBe("200 NOOP ok.\r\n");
  });

  it("treats NUL and Telnet IAC bytes as part of the verb (vsftpd has no Telnet layer)", async () => {
    const c = await login(s);
    expect(await ask(c, Buffer.from("NO\0OP\r\n", "latin1"))).toMatch(/^500 Unknown command/);
    expect(await ask(c, Buffer.from("\xff\xfbNOOP\r\n", "latin1"))).toMatch(/^500 Unknown command/);
    // The one IAC sequence vsftpd knows: the Telnet "urgent" ABOR of RFC 959 clients.
    expect(await ask(c, Buffer.from("\xff\xf4\xff\xf2ABOR\r\n", "latin1"))).toBe(
      "225 No transfer to ABOR.\r\n",
    );
    expect(await ask(c, "NOOP")).toBe("200 NOOP ok.\r\n");
    c.destroy();
    expect(await ask(bystander, "NOOP")).toBe("200 NOOP ok.\r\n");
  });

  it("refuses a PORT to a foreign address without connecting anywhere", async () => {
    const c = await login(s);
    expect(await ask(c, "PORT 10,9,8,7,200,1")).toBe("500 Illegal PORT command.\r\n");
    expect(await ask(c, "EPRT |1|192.0.2.1|40000|")).toBe("500 Illegal EPRT command.\r\n");
    expect(await ask(c, "LIST")).toBe("425 Use PORT or PASV first.\r\n");
    c.destroy();
  });

  it("survives a client that drops the data connection mid-transfer, then one that drops everything", async () => {
    const c = await login(s);
    await ask(c, "TYPE I");
    expect(await ask(c, "PASV")).toMatch(/^227 /);
    const m = /(\d+),(\d+)\)/.exec(c.lastPassive())!;
    const data = net.connect(Number(m[1]) * 256 + Number(m[2]), "127.0.0.1");
    data.on("error", () => undefined);
    data.once("data", () => data.resetAndDestroy());
    const n = c.completeReplies().length;
    c.send(Buffer.from("RETR pub/mib.bin\r\n"));
    const r = await c.replies(n, 2, 5000);
    expect(r[0]).toMatch(/^150 /);
    // Loopback buffers may swallow the whole MiB before the reset: either end is a correct outcome.
    expect(r[1]).toMatch(/^(426 Failure writing network stream|226 Transfer complete)\.\r\n$/);
    expect(await ask(c, "NOOP")).toBe("200 NOOP ok.\r\n");

    expect(await ask(c, "PASV")).toMatch(/^227 /);
    c.send(Buffer.from("STOR nope.bin\r\n"));
    c.destroy();
    expect(await until(() => s.server.openSessions === 1)).toBe(true);
    expect(s.server.openHandles).toEqual({ sockets: 1, listeners: 1 });
    expect(await ask(bystander, "NOOP")).toBe("200 NOOP ok.\r\n");
  });

  it("does not buffer without bound for a peer that sends commands and never reads the replies", async () => {
    const raw = net.connect(s.port, "127.0.0.1");
    raw.on("error", () => undefined);
    raw.pause();
    await new Promise((r) => raw.once("connect", r));
    const before = s.trace.length;
    const lines = Buffer.from("HELP\r\n".repeat(100_000));
    for (let i = 0; i < 10; i++) raw.write(lines);
    await new Promise((r) => setTimeout(r, 500));
    // Once unread replies pass 1 MiB the server stops reading: it took only part of the million lines.
    const read = s.trace.slice(before).filter((l) => l.includes('"verb":"HELP"')).length;
    expect(read).toBeLessThan(100_000);
    expect(await ask(bystander, "NOOP")).toBe("200 NOOP ok.\r\n");
    raw.destroy();
    expect(await until(() => s.server.openSessions === 1)).toBe(true);
  });

  it("ends idle sessions and stalled uploads with vsftpd's timeouts", async () => {
    const t = await startServer({
      config: WRITE_CONFIG + "idle_session_timeout=2\ndata_connection_timeout=1\n",
    });
    const idle = await TcpClient.open(t.port);
    const stalled = await login(t, "profe", "secreto1");
    expect(await ask(stalled, "PASV")).toMatch(/^227 /);
    await stalled.connectData("127.0.0.1", "recv");
    expect(await ask(stalled, "STOR work/stalled.bin")).toMatch(/^150 /);
    const r = await stalled.replies(stalled.completeReplies().length, 1, 3000);
    expect(r[0]).toBe("421 Data timeout. Reconnect. Sorry.\r\n");
    expect((await idle.replies(1, 1, 4000))[0]).toBe("421 Timeout.\r\n");
    expect(await idle.waitClosed(3000)).toBe(true);
    stalled.destroy();
    await t.close();
    expect(await ask(bystander, "NOOP")).toBe("200 NOOP ok.\r\n");
  });
});

describe("ftpd client limits", () => {
  it("answers the connection over max_per_ip with vsftpd's 421 and keeps the others", async () => {
    const s = await startServer({ config: WRITE_CONFIG.replace("max_per_ip=1000", "max_per_ip=2") });
    const a = await TcpClient.open(s.port);
    const b = await TcpClient.open(s.port);
    await a.replies(0, 1, 2000);
    await b.replies(0, 1, 2000);
    const c = await TcpClient.open(s.port);
    expect((await c.replies(0, 1, 2000))[0]).toBe(
      "421 There are too many connections from your internet address.\r\n",
    );
    expect(await c.waitClosed(2000)).toBe(true);
    expect(await ask(a, "USER anonymous")).toMatch(/^331 /);
    for (const x of [a, b, c]) x.destroy();
    await s.close();
  });
});

/**
 * The live view of `npm run ftpd -- --live` over real sockets: a real client (curl) talks to the real
 * server while a watcher reads the event stream; the watcher gets each session as a trace of its own, a
 * late watcher gets the backlog, and the HTTP side refuses what it must (non-loopback Host, foreign
 * origins, paths outside the build, a watcher that stops reading).
 */
import { execFile, spawn } from "node:child_process";
import http from "node:http";
import net from "node:net";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LiveFeed } from "@/lib/live/feed";
import { parseLive } from "@/lib/live/protocol";
import { LiveHub } from "@/lib/node/live-hub";
import { LiveHttp } from "@/lib/node/live-http";
import { curlPath, startServer, until, type TestServer } from "./helpers";
import { TcpClient } from "./tcp-client";

const curl = curlPath();

/** A page's EventSource, reduced: reads `data:` lines into a LiveFeed. */
function watch(port: number, headers: Record<string, string> = {}) {
  const feed = new LiveFeed();
  const problems: string[] = [];
  let status = 0;
  let buf = "";
  const req = http.get({ host: "127.0.0.1", port, path: "/live/events", headers }, (res) => {
    status = res.statusCode ?? 0;
    res.setEncoding("utf8");
    res.on("data", (chunk: string) => {
      buf += chunk;
      for (let i = buf.indexOf("\n\n"); i >= 0; i = buf.indexOf("\n\n")) {
        const frame = buf.slice(0, i);
        buf = buf.slice(i + 2);
        for (const line of frame.split("\n")) {
          if (!line.startsWith("data: ")) continue;
          const r = parseLive(line.slice(6));
          if (r.ok) feed.apply(r.message);
          else problems.push(r.problem);
        }
      }
    });
  });
  req.on("error", () => undefined);
  return { feed, problems, status: () => status, close: () => req.destroy() };
}

function get(port: number, path: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>(
    (resolve, reject) => {
      const req = http.request({ host: "127.0.0.1", port, path, headers, method }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      });
      req.on("error", reject);
      req.end();
    },
  );
}

const runCurl = (args: string[]) =>
  new Promise<string>((resolve, reject) =>
    execFile(curl!, ["--silent", "--show-error", "--max-time", "15", ...args], (e, out, err) =>
      e ? reject(new Error(`${e.message}\n${err}`)) : resolve(out),
    ),
  );

describe("ftpd --live", () => {
  let ftp: TestServer;
  let hub: LiveHub;
  let live: LiveHttp;
  let port = 0;
  const app = mkdtempSync(join(tmpdir(), "ftpd-live-app-"));

  beforeAll(async () => {
    mkdirSync(join(app, "sub"));
    writeFileSync(join(app, "index.html"), "<!doctype html><title>workbench</title>");
    writeFileSync(join(app, "sub", "a.js"), "1");
    hub = new LiveHub({ queuedBytes: 512 * 1024, entriesPerSession: 100_000 });
    ftp = await startServer({ extra: { watcher: hub } });
    live = new LiveHttp({ host: "127.0.0.1", port: 0, hub, appDir: app, origins: ["https://aula.example"] });
    port = (await live.listen()).port;
  });
  afterAll(async () => {
    await live.close();
    await ftp.close();
    rmSync(app, { recursive: true, force: true });
  });

  it.skipIf(!curl)("streams a curl session as it happens, as one trace of its own", async () => {
    const w = watch(port);
    await until(() => w.status() === 200);
    const body = await runCurl([`ftp://127.0.0.1:${ftp.port}/pub/hola.txt`]);
    expect(body).toBe("hola\n");
    expect(await until(() => w.feed.sessions().some((s) => !s.open), 5000)).toBe(true);
    const s = w.feed.sessions()[0]!;
    expect(s.user).toBe("anonymous");
    const trace = w.feed.entriesOf(s.id);
    expect(trace.map((e) => e.seq)).toEqual(trace.map((_, i) => i));
    // Drawn as the simulator draws a session: the control connection's handshake, real ports, then 220.
    const control = trace[0]!.conn;
    const client = { host: "client", addr: "127.0.0.1", port: trace[0]!.from.port };
    const server = { host: "server", addr: "127.0.0.1", port: ftp.port };
    expect(trace.slice(0, 4).map((e) => [e.kind, e.flags ?? e.code, e.conn, e.channel])).toEqual([
      ["SegmentSent", "SYN", control, "control"],
      ["SegmentSent", "SYN,ACK", control, "control"],
      ["SegmentSent", "ACK", control, "control"],
      ["ReplySent", 220, control, "control"],
    ]);
    expect(trace[0]).toMatchObject({ from: client, to: server, note: { key: "server.realAccepted" } });
    expect(trace[1]).toMatchObject({ from: server, to: client });
    // The data connection: opened by curl to the port 229 announced, closed by the server after the file.
    const epsvPort = Number(/\(\|\|\|(\d+)\|\)/.exec(trace.find((e) => e.code === 229)!.text!)![1]);
    const syn = trace.find((e) => e.channel === "data" && e.flags === "SYN")!;
    expect(syn.to).toEqual({ host: "server", addr: "127.0.0.1", port: epsvPort });
    const data = trace.filter((e) => e.conn === syn.conn).map((e) => `${e.from.host}:${e.flags ?? e.kind}`);
    expect(data.slice(0, 4)).toEqual(["client:SYN", "server:SYN,ACK", "client:ACK", "server:DataSent"]);
    expect(data).toContain("server:FIN,ACK");
    expect(data).toContain("client:FIN,ACK");
    const dataFin = trace.findIndex((e) => e.conn === syn.conn && e.flags === "FIN,ACK");
    expect(dataFin).toBeLessThan(trace.findIndex((e) => e.code === 226));
    // The control connection closes after 221: each side's FIN.
    const bye = trace.findIndex((e) => e.code === 221);
    const closing = trace.slice(bye).filter((e) => e.conn === control && e.kind === "SegmentSent");
    expect(closing.map((e) => `${e.from.host}:${e.flags}`)).toEqual(
      expect.arrayContaining(["server:FIN,ACK", "client:FIN,ACK"]),
    );
    // Each command the client sent starts a step, as a typed line does in the simulator.
    const commands = trace.filter((e) => e.kind === "CommandSent");
    expect(commands.map((e) => e.step)).toEqual(commands.map((_, i) => i));
    expect(trace[3]!.step).toBe(-1);
    expect(trace.at(-1)!.step).toBe(commands.length - 1);
    expect(trace.filter((e) => e.kind === "CommandSent").map((e) => e.verb)).toEqual(
      expect.arrayContaining(["USER", "PASS", "EPSV", "RETR"]),
    );
    expect(trace.some((e) => e.kind === "DataSent" && e.text === "hola\n")).toBe(true);
    expect(trace.some((e) => e.kind === "ReplySent" && e.code === 226)).toBe(true);
    expect(w.problems).toEqual([]);
    w.close();
  });

  it.skipIf(!curl)("draws an active-mode data connection as opened by the server", async () => {
    const w = watch(port);
    await until(() => w.status() === 200);
    const body = await runCurl(["--ftp-port", "127.0.0.1", `ftp://127.0.0.1:${ftp.port}/pub/hola.txt`]);
    expect(body).toBe("hola\n");
    expect(await until(() => w.feed.sessions().some((s) => !s.open), 5000)).toBe(true);
    const trace = w.feed.entriesOf(w.feed.sessions()[0]!.id);
    const eprt = trace.find((e) => e.verb === "EPRT" || e.verb === "PORT")!;
    const syn = trace.find((e) => e.channel === "data" && e.flags === "SYN")!;
    expect(syn.seq).toBeGreaterThan(eprt.seq);
    expect(syn).toMatchObject({ from: { host: "server" }, note: { key: "server.realConnected" } });
    const handshake = trace.filter((e) => e.conn === syn.conn && e.kind === "SegmentSent").slice(0, 3);
    expect(handshake.map((e) => `${e.from.host}:${e.flags}`)).toEqual([
      "server:SYN",
      "client:SYN,ACK",
      "server:ACK",
    ]);
    w.close();
  });

  it("gives a late watcher the backlog, and keeps two clients' sessions apart", async () => {
    const a = await TcpClient.open(ftp.port);
    const b = await TcpClient.open(ftp.port);
    a.send(Buffer.from("USER anna\r\n"));
    b.send(Buffer.from("USER bruno\r\n"));
    await a.replies(0, 2, 3000);
    await b.replies(0, 2, 3000);
    const w = watch(port);
    const both = () => ["anna", "bruno"].every((u) => w.feed.sessions().some((s) => s.user === u && s.open));
    expect(await until(both, 5000)).toBe(true);
    const anna = w.feed.sessions().find((s) => s.user === "anna")!;
    const annaFtp = w.feed.entriesOf(anna.id).filter((e) => e.layer === "ftp");
    expect(annaFtp.map((e) => e.text)).toEqual([
      "220 (vsFTPd 3.0.3)\r\n",
      "USER anna\r\n",
      "331 Please specify the password.\r\n",
    ]);
    a.destroy();
    b.destroy();
    expect(
      await until(
        () =>
          w.feed
            .sessions()
            .filter((s) => ["anna", "bruno"].includes(s.user ?? ""))
            .every((s) => !s.open),
        5000,
      ),
    ).toBe(true);
    w.close();
  });

  it("keeps a class of 30 clients at once apart, each session its own trace", async () => {
    const w = watch(port);
    await until(() => w.status() === 200);
    const before = new Set(w.feed.sessions().map((s) => s.id));
    const clients = await Promise.all(Array.from({ length: 30 }, () => TcpClient.open(ftp.port)));
    clients.forEach((c, i) => c.send(Buffer.from(`USER alumno${i}\r\nPWD\r\n`)));
    await Promise.all(clients.map((c) => c.replies(0, 3, 5000)));
    const mine = () => w.feed.sessions().filter((s) => !before.has(s.id) && s.entries >= 5);
    expect(await until(() => mine().length === 30, 10_000)).toBe(true);
    for (const s of mine()) {
      const texts = w.feed
        .entriesOf(s.id)
        .filter((e) => e.layer === "ftp")
        .map((e) => e.text);
      expect(texts[1]).toBe(`USER ${s.user}\r\n`);
      expect(texts).toContain("PWD\r\n");
      expect(texts).toContain("331 Please specify the password.\r\n");
    }
    expect(new Set(mine().map((s) => s.user)).size).toBe(30);
    for (const c of clients) c.destroy();
    w.close();
  });

  it("answers its status, and serves the build without leaving it", async () => {
    const st = await get(port, "/live/status");
    expect(JSON.parse(st.body)).toMatchObject({ server: "ftpviz-ftpd", version: 1 });
    expect((await get(port, "/")).body).toContain("workbench");
    expect((await get(port, "/sub/a.js")).headers["content-type"]).toContain("javascript");
    for (const path of [
      "/../../etc/passwd",
      "/%2e%2e/%2e%2e/etc/passwd",
      "/sub/..%2f..%2f..%2fetc/passwd",
      "/%00",
      "/%zz",
    ])
      expect((await get(port, path)).status, path).toBeGreaterThanOrEqual(400);
    expect((await get(port, "/nothing-here")).status).toBe(404);
    expect((await get(port, "/live/status", {}, "POST")).status).toBe(405);
  });

  it("answers garbage with 400 and goes on serving", async () => {
    const sock = net.connect({ host: "127.0.0.1", port });
    let got = "";
    sock.on("data", (b: Buffer) => (got += b.toString("latin1")));
    sock.on("error", () => undefined);
    sock.write(Buffer.from([0x16, 0x03, 0x01, 0x00, 0x05, 0xff, 0x00, 0x0d, 0x0a, 0x0d, 0x0a]));
    expect(await until(() => got.startsWith("HTTP/1.1 400"), 5000)).toBe(true);
    sock.destroy();
    expect((await get(port, "/live/status")).status).toBe(200);
  });

  it("refuses a Host that is not loopback (DNS rebinding) and origins not allowed", async () => {
    expect((await get(port, "/live/status", { host: "evil.example:8021" })).status).toBe(403);
    const foreign = await get(port, "/live/events", { origin: "https://evil.example" });
    expect(foreign.status).toBe(403);
    expect(foreign.body).toContain("--live-origin https://evil.example");
    const loop = await get(port, "/live/status", { origin: "http://localhost:3000" });
    expect(loop.headers["access-control-allow-origin"]).toBe("http://localhost:3000");
    const allowed = await get(
      port,
      "/live/status",
      {
        origin: "https://aula.example",
        "access-control-request-private-network": "true",
      },
      "OPTIONS",
    );
    expect(allowed.status).toBe(204);
    expect(allowed.headers["access-control-allow-private-network"]).toBe("true");
  });

  it.skipIf(!curl)(
    "drops a watcher that stops reading (bounded memory); a reading one goes on",
    async () => {
      // A raw socket that never reads: its queue grows past queuedBytes while a session runs.
      const stuck = net.connect({ host: "127.0.0.1", port });
      stuck.on("error", () => undefined);
      stuck.pause();
      stuck.write("GET /live/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
      const base = hub.watching;
      expect(await until(() => hub.watching === base + 1)).toBe(true);
      // A watcher in another process (this one is busy serving), reading all the time into a file (a pipe
      // to this process would make it wait for us).
      const out = join(app, "stream.txt");
      const url = `http://127.0.0.1:${port}/live/events`;
      const good = spawn(curl!, ["--silent", "--no-buffer", "-o", out, url]);
      const seen = () => {
        try {
          return readFileSync(out, "latin1").includes("the-last-one");
        } catch {
          return false;
        }
      };
      expect(await until(() => hub.watching === base + 2, 5000)).toBe(true);
      const c = await TcpClient.open(ftp.port);
      // Each unknown command and its reply go to every watcher: ~10 MB, past what the kernel buffers for
      // the stuck socket and then past the 512 KiB the hub may queue for it. Paced by the replies, as a
      // real client is, so the reading watcher keeps up on a loaded machine.
      for (let i = 0; i < 300; i++) {
        c.send(Buffer.from(`XYZZ ${"x".repeat(1500)}\r\n`.repeat(20)));
        await c.replies(1 + i * 20, 20, 5000);
      }
      c.send(Buffer.from("NOOP the-last-one\r\n"));
      expect(await until(seen, 30_000)).toBe(true);
      expect(hub.watching).toBe(base + 1);
      expect(good.exitCode).toBe(null);
      good.kill();
      c.destroy();
      stuck.destroy();
    },
    90_000,
  );
});

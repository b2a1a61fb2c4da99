/**
 * `npm run ftpd -- --live` as a process: it prints the live view's address, answers there, streams a real
 * session, and stops on SIGTERM; bad --live, --write and --etc flags get a message and exit code 2, never
 * a crash.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import http from "node:http";
import { afterAll, describe, expect, it } from "vitest";
import { TcpClient } from "./tcp-client";

const children = new Set<ChildProcess>();
const ftpd = (args: string[]) => [process.execPath, ["--import", "tsx", "scripts/ftpd.ts", ...args]] as const;

function start(
  args: string[],
): Promise<{ child: ChildProcess; port: number; live: number; err: () => string }> {
  const [cmd, argv] = ftpd(args);
  const child = spawn(cmd, argv, { stdio: ["ignore", "ignore", "pipe"] });
  children.add(child);
  child.once("exit", () => children.delete(child));
  let err = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`ftpd did not start: ${err}`)), 20_000);
    child.stderr!.on("data", (b: Buffer) => {
      err += b.toString();
      const ftp = /listening on [\d.]+:(\d+)/.exec(err);
      const live = /live view on http:\/\/127\.0\.0\.1:(\d+)\//.exec(err);
      if (ftp && live) {
        clearTimeout(timer);
        resolve({ child, port: Number(ftp[1]), live: Number(live[1]), err: () => err });
      }
    });
    child.once("exit", (code) => reject(new Error(`ftpd exited ${code}: ${err}`)));
  });
}

/** Reads the event stream until `done(text)` holds. */
function readStream(port: number, done: (text: string) => boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    const req = http.get({ host: "127.0.0.1", port, path: "/live/events" }, (res) => {
      res.setEncoding("utf8");
      res.on("data", (c: string) => {
        text += c;
        if (done(text)) {
          req.destroy();
          resolve(text);
        }
      });
    });
    req.on("error", reject);
    setTimeout(() => (req.destroy(), reject(new Error(`stream so far: ${text}`))), 15_000).unref();
  });
}

describe("npm run ftpd -- --live", () => {
  afterAll(() => {
    for (const c of children) c.kill("SIGKILL");
  });

  it("prints the live address, streams a session there, and stops on SIGTERM", async () => {
    const { child, port, live } = await start(["--port", "0", "--live", "--live-port", "0"]);
    // Without --root or a config of one's own: the classroom tree from memory (readme.txt), not /srv/ftp.
    const stream = readStream(live, (t) => t.includes("221 Goodbye."));
    await new Promise((r) => setTimeout(r, 200));
    const c = await TcpClient.open(port);
    c.send(Buffer.from("USER anonymous\r\nPASS x@y\r\nSTAT readme.txt\r\nQUIT\r\n"));
    const text = await stream;
    expect(text).toContain('"type":"hello"');
    expect(text).toContain('"text":"USER anonymous\\r\\n"');
    expect(text).toContain('"code":230');
    expect(text).toMatch(/-rw-r--r-- +1 1001 +1001 +\d+ \w{3} [ \d]\d +\d{4} readme\.txt/);
    c.destroy();
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
    expect(child.exitCode).toBe(0);
  }, 40_000);

  it.each([
    [["--live-origin", "https://aula.example/path"], /--live-origin wants an origin/],
    [["--live-origin", "aula.example"], /--live-origin wants an origin/],
    [["--live-port", "70000"], /--live-port wants a whole number from 0 to 65535/],
    [["--live-port"], /--live-port needs a value/],
    [["--write-limit", "lots"], /--write-limit wants a whole number/],
    [["--write"], /--write needs a tree on disk/],
    [["--etc", "/nonexistent-ftpviz"], /--etc \/nonexistent-ftpviz is not a directory/],
  ])(
    "refuses %j with a message and exit code 2",
    (flags, message) => {
      const [cmd, argv] = ftpd(["--port", "0", "--live", ...flags]);
      const r = spawnSync(cmd, argv, { encoding: "utf8", timeout: 20_000 });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // a message, not a stack trace
    },
    30_000,
  );

  it("says so when the live port is taken", async () => {
    const busy = http.createServer();
    await new Promise<void>((r) => busy.listen(0, "127.0.0.1", r));
    const taken = (busy.address() as { port: number }).port;
    const [cmd, argv] = ftpd(["--port", "0", "--live", "--live-port", String(taken)]);
    const r = spawnSync(cmd, argv, { encoding: "utf8", timeout: 20_000 });
    busy.close();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`cannot serve the live view on 127.0.0.1:${taken}`);
  }, 30_000);
});

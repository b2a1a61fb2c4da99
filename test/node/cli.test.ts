/**
 * `npm run ftpd` as a process: --root serves a directory from disk (the disk is never written), --user,
 * --config, --trace FILE; listings show the files' real dates; SIGTERM closes and says how many sessions
 * were open; the trace file is one well-formed trace (parseTraceJsonl).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { Client } from "basic-ftp";
import { afterAll, describe, expect, it } from "vitest";
import { parseTraceJsonl } from "@/lib/trace/serialize";
import { blob, sha } from "./helpers";

const dir = mkdtempSync(join(tmpdir(), "ftpd-cli-"));
const root = join(dir, "root");
const DATA = blob(70_000, 3);
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Every ftpd this file starts; whatever a failed test left running is stopped in afterAll. */
const children = new Set<ChildProcess>();

function startCli(args: string[]): Promise<{ child: ChildProcess; port: number; stderr: () => string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/ftpd.ts", ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  child.once("exit", () => children.delete(child));
  let err = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`ftpd did not start: ${err}`));
    }, 15_000);
    child.stderr!.on("data", (b: Buffer) => {
      err += b.toString();
      const m = /listening on [\d.]+:(\d+)/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve({ child, port: Number(m[1]), stderr: () => err });
      }
    });
    child.once("exit", (code) => reject(new Error(`ftpd exited ${code}: ${err}`)));
  });
}

describe("npm run ftpd (the CLI)", () => {
  afterAll(() => {
    for (const child of children) child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  });

  it("serves --root with --user, writes --trace, and stops cleanly on SIGTERM", async () => {
    const { mkdirSync } = await import("node:fs");
    mkdirSync(join(root, "docs"), { recursive: true });
    writeFileSync(join(root, "docs", "data.bin"), DATA);
    // A file from three days ago lists as "Mon DD HH:MM" (vsftpd's recent format): dates come from disk.
    const when = new Date(Date.now() - 3 * 86400_000);
    utimesSync(join(root, "docs", "data.bin"), when, when);
    writeFileSync(join(dir, "vsftpd.conf"), "anonymous_enable=NO\nlocal_enable=YES\nwrite_enable=YES\n");
    const trace = join(dir, "trace.jsonl");
    const args = [
      "--port",
      "0",
      "--root",
      root,
      "--user",
      "maria:clave",
      "--config",
      join(dir, "vsftpd.conf"),
    ];
    const { child, port, stderr } = await startCli([...args, "--trace", trace]);
    const exited = new Promise<number | null>((r) => child.once("exit", r));

    const c = new Client(10_000);
    await c.access({ host: "127.0.0.1", port, user: "maria", password: "clave" });
    const [listed] = await c.list("docs");
    expect(listed?.name).toBe("data.bin");
    expect(listed?.rawModifiedAt).toMatch(
      new RegExp(`^${MONTHS[when.getUTCMonth()]} +${when.getUTCDate()} \\d\\d:\\d\\d$`),
    );
    const parts: Buffer[] = [];
    const sink = new Writable({ write: (b: Buffer, _e, done) => (parts.push(b), done()) });
    await c.downloadTo(sink, "docs/data.bin");
    expect(sha(Buffer.concat(parts))).toBe(sha(DATA));
    const { Readable } = await import("node:stream");
    await c.uploadFrom(Readable.from([Buffer.from("only in memory")]), "docs/new.txt");
    expect((await c.list("docs")).map((f) => f.name).sort()).toEqual(["data.bin", "new.txt"]);
    expect(readdirSync(join(root, "docs"))).toEqual(["data.bin"]);

    child.kill("SIGTERM"); // one session still open
    expect(await exited).toBe(0);
    c.close();
    expect(stderr()).toMatch(/SIGTERM: listeners closed, 1 session\(s\) were open/);
    const parsed = parseTraceJsonl(readFileSync(trace, "utf8"));
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    if (parsed.ok) {
      const kinds = new Set(parsed.trace.map((e) => e.kind));
      for (const k of ["ReplySent", "CommandSent", "DataSent", "ListenOpened"]) expect(kinds).toContain(k);
    }
  }, 30_000);

  it("refuses a config vsftpd would refuse, with exit code 2", async () => {
    writeFileSync(join(dir, "bad.conf"), "listen=MAYBE\n");
    await expect(startCli(["--port", "0", "--config", join(dir, "bad.conf")])).rejects.toThrow(/exited 2/);
  }, 20_000);
});

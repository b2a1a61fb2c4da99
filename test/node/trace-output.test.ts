/**
 * Issue 13, finding 6: the --trace output is bounded and respects back-pressure. A stream that stops
 * draining gets nothing beyond its queue limit (entries are counted and a note says how many are
 * missing, with `seq` still gapless); the trace ends with a note at its size limit; and a real ftpd
 * whose `--trace -` pipe nobody reads keeps flat memory under a NOOP flood.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import net from "node:net";
import { Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { ServerTrace } from "@/lib/node/real-trace";
import { boundedSink } from "@/lib/node/trace-writer";
import { parseTraceJsonl } from "@/lib/trace/serialize";

const END = { host: "server", addr: "127.0.0.1", port: 21 };
const emitOne = (t: ServerTrace, i: number) =>
  t.emit({
    kind: "Decision",
    layer: "ftp",
    from: END,
    to: END,
    conn: 0,
    note: { key: "server.gated", params: { i } },
  });

/** A stream whose writes never complete: everything written stays queued in it. */
const stuck = () => new Writable({ highWaterMark: 1024, write: () => undefined });

describe("the trace output", () => {
  it("drops what a stalled stream cannot take, says how many, and keeps seq gapless", () => {
    const lines: string[] = [];
    let open = true;
    const t = new ServerTrace(
      (l) => (open ? lines.push(l) > 0 : false),
      () => 0,
    );
    for (let i = 0; i < 3; i++) emitOne(t, i);
    open = false;
    for (let i = 3; i < 10; i++) emitOne(t, i);
    open = true;
    emitOne(t, 10);
    const parsed = parseTraceJsonl(lines.join("\n"));
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    if (!parsed.ok) return;
    expect(parsed.trace.map((e) => e.note?.key)).toEqual([
      "server.gated",
      "server.gated",
      "server.gated",
      "server.traceDropped",
      "server.gated",
    ]);
    expect(parsed.trace[3]?.note?.params).toEqual({ count: 7 });
  });

  it("ends with a note at its size limit and writes nothing after it", () => {
    const lines: string[] = [];
    const t = new ServerTrace(
      (l) => lines.push(l),
      () => 0,
      { maxBytes: 2000 },
    );
    for (let i = 0; i < 100; i++) emitOne(t, i);
    expect(lines.join("\n").length).toBeLessThan(2000 + 400);
    expect(JSON.parse(lines[lines.length - 1]!).note).toEqual({
      key: "server.traceLimit",
      params: { mib: 0 },
    });
    expect(t.enabled).toBe(false);
    const parsed = parseTraceJsonl(lines.join("\n"));
    expect(parsed.ok).toBe(true);
  });

  it("never queues more than its limit into a stream that does not drain", () => {
    const out = stuck();
    const sink = boundedSink(out, 64 * 1024, () => undefined);
    let taken = 0;
    for (let i = 0; i < 10_000; i++) if (sink("x".repeat(200)) !== false) taken++;
    expect(out.writableLength).toBeLessThanOrEqual(64 * 1024 + 201);
    expect(taken).toBeLessThan(400);
  });

  it("stops (once, with a message) when the stream fails, as a closed pipe does", () => {
    const out = new Writable({
      write: (_c, _e, done) => done(Object.assign(new Error("EPIPE"), { code: "EPIPE" })),
    });
    const errors: string[] = [];
    const sink = boundedSink(out, 1 << 20, (e) => errors.push(e.message));
    sink("a");
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        expect(sink("b")).toBe(false);
        expect(errors).toEqual(["EPIPE"]);
        resolve();
      }),
    );
  });
});

const children = new Set<ChildProcess>();
afterAll(() => {
  for (const c of children) c.kill("SIGKILL");
});

const rssKib = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);

describe("ftpd --trace - into a pipe nobody reads", () => {
  it("keeps its memory flat while a client floods NOOPs", async () => {
    // A small heap: what an unbounded writer queues (hundreds of MB here) would end the process.
    const child = spawn(
      process.execPath,
      ["--max-old-space-size=160", "--import", "tsx", "scripts/ftpd.ts", "--port", "0", "--trace", "-"],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    children.add(child);
    child.stdout!.pause(); // nobody reads the trace
    const port = await new Promise<number>((resolve, reject) => {
      let err = "";
      child.stderr!.on("data", (b: Buffer) => {
        err += b.toString();
        const m = /listening on [\d.]+:(\d+)/.exec(err);
        if (m) resolve(Number(m[1]));
      });
      child.once("exit", (code) => reject(new Error(`ftpd exited ${code}: ${err}`)));
    });
    const sock = net.connect({ host: "127.0.0.1", port });
    let replies = 0;
    sock.on("data", (b: Buffer) => (replies += b.toString("latin1").split("\n").length - 1));
    await new Promise((r) => sock.once("connect", r));
    await new Promise((r) => setTimeout(r, 300));
    const before = rssKib(child.pid!);
    // 250,000 NOOPs: some 100 MB of trace lines, which an unbounded writer would keep in memory.
    const N = 250_000;
    const batch = Buffer.from("NOOP\r\n".repeat(1000));
    for (let i = 0; i < N / 1000; i++)
      if (!sock.write(batch)) await new Promise((r) => sock.once("drain", r));
    const end = Date.now() + 60_000;
    while (replies < N + 1 && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
    expect(replies).toBe(N + 1);
    const after = rssKib(child.pid!);
    sock.destroy();
    child.kill("SIGKILL");
    console.log(`ftpd RSS ${before} KiB before, ${after} KiB after ${N} NOOPs`);
    expect(child.exitCode).toBe(null);
  }, 90_000);
});

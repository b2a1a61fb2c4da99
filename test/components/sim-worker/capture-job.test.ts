import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runJob } from "@/components/sim-worker/jobs";
import { JobRunner, type WorkerLike } from "@/components/sim-worker/runner";
import type { WorkerReply, WorkerRequest } from "@/components/sim-worker/protocol";
import { captureFailed, captureTooSlow, readCaptureFile } from "@/components/teaching/open-capture";
import { problemText } from "@/lib/pcap/problems";
import { IMPORT_LIMITS } from "@/lib/pcap/limits";

/*
 * Issue 18: a capture is read in the background worker (job "importCapture"), with the worker's time
 * budget behind the import's own limits; its bytes move to the worker instead of being copied; a
 * capture that runs past the budget, or kills the worker, is named in the import's words (es and en),
 * never in the simulation's.
 */

const fixture = () =>
  new Uint8Array(readFileSync(join(__dirname, "../../fixtures/captures/curl-vsftpd-pasv.pcap")));

class FakeWorker implements WorkerLike {
  onmessage: ((ev: MessageEvent) => void) | null = null;
  onerror: ((ev: ErrorEvent) => void) | null = null;
  onmessageerror: ((ev: MessageEvent) => void) | null = null;
  sent: { req: WorkerRequest; transfer?: Transferable[] }[] = [];
  terminated = false;
  postMessage(m: unknown, transfer?: Transferable[]) {
    this.sent.push({ req: m as WorkerRequest, transfer });
  }
  terminate() {
    this.terminated = true;
  }
  reply(r: WorkerReply) {
    this.onmessage?.({ data: r } as MessageEvent);
  }
}

function captureRunner(budgetMs: number) {
  const workers: FakeWorker[] = [];
  const timers: (() => void)[] = [];
  const runner = new JobRunner({
    makeWorker: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    inline: async (req) => runJob(req),
    budgetMs: () => budgetMs,
    tooSlow: captureTooSlow,
    failed: captureFailed,
    setTimer: (fn) => timers.push(fn),
    clearTimer: () => {},
  });
  return { runner, workers, timers };
}

/** A file as the page hands it over (a Blob), and the job run directly, as the worker would run it. */
const blob = (bytes: Uint8Array) => new Blob([bytes as BlobPart]);
const direct = async (bytes: Uint8Array) => {
  const r = runJob({ id: 1, job: "importCapture", input: { bytes, maxMs: 15_000 } });
  return r.ok ? { ok: true as const, result: r.result } : { ok: false as const, problem: r.problem };
};

describe("the importCapture job", () => {
  it("reads a real capture into the trace the page draws", () => {
    const r = runJob({ id: 7, job: "importCapture", input: { bytes: fixture(), maxMs: 15_000 } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.id).toBe(7);
    expect(r.result.packets).toBe(35);
    expect(r.result.trace).toHaveLength(31);
    expect(r.result.trace.find((e) => e.code === 227)?.text).toContain("(127,0,0,1,12,191)");
  });

  it("answers a file that is not a capture with a result naming it, not an exception", async () => {
    const r = await readCaptureFile(blob(new TextEncoder().encode("this is not a capture at all")), direct);
    expect(r?.trace).toEqual([]);
    expect(r?.issues.map((p) => p.key)).toEqual(["pcap.p.notCapture"]);
  });
});

describe("the page's side of a capture", () => {
  it("moves the file's bytes to the worker instead of copying them", async () => {
    const { runner, workers } = captureRunner(20_000);
    const bytes = fixture();
    const p = readCaptureFile(blob(bytes), (b) =>
      runner.run("importCapture", { bytes: b, maxMs: 15_000 }, [b.buffer as ArrayBuffer]),
    );
    await expect.poll(() => workers[0]?.sent.length ?? 0).toBe(1);
    const { req, transfer } = workers[0]!.sent[0]!;
    const sent = (req.input as { bytes: Uint8Array }).bytes;
    expect(transfer).toEqual([sent.buffer]);
    workers[0]!.reply(runJob(req));
    expect((await p)?.trace).toHaveLength(31);
  });

  it("names a capture past the worker's budget in the import's words, in es and en", async () => {
    const { runner, workers, timers } = captureRunner(20_000);
    const p = readCaptureFile(blob(fixture()), (b) =>
      runner.run("importCapture", { bytes: b, maxMs: 15_000 }),
    );
    await expect.poll(() => timers.length).toBe(1);
    timers[0]!();
    const r = (await p)!;
    expect(workers[0]!.terminated).toBe(true);
    expect(r.trace).toEqual([]);
    expect(problemText(r.issues[0]!, "en")).toBe(
      "reading it took more than 20 s, the time one capture may take here, so it was stopped; your session is as it was",
    );
    expect(problemText(r.issues[0]!, "es")).toBe(
      "leerla tardó más de 20 s, el tiempo que puede tardar aquí una captura, y se detuvo; tu sesión sigue como estaba",
    );
  });

  it("names a worker that died reading the capture (out of memory) in es and en", async () => {
    const { runner, workers } = captureRunner(20_000);
    const p = readCaptureFile(blob(fixture()), (b) =>
      runner.run("importCapture", { bytes: b, maxMs: 15_000 }),
    );
    await expect.poll(() => workers.length).toBe(1);
    workers[0]!.onerror?.({ message: "Out of memory", preventDefault: () => {} } as ErrorEvent);
    const r = (await p)!;
    expect(problemText(r.issues[0]!, "en")).toBe(
      "it could not be read here (Out of memory); your session is as it was",
    );
    expect(problemText(r.issues[0]!, "es")).toBe(
      "no se pudo leer aquí (Out of memory); tu sesión sigue como estaba",
    );
  });

  it("refuses a file larger than the import reads before reading it", async () => {
    let read = false;
    const huge = {
      size: IMPORT_LIMITS.maxBytes + 1,
      arrayBuffer: async () => ((read = true), new ArrayBuffer(0)),
    } as unknown as Blob;
    let ran = false;
    const r = await readCaptureFile(huge, async () => ((ran = true), { ok: false, superseded: true }));
    expect(read || ran).toBe(false);
    expect(r?.issues.map((p) => p.key)).toEqual(["pcap.p.tooBig"]);
  });

  it("gives nothing back for a capture a newer one replaced", async () => {
    const r = await readCaptureFile(blob(fixture()), async () => ({ ok: false, superseded: true }));
    expect(r).toBeNull();
  });
});

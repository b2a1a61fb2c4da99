/**
 * Opens a capture file as a trace: refused before reading when it is larger than the import may read,
 * else its bytes go to the worker (components/sim-worker/use-capture-import), and whatever comes back (a
 * trace, or the problem that stopped it) is one result with its problems as i18n notes.
 */
import type { ImportResult } from "@/lib/pcap/import";
import { IMPORT_LIMITS } from "@/lib/pcap/limits";
import { problem, problemText, type Problem } from "@/lib/pcap/problems";
import type { JobOutcome } from "@/components/sim-worker/runner";

export type CaptureOpened = Pick<ImportResult, "trace" | "problems" | "issues" | "packets">;

const mib = (n: number) => `${(n / 1048576).toFixed(1)} MiB`;

/** A capture that ran past the worker's budget (ms), or a worker that died reading it, in the import's words. */
export const captureTooSlow = (ms: number): Problem =>
  problem("p.tooSlow", { seconds: Math.round(ms / 100) / 10 });
export const captureFailed = (error: string): Problem => problem("p.failed", { error });

const failed = (p: Problem): CaptureOpened => ({
  trace: [],
  problems: [problemText(p)],
  issues: [p],
  packets: 0,
});

/** The file read by `run` (the worker's job); null when a newer file replaced this one. */
export async function readCaptureFile(
  file: Blob,
  run: (bytes: Uint8Array) => Promise<JobOutcome<"importCapture">>,
): Promise<CaptureOpened | null> {
  // Refused before reading: a huge file must not fill the tab's memory just to be rejected.
  if (file.size > IMPORT_LIMITS.maxBytes)
    return failed(problem("p.tooBig", { size: mib(file.size), max: mib(IMPORT_LIMITS.maxBytes) }));
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    // The browser could not read the file (removed, or no memory for it): said, not thrown.
    return failed(captureFailed(e instanceof Error ? e.message : String(e)));
  }
  const out = await run(bytes);
  if (out.ok) return out.result;
  if ("superseded" in out) return null;
  return failed(out.problem);
}

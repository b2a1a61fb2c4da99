"use client";
/**
 * Reads capture files in a background worker of their own (the simulation's worker script, job
 * "importCapture"), with a time budget: a huge or hostile capture never freezes the page, and a
 * simulation running meanwhile is not disturbed. Each file replaces the one before it.
 */
import { useEffect, useMemo, useRef } from "react";
import type { CaptureOpened } from "@/components/teaching/open-capture";
import { JobRunner } from "./runner";
import { budgetOverride, makeWorker } from "./use-simulation";

/** The worker's hard budget per capture: the import stops itself earlier (IMPORT_MAX_MS), keeping what it read. */
export const CAPTURE_TIME_BUDGET_MS = 20_000;
const IMPORT_MAX_MS = 15_000;

export interface CaptureReader {
  /** The capture as a trace with its problems, or null when a newer file replaced it. */
  open(file: File): Promise<CaptureOpened | null>;
}

export function useCaptureImport(): CaptureReader {
  // The capture reader's code (and its problems' words) loads with the first capture, not with the page.
  const runnerRef = useRef<JobRunner | null>(null);
  useEffect(
    () => () => {
      runnerRef.current?.dispose();
      runnerRef.current = null;
    },
    [],
  );
  return useMemo(
    () => ({
      open: async (file) => {
        const { captureFailed, captureTooSlow, readCaptureFile } =
          await import("@/components/teaching/open-capture");
        const runner = (runnerRef.current ??= new JobRunner({
          makeWorker: () => makeWorker("capture"),
          inline: async (req) => (await import("./jobs")).runJob(req),
          budgetMs: () => budgetOverride() ?? CAPTURE_TIME_BUDGET_MS,
          tooSlow: captureTooSlow,
          failed: captureFailed,
        }));
        return readCaptureFile(file, (bytes) =>
          runner.run("importCapture", { bytes, maxMs: IMPORT_MAX_MS }, [bytes.buffer as ArrayBuffer]),
        );
      },
    }),
    [],
  );
}

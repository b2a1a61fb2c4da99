/**
 * What one simulation may cost, so that no scenario, link or typed line can exhaust the page or the
 * CLI. Each number is checked where the input enters (the scenario check, the server's disk, the
 * scheduler's loop) and each refusal names its budget.
 */
import type { VfsLimits } from "../vfs/vfs";

export const SIM_BUDGETS = {
  /**
   * Bytes of file content a scenario may declare (text, base64 and generated sizes together, server
   * and client): the lessons need a few MiB; a 64 MiB transfer is already ~180,000 trace entries.
   */
  maxScenarioBytes: 64 * 1024 * 1024,
  /** Entries one simulation may record; the largest lesson records a few thousand. */
  maxTraceEntries: 100_000,
} as const;

/** The simulated server's disk: the largest file a session can make, and how many it can create. */
export const SIM_DISK: VfsLimits = { maxFileBytes: SIM_BUDGETS.maxScenarioBytes, maxCreatedNodes: 5_000 };

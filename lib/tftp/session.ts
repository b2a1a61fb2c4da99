/**
 * The TFTP session: the same contract as the FTP one (lib/sim/kernel/session.ts), so the workbench
 * and the terminal render a TFTP scenario unchanged. The scenario's topology, seed, server files and
 * client files are reused; `tftp` holds the TFTP settings and `loss` the per-link loss plan.
 */
import { SIM_BUDGETS } from "../sim/budgets";
import { sessionOf, type Session } from "../sim/kernel/session";
import { topologyOf } from "../sim/compose";
import { DEFAULT_CLIENT_FILES, DEFAULT_FILES } from "../sim/defaults";
import type { Scenario, ScenarioFile } from "../sim/scenario";
import { createSimNetwork } from "../net/port";
import { base64Bytes, utf8Bytes } from "../util/bytes";
import { createRng } from "../util/rng";
import { createTftpClient, PROMPT } from "./client";
import { lossPlan } from "./loss";
import { TftpSimulation } from "./scheduler";
import { createTftpServer } from "./server";
import type { ServedFile } from "./server-rules";

/** Files the TFTP root serves: the scenario's regular files with content (generated ones are skipped). */
export function servedFiles(files: readonly ScenarioFile[]): Map<string, ServedFile> {
  const out = new Map<string, ServedFile>();
  for (const f of files) {
    if ((f.type ?? "file") !== "file") continue;
    const bytes =
      f.base64 !== undefined ? base64Bytes(f.base64) : f.text !== undefined ? utf8Bytes(f.text) : undefined;
    if (!bytes) continue;
    const mode = f.mode !== undefined ? parseInt(f.mode.replace(/^0o/, ""), 8) : 0o644;
    out.set(f.path.replace(/^\/+/, ""), { bytes, mode: Number.isNaN(mode) ? 0o644 : mode });
  }
  return out;
}

export function openTftpSession(scenario: Scenario): Session {
  const seed = scenario.seed ?? 1;
  const lose = lossPlan(scenario.loss, seed);
  const network = createSimNetwork(topologyOf(scenario), seed, lose ? { lose } : {});
  const rng = createRng(seed);
  const t = scenario.tftp ?? {};
  const client = createTftpClient({
    resolve: (name) => network.resolve("client", name),
    localFiles: new Map(
      Object.entries(scenario.client?.files ?? DEFAULT_CLIENT_FILES).map(([k, v]) => [k, utf8Bytes(v)]),
    ),
    ...(t.client?.mode ? { mode: t.client.mode } : {}),
    ...(t.client?.blksize !== undefined ? { blksize: t.client.blksize } : {}),
    ...(t.client?.rexmtMs !== undefined ? { rexmtMs: t.client.rexmtMs } : {}),
    ...(t.client?.timeoutMs !== undefined ? { timeoutMs: t.client.timeoutMs } : {}),
    ...(t.client?.trace !== undefined ? { trace: t.client.trace } : {}),
  });
  const server = createTftpServer({
    files: servedFiles(scenario.server?.files ?? DEFAULT_FILES),
    seed,
    ...t.server,
  });
  const sim = new TftpSimulation({
    network,
    client,
    server,
    clientPort: rng.int(32768, 60999),
    prompt: PROMPT,
    maxEntries: SIM_BUDGETS.maxTraceEntries,
  });
  return sessionOf(sim, scenario);
}

/**
 * The simulator against the real thing: every topology preset × active/passive/EPSV × ls/get runs on
 * a real network (namespaces, nftables with the kernel's FTP helper, Debian's vsftpd 3.0.3) and in the
 * simulation, and the two must agree on what a learner sees: the reply codes, the PORT/EPRT the server
 * receives (ALG rewrites), the 227/229 the client receives, whether each data connection opens and
 * whether it comes from port 20. Needs Linux and root; elsewhere it is skipped with the reason printed.
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { alignRuns, type AlignedStep } from "../../lib/lab/compare";
import { labUnavailable } from "../../lib/node/lab/netns";
import { removeRunDir, runLab, type LabOutcome } from "../../lib/node/lab/run";
import { PRESET_NAMES } from "../../lib/net/presets";
import type { Scenario } from "../../lib/sim/scenario";

const tools = spawnSync(
  process.execPath,
  [resolve(__dirname, "../../scripts/ensure-tools.mjs"), "lab", "--check"],
  {
    encoding: "utf8",
  },
);
const why = labUnavailable() ?? (tools.status === 0 ? null : tools.stderr.trim());
if (why) console.warn(`lab matrix skipped: ${why}`);

const MODES = {
  active: { mode: "active" },
  passive: { mode: "passive" },
  epsv: { mode: "passive", epsv: true },
} as const;
const OPS = { ls: "ls", get: "get readme.txt" } as const;

const cases = PRESET_NAMES.flatMap((topology) =>
  Object.entries(MODES).flatMap(([m, client]) =>
    Object.entries(OPS).map(([op, line]) => ({
      name: `${topology} ${m} ${op}`,
      scenario: {
        topology,
        client,
        commands: ["open server", "user anonymous", "guest@example.org", line, "bye"],
      } as Scenario,
    })),
  ),
);

const results = new Map<string, LabOutcome>();

/** Runs the cases `limit` at a time (each has its own namespaces, so they never meet). */
async function runAllCases(limit: number): Promise<void> {
  const queue = [...cases];
  const worker = async () => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      const out = await runLab(c.scenario);
      results.set(c.name, out);
      if (out.ok) removeRunDir(out.result.dir);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

const describeLab = why ? describe.skip : describe;

describeLab("the lab agrees with the simulation", () => {
  // All at once: the slow cases (a SYN into the void, vsftpd's 60 s connect timeout) then overlap.
  beforeAll(() => runAllCases(cases.length), 900_000);

  it.each(cases.map((c) => [c.name]))("%s", (name) => {
    const out = results.get(name);
    expect(out?.ok ? "ran" : out?.message).toBe("ran");
    if (!out?.ok) return;
    const steps = alignRuns(out.result.simTrace, out.result.events, out.result.received);
    const differing = steps
      .filter((s) => s.diffs.length > 0)
      .map((s: AlignedStep) => ({ line: s.line.trim(), diffs: s.diffs, sim: s.sim, real: s.real }));
    expect(differing).toEqual([]);
    expect(steps.length).toBeGreaterThan(3);
  });
});

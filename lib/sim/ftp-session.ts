/**
 * The FTP session of a scenario: vsftpd built from its config, users and files, the netkit-style
 * client, and the topology, on the kernel. A vsftpd.conf that vsftpd would refuse leaves the server
 * host without an FTP daemon (the client's connect is refused) and the refusal is the first entry, as
 * on a real machine.
 */
import { SIM_BUDGETS, SIM_DISK } from "./budgets";
import { buildClient, buildNetwork, buildServer, presetConfigLines } from "./compose";
import { DEFAULT_EPOCH } from "./defaults";
import { sessionOf, type Session } from "./kernel/session";
import type { Scenario } from "./scenario";
import { Simulation, type SimulationSetup } from "./simulation";

const DEFAULT_BANDWIDTH = 1_000_000;

export interface SessionOptions {
  /** Sees every hop of every TCP packet with its exact payload (the pcapng export). */
  readonly wire?: SimulationSetup["wire"];
}

export function openFtpSession(scenario: Scenario, options: SessionOptions = {}): Session {
  const epoch = scenario.epoch ?? DEFAULT_EPOCH;
  const built = buildServer(
    scenario.server ?? {},
    () => epoch,
    presetConfigLines(scenario.topology),
    SIM_DISK,
  );
  const problems = built.ok ? [] : built.problems;
  const sim = new Simulation({
    network: buildNetwork(scenario),
    server: built.ok ? built.factory : { listenPort: 0, createSession: () => ({ handle: () => [] }) },
    client: buildClient(scenario),
    seed: scenario.seed ?? 1,
    bandwidth: scenario.bandwidth ?? DEFAULT_BANDWIDTH,
    ...(scenario.kernel ? { kernel: scenario.kernel } : {}),
    maxEntries: SIM_BUDGETS.maxTraceEntries,
    ...(built.ok ? {} : { serverRefused: problems.join("; ") }),
    ...(options.wire ? { wire: options.wire } : {}),
  });
  return sessionOf(sim, scenario, problems);
}

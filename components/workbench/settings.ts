/**
 * What the teacher sets on the topology strip, and how it becomes a scenario. Changing any of it starts
 * a new session in which the commands typed so far are replayed.
 */
import type { Scenario } from "@/lib/sim/scenario";
import { DEFAULT_CONFIG } from "./use-session";

export type Mode = "active" | "passive" | "epsv";
export const MODES: readonly Mode[] = ["active", "passive", "epsv"];

/** FTP, or TFTP over UDP as the contrast (same topology, same diagram). */
export type Protocol = "ftp" | "tftp";
export const PROTOCOLS: readonly Protocol[] = ["ftp", "tftp"];

export interface Settings {
  readonly protocol: Protocol;
  readonly topology: string;
  readonly alg: boolean;
  readonly firewall: boolean;
  readonly mode: Mode;
  /** The server's vsftpd.conf text. */
  readonly config: string;
}

export const DEFAULT_SETTINGS: Settings = {
  protocol: "ftp",
  topology: "client-nat",
  alg: false,
  firewall: false,
  mode: "passive",
  config: DEFAULT_CONFIG,
};

/** A session that is already interesting when the page opens: connect, log in, list. */
export const DEFAULT_COMMANDS: readonly string[] = [
  "open server",
  "user anonymous",
  "guest@example.org",
  "ls",
];

/** What a new session of each protocol starts with (switching protocol starts afresh). */
export const START_COMMANDS: Readonly<Record<Protocol, readonly string[]>> = {
  ftp: DEFAULT_COMMANDS,
  tftp: ["connect server", "get readme.txt"],
};

/** Choosing a preset resets the toggles to what its name promises. */
export function withTopology(s: Settings, topology: string): Settings {
  return { ...s, topology, alg: topology === "client-nat-alg", firewall: topology === "client-firewall" };
}

export function toScenario(s: Settings): Scenario {
  return {
    ...(s.protocol === "tftp" ? { protocol: "tftp" as const } : {}),
    topology: s.topology,
    alg: s.alg,
    firewall: s.firewall,
    seed: 1,
    server: { config: s.config },
    client: { mode: s.mode === "active" ? "active" : "passive", epsv: s.mode === "epsv" },
    commands: [],
  };
}

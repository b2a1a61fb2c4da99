/**
 * What the teacher sets on the topology strip, and how it becomes a scenario. Changing any of it starts
 * a new session in which the commands typed so far are replayed.
 */
import type { Scenario } from "@/lib/sim/scenario";
import {
  CLIENT_PROFILES,
  DEFAULT_CLIENT_PROFILE,
  isClientProfileId,
  type ClientProfileId,
} from "@/lib/ftp/client/profiles";
import { typedItems } from "@/lib/sim/kernel/session";
import type { TypedItem } from "@/lib/sim/kernel/keyboard";
import { presetToggles } from "@/lib/net/presets";
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
  /** Which ftp program the client is (netkit, tnftp, Windows ftp.exe). */
  readonly program: ClientProfileId;
  /** The server's vsftpd.conf text. */
  readonly config: string;
  /** What a loaded scenario (a lesson, a security demo, a share link) sets beyond the strip's controls. */
  readonly extra?: ScenarioExtra;
}

/** The parts of a scenario the strip has no control for; kept as they came, replayed with the session. */
export type ScenarioExtra = Pick<Scenario, "victim" | "seed" | "epoch" | "loss" | "tftp" | "bandwidth"> & {
  readonly server?: Omit<NonNullable<Scenario["server"]>, "config">;
  readonly client?: Pick<
    NonNullable<Scenario["client"]>,
    "files" | "followPasvAddress" | "ssl" | "autologin"
  >;
};

export const DEFAULT_SETTINGS: Settings = {
  protocol: "ftp",
  topology: "lan",
  alg: false,
  firewall: false,
  mode: "passive",
  program: DEFAULT_CLIENT_PROFILE,
  config: DEFAULT_CONFIG,
};

/**
 * A first visit's short session (on a LAN, shown from message 0): connect, log in, list. The
 * workbench's terminal is the interactive program, so `open` asks "Name (server:alumno):" itself.
 */
export const DEFAULT_COMMANDS: readonly string[] = ["open server", "anonymous", "guest@example.org", "ls"];

/** Modes a program can use: Windows' ftp.exe has no passive mode. */
export const modesOf = (program: ClientProfileId): readonly Mode[] =>
  CLIENT_PROFILES[program].passive === null ? ["active"] : MODES;

/** What a new session of each protocol starts with (switching protocol starts afresh). */
export const START_COMMANDS: Readonly<Record<Protocol, readonly string[]>> = {
  ftp: DEFAULT_COMMANDS,
  tftp: ["connect server", "get readme.txt"],
};

/** Choosing a preset resets the toggles to what its name promises. */
export function withTopology(s: Settings, topology: string): Settings {
  return { ...s, topology, ...presetToggles(topology) };
}

export function toScenario(s: Settings): Scenario {
  const x = s.extra ?? {};
  return {
    seed: 1,
    ...x,
    ...(s.protocol === "tftp" ? { protocol: "tftp" as const } : {}),
    topology: s.topology,
    alg: s.alg,
    firewall: s.firewall,
    server: { ...x.server, config: s.config },
    client: {
      ...x.client,
      // The terminal is the interactive program (Name prompt at open) unless a loaded script said `-n`.
      autologin: x.client?.autologin ?? true,
      ...(s.program !== DEFAULT_CLIENT_PROFILE ? { profile: s.program } : {}),
      mode: s.mode === "active" || !modesOf(s.program).includes(s.mode) ? "active" : "passive",
      epsv: s.mode === "epsv" && modesOf(s.program).includes("epsv"),
    },
    commands: [],
  };
}

/** A whole scenario as the strip's settings plus the typed inputs that replay it. */
export function fromScenario(sc: Scenario): { settings: Settings; inputs: TypedItem[] } {
  const { protocol, topology, alg, firewall, server, client, commands, ...rest } = sc;
  const { config, ...serverRest } = server ?? {};
  const { mode, epsv, profile, ...clientRest } = client ?? {};
  const clientExtra = {
    ...Object.fromEntries(
      Object.entries(clientRest).filter(([k]) => k === "files" || k === "followPasvAddress" || k === "ssl"),
    ),
    // A scenario is a script (`ftp -n`) unless it says otherwise.
    autologin: client?.autologin ?? false,
  };
  const settings: Settings = {
    ...withTopology(DEFAULT_SETTINGS, topology),
    protocol: protocol === "tftp" ? "tftp" : "ftp",
    ...(alg !== undefined ? { alg } : {}),
    ...(firewall !== undefined ? { firewall } : {}),
    mode: mode === "active" ? "active" : epsv ? "epsv" : "passive",
    program: isClientProfileId(profile) ? profile : DEFAULT_CLIENT_PROFILE,
    config: config ?? DEFAULT_CONFIG,
    extra: { ...rest, server: serverRest, client: clientExtra },
  };
  // The same conversion the simulation's runAll uses: a pause written before a line stays a `wait`.
  return { settings, inputs: typedItems(commands) };
}

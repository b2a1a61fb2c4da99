/**
 * "Show me" for each audit finding: a scenario that, simulated, makes the risk happen (an anonymous
 * upload that gets its 226, a bounce SYN from the server to the victim…), and the question over the
 * trace that finds the proof. Demos run with the audited configuration itself (see config-text.ts).
 */
import type { VsftpdConfig } from "../ftp/server/config";
import type { Scenario, ScenarioFile } from "../sim/scenario";
import type { TraceEntry } from "../trace/types";
import { configText } from "./config-text";
import { dataTo, printed, replyTo, replyWith, synFrom } from "../trace/query";

type Trace = readonly TraceEntry[];

/** What a demo needs: the commands, and optionally its own topology, files or extra config lines. */
interface DemoSpec {
  readonly commands: (c: VsftpdConfig) => readonly string[];
  readonly topology?: string;
  readonly victim?: boolean;
  readonly mode?: "active" | "passive";
  readonly extraConfig?: readonly string[];
  readonly extraFiles?: readonly ScenarioFile[];
  /** Who logs in: a local user (over TLS when ssl_enable, as vsftpd then demands) or `login(c)`. */
  readonly login?: "local" | "auto";
  /** The seq of the entry that shows the risk happened, or null. */
  readonly evidence: (t: Trace) => number | null;
}

/** Log in the way the configuration allows: anonymously when it can, else as the classroom user. */
const login = (c: VsftpdConfig): string =>
  c.anonymous_enable
    ? c.no_anon_password
      ? "user anonymous"
      : "user anonymous guest@"
    : "user alumno alumno123";
const ANON = "user anonymous guest@";
const OPEN = "open server";

export const BOUNCE_TARGET = "198,51,100,66,0,25";

/** A file only its owner (the ftp user) may read: world-readable-only keeps it from anonymous. */
const FTP_ONLY_FILE: ScenarioFile = {
  path: "pub/solo-ftp.txt",
  text: "only the ftp account should read this\n",
  mode: "0o600",
  uid: 102,
  gid: 105,
};

const PASS_IN_CLEAR = (t: Trace): number | null =>
  t.find((e) => e.kind === "CommandSent" && e.verb === "PASS" && !e.tls && e.from.host === "client")?.seq ??
  null;

export const DEMOS: Readonly<Record<string, DemoSpec>> = {
  "plain-ftp": {
    login: "local",
    commands: () => [OPEN, "user alumno alumno123", "bye"],
    evidence: PASS_IN_CLEAR,
  },
  "anon-upload": {
    commands: () => [OPEN, ANON, "cd upload", "put tarea.txt"],
    evidence: (t) => replyTo(t, "STOR", 226),
  },
  "anon-mkdir": {
    commands: () => [OPEN, ANON, "mkdir upload/warez"],
    evidence: (t) => replyTo(t, "MKD", 257),
  },
  "anon-other-write": {
    commands: () => [OPEN, ANON, "cd upload", "put tarea.txt", "delete tarea.txt"],
    extraConfig: ["anon_upload_enable=YES"],
    evidence: (t) => replyTo(t, "DELE", 250),
  },
  "port-promiscuous": {
    topology: "client-nat",
    victim: true,
    commands: () => [OPEN, ANON, `quote PORT ${BOUNCE_TARGET}`, "quote LIST"],
    evidence: (t) => synFrom(t, "server", "victim"),
  },
  "chroot-local": {
    login: "local",
    commands: () => [OPEN, "user alumno alumno123", "cd /", "ls"],
    evidence: (t) => dataTo(t, "client", " srv"),
  },
  "anon-world-readable": {
    commands: () => [OPEN, ANON, "get pub/solo-ftp.txt"],
    extraFiles: [FTP_ONLY_FILE],
    evidence: (t) => replyTo(t, "RETR", 226),
  },
  "login-fails": {
    commands: () => ["brute alumno"],
    evidence: (t) => replyTo(t, "PASS", 230),
  },
  "anon-enabled": { commands: () => [OPEN, ANON], evidence: (t) => replyWith(t, 230) },
  "no-anon-password": { commands: () => [OPEN, "user anonymous"], evidence: (t) => replyTo(t, "USER", 230) },
  "anon-dirlist": { commands: () => [OPEN, ANON, "ls"], evidence: (t) => replyTo(t, "LIST", 226) },
  "hide-ids": {
    login: "auto",
    commands: (c) => [OPEN, login(c), "ls"],
    evidence: (t) => dataTo(t, "client", " 1001 "),
  },
  "ls-recurse": {
    login: "auto",
    commands: (c) => [OPEN, login(c), "ls -R"],
    evidence: (t) => dataTo(t, "client", "pub:"),
  },
  "connect-from-port-20": {
    mode: "active",
    login: "auto",
    commands: (c) => [OPEN, login(c), "ls"],
    evidence: (t) =>
      t.find(
        (e) =>
          e.kind === "SegmentSent" && e.flags === "SYN" && e.from.host === "server" && e.from.port === 20,
      )?.seq ?? null,
  },
  "banner-version": { commands: () => ["nmap -sV -p21 server"], evidence: (t) => printed(t, "vsftpd 3.0.3") },
};

/** The demo scenario of finding `id` for this configuration, if the finding has one. */
export function demoFor(
  id: string,
  config: VsftpdConfig,
  files: readonly ScenarioFile[],
): Scenario | undefined {
  const d = DEMOS[id];
  if (!d) return undefined;
  return {
    topology: d.topology ?? "lan",
    ...(d.victim ? { victim: true } : {}),
    server: { config: configText(config, d.extraConfig), files: [...files, ...(d.extraFiles ?? [])] },
    client: { mode: d.mode ?? "passive", ...(usesTls(d, config) ? { ssl: true } : {}) },
    commands: d.commands(config),
  };
}

/** A local login on a server with ssl_enable must use TLS (force_local_logins_ssl): the demo does. */
const usesTls = (d: DemoSpec, c: VsftpdConfig): boolean =>
  c.ssl_enable && (d.login === "local" || (d.login === "auto" && !c.anonymous_enable));

/** Where in a demo's trace the risk shows (null: it did not happen). */
export function demoEvidence(id: string, trace: Trace): number | null {
  return DEMOS[id]?.evidence(trace) ?? null;
}

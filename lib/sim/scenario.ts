/**
 * A scenario is everything a simulation needs besides the typed commands' timing: the topology, the
 * server (vsftpd.conf text, users, files), the client's options and the commands. It is plain JSON so
 * that it can be shared in a link, stored in a lesson or passed to `npm run sim`.
 */
import { isKernelId, KERNEL_IDS, type KernelId } from "./tcp-profile";
import {
  CLIENT_PROFILES,
  CLIENT_PROFILE_IDS,
  isClientProfileId,
  type ClientProfileId,
} from "../ftp/client/profiles";

export type TransferMode = "active" | "passive";

export interface ScenarioFile {
  readonly path: string;
  /** Text content (UTF-8). */
  readonly text?: string;
  /** Or binary content, base64. */
  readonly base64?: string;
  readonly type?: "file" | "dir" | "symlink";
  readonly target?: string;
  /** Or generated content of this size (big files without shipping their bytes). */
  readonly size?: number;
  readonly generator?: { readonly kind: "sha256-chain"; readonly seed: string };
  readonly mode?: string;
  readonly uid?: number;
  readonly gid?: number;
  readonly mtime?: number;
}

export interface ScenarioUser {
  readonly name: string;
  readonly password: string;
  readonly uid?: number;
  readonly gid?: number;
}

/** A command typed at the client, optionally with an explicit pause before it (e.g. to let a timeout pass). */
export type ScenarioCommand =
  string | { readonly line?: string; readonly interrupt?: boolean; readonly afterMs?: number };

export interface Scenario {
  readonly topology: string;
  readonly alg?: boolean;
  readonly firewall?: boolean;
  /** Adds the `victim` host (198.51.100.66, an SMTP server on port 25) for the bounce lesson. */
  readonly victim?: boolean;
  readonly seed?: number;
  /** Start of the simulated clock, epoch seconds (the server's "now" for listings). */
  readonly epoch?: number;
  readonly server?: {
    readonly config?: string;
    readonly users?: readonly ScenarioUser[];
    readonly files?: readonly ScenarioFile[];
  };
  readonly client?: {
    readonly mode?: TransferMode;
    readonly epsv?: boolean;
    readonly followPasvAddress?: boolean;
    /** Send AUTH TLS right after the greeting (FTPS, RFC 4217), like `ftp-ssl` or lftp. */
    readonly ssl?: boolean;
    /**
     * Default false: the commands run as a script with `ftp -n` (no Name prompt; `user` logs in).
     * True: `open` asks "Name (host:user):" and logs in, as the interactive ftp does.
     */
    readonly autologin?: boolean;
    /**
     * Which ftp program (lib/ftp/client/profiles.ts): "netkit" (default), "tnftp" (Debian's ftp today)
     * or "windows" (ftp.exe, active mode only).
     */
    readonly profile?: ClientProfileId;
    readonly files?: Readonly<Record<string, string>>;
  };
  readonly commands: readonly ScenarioCommand[];
  /**
   * How every host's kernel retries an unanswered SYN (lib/sim/tcp-profile.ts): "linux" (default, up to
   * 6.6: ETIMEDOUT at 127 s) or "linux-6.7" (tcp_syn_linear_timeouts=4: ETIMEDOUT at 133 s).
   */
  readonly kernel?: KernelId;
  /** Bytes per simulated second a sender puts on the wire (default 1 MB/s), so big transfers take time. */
  readonly bandwidth?: number;
  /** Which protocol the client and server speak (default "ftp"); "tftp" runs lib/tftp over UDP. */
  readonly protocol?: "ftp" | "tftp";
  /**
   * Deterministic loss per link name (TFTP sessions): the datagrams to lose by their number on that
   * link (1 = the first to cross it, either way), or a rate drawn from the scenario's seed.
   */
  readonly loss?: Readonly<Record<string, readonly number[] | { readonly rate: number }>>;
  /** TFTP settings (protocol "tftp"): the client's and tftpd's options. */
  readonly tftp?: {
    readonly client?: {
      readonly mode?: "netascii" | "octet";
      readonly blksize?: number;
      readonly rexmtMs?: number;
      readonly timeoutMs?: number;
      readonly trace?: boolean;
    };
    readonly server?: {
      readonly options?: boolean;
      readonly create?: boolean;
      readonly capacity?: number;
      readonly rexmtMs?: number;
    };
  };
}

export interface ScenarioProblem {
  readonly path: string;
  readonly message: string;
}

import {
  checkBytesBudget,
  checkClientFiles,
  checkNumbers,
  checkServerFile,
  checkTftpNumbers,
  isObj,
  type Bad,
} from "./scenario-fields";

/** Checks untrusted JSON (a file, a link) and returns either a scenario or every problem found. */
export function checkScenario(
  input: unknown,
  knownTopologies: readonly string[],
): { ok: true; scenario: Scenario } | { ok: false; problems: ScenarioProblem[] } {
  const problems: ScenarioProblem[] = [];
  const bad = (path: string, message: string) => problems.push({ path, message });
  if (!isObj(input)) return { ok: false, problems: [{ path: "$", message: "a scenario is a JSON object" }] };
  const value = withShorthands(input);
  if (typeof value.topology !== "string") bad("topology", `must be one of ${knownTopologies.join(", ")}`);
  else if (!knownTopologies.includes(value.topology))
    bad("topology", `unknown topology "${value.topology}"; known: ${knownTopologies.join(", ")}`);
  if (!Array.isArray(value.commands)) bad("commands", "must be an array of command lines");
  else
    value.commands.forEach((c: unknown, i: number) => {
      const okObj =
        isObj(c) &&
        (c.line === undefined || typeof c.line === "string") &&
        (c.afterMs === undefined ||
          (typeof c.afterMs === "number" && c.afterMs >= 0 && c.afterMs <= 86_400_000));
      if (typeof c !== "string" && !okObj)
        bad(`commands[${i}]`, "must be a string or {line, afterMs, interrupt}");
    });
  for (const key of ["alg", "firewall", "victim"] as const)
    if (value[key] !== undefined && typeof value[key] !== "boolean") bad(key, "must be true or false");
  if (value.kernel !== undefined && !isKernelId(value.kernel))
    bad("kernel", `must be one of ${KERNEL_IDS.join(", ")}`);
  checkNumbers(value, bad);
  let bytes = 0;
  if (value.server !== undefined) {
    if (!isObj(value.server)) bad("server", "must be an object");
    else {
      const s = value.server;
      if (s.config !== undefined && typeof s.config !== "string")
        bad("server.config", "must be vsftpd.conf text");
      if (s.users !== undefined && !Array.isArray(s.users))
        bad("server.users", "must be an array of {name, password}");
      else
        (s.users as unknown[] | undefined)?.forEach((u, i) => {
          const id = (x: unknown) =>
            x === undefined || (Number.isInteger(x) && (x as number) >= 0 && (x as number) < 2 ** 32 - 1);
          if (!isObj(u) || typeof u.name !== "string" || typeof u.password !== "string")
            bad(`server.users[${i}]`, "needs a name and a password (strings)");
          else if (!id(u.uid) || !id(u.gid))
            bad(`server.users[${i}]`, "uid and gid must be whole numbers from 0 to 4294967294");
        });
      if (s.files !== undefined && !Array.isArray(s.files))
        bad("server.files", "must be an array of {path, text}");
      else
        (s.files as unknown[] | undefined)?.forEach((f, i) => {
          bytes += checkServerFile(f, `server.files[${i}]`, bad);
        });
    }
  }
  if (value.client !== undefined) {
    if (!isObj(value.client)) bad("client", "must be an object");
    else {
      const c = value.client;
      if (c.mode !== undefined && c.mode !== "active" && c.mode !== "passive")
        bad("client.mode", 'must be "active" or "passive"');
      if (c.ssl !== undefined && typeof c.ssl !== "boolean") bad("client.ssl", "must be true or false");
      if (c.profile !== undefined && !isClientProfileId(c.profile))
        bad("client.profile", `must be one of ${CLIENT_PROFILE_IDS.join(", ")}`);
      else if (c.profile !== undefined && CLIENT_PROFILES[c.profile].passive === null && c.mode === "passive")
        bad("client.mode", `${CLIENT_PROFILES[c.profile].program} has no passive mode`);
      for (const k of ["epsv", "followPasvAddress", "autologin"] as const)
        if (c[k] !== undefined && typeof c[k] !== "boolean") bad(`client.${k}`, "must be true or false");
      if (c.files !== undefined) bytes += checkClientFiles(c.files, bad);
    }
  }
  checkBytesBudget(bytes, bad);
  checkTftpFields(value, bad);
  return problems.length ? { ok: false, problems } : { ok: true, scenario: value as unknown as Scenario };
}

/** The TFTP fields: protocol, the loss plan and the tftp settings (numbers in tftp-hpa's ranges). */
function checkTftpFields(value: Record<string, unknown>, bad: Bad): void {
  if (value.protocol !== undefined && value.protocol !== "ftp" && value.protocol !== "tftp")
    bad("protocol", 'must be "ftp" or "tftp"');
  if (value.loss !== undefined) {
    if (!isObj(value.loss)) bad("loss", "must map link names to datagram numbers or {rate}");
    else
      for (const [link, rule] of Object.entries(value.loss)) {
        const list =
          Array.isArray(rule) && rule.length <= 10_000 && rule.every((n) => Number.isInteger(n) && n >= 1);
        const rate = isObj(rule) && typeof rule.rate === "number" && rule.rate >= 0 && rule.rate <= 1;
        if (!list && !rate)
          bad(`loss.${link}`, "must be a list of datagram numbers (1, 2, …) or {rate: 0..1}");
      }
  }
  if (value.tftp !== undefined) {
    const t = value.tftp;
    if (!isObj(t)) return bad("tftp", "must be an object");
    if (t.client !== undefined && !isObj(t.client)) bad("tftp.client", "must be an object");
    if (t.server !== undefined && !isObj(t.server)) bad("tftp.server", "must be an object");
    const mode = isObj(t.client) ? t.client.mode : undefined;
    if (mode !== undefined && mode !== "netascii" && mode !== "octet")
      bad("tftp.client.mode", 'must be "netascii" or "octet"');
    checkTftpNumbers(t, bad);
  }
}

/**
 * Short forms people write by hand: `"users": {"alumno": "alumno123"}` for a list of {name, password}
 * and `"files": {"pub/a.txt": "text"}` for a list of {path, text}. Anything else is left for the checks.
 */
function withShorthands(v: Record<string, unknown>): Record<string, unknown> {
  const server = v.server;
  if (!isObj(server)) return v;
  const { users, files } = server;
  const mapOf = (x: unknown) => isObj(x) && Object.values(x).every((y) => typeof y === "string");
  return {
    ...v,
    server: {
      ...server,
      ...(mapOf(users)
        ? {
            users: Object.entries(users as Record<string, string>).map(([name, password]) => ({
              name,
              password,
            })),
          }
        : {}),
      ...(mapOf(files)
        ? { files: Object.entries(files as Record<string, string>).map(([path, text]) => ({ path, text })) }
        : {}),
    },
  };
}

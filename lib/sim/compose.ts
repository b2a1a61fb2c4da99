/**
 * Builds the pieces a scenario names: the vsftpd engine (config text + files + users), the client
 * engine and the network. Shared by the in-browser simulation, `npm run sim` and the real server.
 */
import { createClient } from "../ftp/client";
import { parseConfig, portOf, type VsftpdConfig } from "../ftp/server/config";
import { createServerSession } from "../ftp/server/session";
import type { UserDb, UserRecord } from "../ftp/server/users";
import type { ByteBudget } from "../vfs/budget";
import { buildVfs, type TreeEntry } from "../vfs/build";
import type { Vfs, VfsLimits } from "../vfs/vfs";
import { base64Bytes, utf8Bytes } from "../util/bytes";
import { createSimNetwork, isPresetName, PRESET_HINTS } from "../net";
import {
  DEFAULT_CLIENT_FILES,
  DEFAULT_CONFIG,
  DEFAULT_EPOCH,
  DEFAULT_FILES,
  DEFAULT_USERS,
} from "./defaults";
import type { ClientEngine, ServerFactory } from "./engines";
import type { Scenario, ScenarioFile, ScenarioUser } from "./scenario";
import { topologyOf } from "./topology-of";

export { topologyOf };

/** The served tree is mounted here, as in Debian's vsftpd set-up and the conformance captures. */
export const FTP_ROOT = "/srv/ftp";

/** System accounts every server host has: the anonymous identity and root (refused by ftpusers). */
const SYSTEM_USERS: readonly UserRecord[] = [
  { name: "ftp", uid: 102, gid: 105, group: "ftp" },
  { name: "root", uid: 0, gid: 0, group: "root" },
];

export interface ServerSpec {
  readonly config?: string;
  readonly files?: readonly ScenarioFile[];
  readonly users?: readonly ScenarioUser[];
  /** The memory uploads may hold (ftpd); none in a simulation. */
  readonly budget?: ByteBudget;
  /** A real server's own tree and host (ftpd serving a disk): used instead of `files`. */
  readonly host?: ServerHost;
}

export interface ServerHost {
  readonly fs: Vfs;
  /** Home directory of every account (the anonymous one included) that the config does not override. */
  readonly home: string;
  /** Files the config names, by path (banner_file, userlist_file…), as read from the host. */
  readonly hostFiles: Readonly<Record<string, string>>;
  /** Directories a tunable names that exist on the host (secure_chroot_dir). */
  readonly hostDirs: ReadonlySet<string>;
  /** The host's accounts (no password: they only name owners), with the anonymous `ftp_username` one. */
  readonly accounts: readonly UserRecord[];
}

export type BuiltServer =
  | { ok: true; factory: ServerFactory; config: VsftpdConfig }
  | { ok: false; problems: string[]; line?: number };

/** A vsftpd that reads `config` on top of vsftpd's defaults. `epochMs()` is the server's clock origin. */
export function buildServer(
  spec: ServerSpec,
  epochSeconds: () => number,
  extraConfig = "",
  disk?: VfsLimits,
): BuiltServer {
  // The preset's lines go first, as a base: the learner's own vsftpd.conf can still override them, and
  // its line numbers stay those the learner sees.
  const base = parseConfig(extraConfig);
  const parsed = parseConfig(spec.config ?? DEFAULT_CONFIG, base.ok ? base.config : undefined);
  if (!parsed.ok)
    return {
      ok: false,
      problems: [`line ${parsed.error.line}: ${parsed.error.oops}`],
      line: parsed.error.line,
    };
  const config = parsed.config;
  const files = spec.files ?? DEFAULT_FILES;
  const host = spec.host;
  const home = host ? { home: host.home } : {};
  const users: UserDb = {
    users: [
      ...(host ? [] : SYSTEM_USERS),
      ...(spec.users ?? DEFAULT_USERS).map((u) => ({
        name: u.name,
        password: u.password,
        uid: u.uid ?? 1001,
        gid: u.gid ?? u.uid ?? 1001,
        ...home,
      })),
      ...(host ? host.accounts : []),
    ],
  };
  const entries = files.map(toTreeEntry);
  // As in the conformance set-up, the first local user owns the served tree (a teacher uploading material).
  const owner = spec.users?.[0]?.uid ?? DEFAULT_USERS[0]?.uid ?? 1001;
  const root = { mode: "0o755", uid: owner, gid: owner, mtime: DEFAULT_EPOCH };
  // Sessions of one server share its tree, so an upload in one session is seen by the next.
  let fs: ReturnType<typeof buildVfs> | undefined;
  const sharedFs = () =>
    (fs ??=
      host?.fs ??
      buildVfs(entries, {
        mountPath: FTP_ROOT,
        root,
        ...(disk ? { limits: disk } : {}),
        budget: spec.budget ?? null,
      }));
  const hostFiles = host ? { hostFiles: host.hostFiles, hostDirs: host.hostDirs } : {};
  return {
    ok: true,
    config,
    factory: {
      listenPort: portOf(config.listen_port),
      createSession: (now) => {
        const origin = epochSeconds() * 1000;
        const engine = createServerSession({
          config,
          fs: sharedFs(),
          users,
          now: origin + now,
          ...hostFiles,
        });
        // The engine's clock is wall time (listings print dates); the scheduler's starts at 0.
        return {
          handle: (input, t) => engine.handle(input, origin + t),
          get busy() {
            return engine.state.busy;
          },
        };
      },
    },
  };
}

export function toTreeEntry(f: ScenarioFile): TreeEntry {
  const bytes =
    f.base64 !== undefined ? base64Bytes(f.base64) : f.text !== undefined ? utf8Bytes(f.text) : undefined;
  return {
    path: f.path,
    ...(f.type ? { type: f.type } : {}),
    ...(f.mode !== undefined ? { mode: f.mode } : {}),
    ...(f.uid !== undefined ? { uid: f.uid } : {}),
    ...(f.gid !== undefined ? { gid: f.gid } : {}),
    ...(f.mtime !== undefined ? { mtime: f.mtime } : {}),
    ...(bytes ? { bytes } : {}),
    ...(f.target !== undefined ? { target: f.target } : {}),
    ...(f.size !== undefined ? { size: f.size } : {}),
    ...(f.generator ? { generator: f.generator } : {}),
  };
}

/** vsftpd.conf lines a preset implies (its passive range; pasv_address for server-nat-pasv-address). */
export function presetConfigLines(topology: string): string {
  if (!isPresetName(topology)) return "";
  const h = PRESET_HINTS[topology];
  const lines: string[] = [];
  if (h.pasvMinPort !== undefined) lines.push(`pasv_min_port=${h.pasvMinPort}`);
  if (h.pasvMaxPort !== undefined) lines.push(`pasv_max_port=${h.pasvMaxPort}`);
  if (h.pasvAddress !== undefined) lines.push(`pasv_address=${h.pasvAddress}`);
  return lines.join("\n");
}

export function buildNetwork(s: Scenario) {
  return createSimNetwork(topologyOf(s), s.seed ?? 1);
}

export function buildClient(s: Scenario): ClientEngine {
  const files = s.client?.files ?? DEFAULT_CLIENT_FILES;
  const localFiles = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, utf8Bytes(v)]));
  return createClient({
    mode: s.client?.mode ?? "passive",
    ...(s.client?.epsv !== undefined ? { epsv: s.client.epsv } : {}),
    ...(s.client?.followPasvAddress !== undefined ? { followPasvAddress: s.client.followPasvAddress } : {}),
    ...(s.client?.ssl ? { ssl: true } : {}),
    ...(s.client?.autologin ? { autologin: true } : {}),
    ...(s.client?.profile ? { profile: s.client.profile } : {}),
    localFiles,
    epoch: s.epoch ?? DEFAULT_EPOCH,
  });
}

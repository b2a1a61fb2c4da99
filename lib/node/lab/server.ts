/**
 * Debian's vsftpd 3.0.3 in the lab's server namespace, with the scenario's vsftpd.conf (the preset's
 * lines first, as the simulation reads them) and the scenario's tree placed where the config's
 * anon_root/local_root point. The lab only adds what running it here needs (foreground, no seccomp
 * sandbox, its own paths) and vsftpd's own protocol log, which shows each command as the server got it.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, chownSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { labAddr, mapAddressesInText } from "../../lab/addr";
import { DEFAULT_CONFIG, DEFAULT_FILES } from "../../sim/defaults";
import { FTP_ROOT, presetConfigLines, toTreeEntry } from "../../sim/compose";
import type { Scenario } from "../../sim/scenario";
import { buildVfs } from "../../vfs/build";
import { fileBytes, type DirNode } from "../../vfs/node";

export const VSFTPD = "/usr/sbin/vsftpd";

/** The vsftpd.conf the lab runs: preset lines, the scenario's text, then the lab's own lines. */
export function labConfig(scenario: Scenario, dir: string): string {
  const preset = mapAddressesInText(presetConfigLines(scenario.topology), labAddr);
  return [
    preset,
    scenario.server?.config ?? DEFAULT_CONFIG,
    "# --- added by the lab: run in the foreground of its namespace, paths of this run ---",
    "listen=YES",
    "listen_ipv6=NO",
    "background=NO",
    "seccomp_sandbox=NO",
    `anon_root=${join(dir, "tree")}`,
    `local_root=${join(dir, "tree")}`,
    `secure_chroot_dir=${join(dir, "empty")}`,
    "xferlog_enable=YES",
    "xferlog_std_format=NO",
    "dual_log_enable=NO",
    "log_ftp_protocol=YES",
    `vsftpd_log_file=${join(dir, "vsftpd.log")}`,
    "syslog_enable=NO",
    "",
  ].join("\n");
}

/** Writes the scenario's tree (contents, modes, owners) under dir/tree. */
export function placeTree(scenario: Scenario, dir: string): void {
  const files = scenario.server?.files ?? DEFAULT_FILES;
  const owner = scenario.server?.users?.[0]?.uid ?? 1001;
  const vfs = buildVfs(files.map(toTreeEntry), {
    mountPath: FTP_ROOT,
    root: { mode: "0o755", uid: owner, gid: owner },
  });
  const mount = FTP_ROOT.split("/")
    .filter((c) => c !== "")
    .reduce<DirNode | undefined>((d, c) => {
      const n = d?.children.get(c);
      return n?.kind === "dir" ? n : undefined;
    }, vfs.root);
  if (!mount) return;
  const root = join(dir, "tree");
  const write = (d: DirNode, path: string): void => {
    mkdirSync(path, { recursive: true });
    for (const [name, n] of d.children) {
      const p = join(path, name);
      if (n.kind === "dir") write(n, p);
      else if (n.kind === "symlink") symlinkSync(n.target, p);
      else writeFileSync(p, fileBytes(n));
      if (n.kind !== "symlink") {
        chmodSync(p, n.mode);
        chownSync(p, n.uid, n.gid);
      }
    }
  };
  write(mount, root);
  chmodSync(root, mount.mode);
  chownSync(root, mount.uid, mount.gid);
  mkdirSync(join(dir, "empty"), { recursive: true });
  chmodSync(join(dir, "empty"), 0o755);
}

export interface RunningServer {
  readonly proc: ChildProcess;
  stop(): void;
  /** The commands vsftpd received, in order, as its protocol log records them. */
  received(): string[];
}

/** Starts vsftpd in `ns` and waits until it listens on port 21 (bounded). */
export async function startVsftpd(ns: string, dir: string, conf: string): Promise<RunningServer | string> {
  const path = join(dir, "vsftpd.conf");
  writeFileSync(path, conf);
  const proc = spawn("ip", ["netns", "exec", ns, VSFTPD, path], { stdio: ["ignore", "pipe", "pipe"] });
  let err = "";
  proc.stderr?.on("data", (d: Buffer) => (err += d.toString()));
  proc.stdout?.on("data", (d: Buffer) => (err += d.toString()));
  for (let i = 0; i < 50; i++) {
    await new Promise((r) => setTimeout(r, 100));
    if (proc.exitCode !== null) return `vsftpd stopped: ${err.trim() || `exit ${proc.exitCode}`}`;
    const ss = spawnSync("ip", ["netns", "exec", ns, "ss", "-ltnH", "sport = :21"], { encoding: "utf8" });
    if ((ss.stdout ?? "").trim() !== "") break;
  }
  return {
    proc,
    stop: () => {
      if (proc.exitCode === null) proc.kill("SIGTERM");
    },
    received: () => {
      let log = "";
      try {
        log = readFileSync(join(dir, "vsftpd.log"), "latin1");
      } catch {
        return [];
      }
      return [...log.matchAll(/FTP command: Client "[^"]*", "(.*)"\s*$/gm)].map((m) => m[1] ?? "");
    },
  };
}

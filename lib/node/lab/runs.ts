/**
 * Who owns each lab run. A run's namespaces (`ftpviz-<run>-*`) outlive its process when that process
 * is killed with SIGKILL (no handler runs), and so do the vsftpd and tcpdump it started inside them.
 * Each run therefore writes an owner file, `<run>.pid` (pid and the process's start time, so a reused
 * pid is not mistaken for the owner), in a directory under /run (tmpfs: it goes when the namespaces
 * do, at reboot). At the start of every run, the runs whose owner is gone are swept: their processes
 * killed, their namespaces and any veth left in the root namespace deleted, their owner file removed.
 * Namespaces without an owner file are never touched: they may belong to a run that is still going.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const LAB_RUNS_DIR = "/run/ftpviz-lab";

/** The start time of a process (clock ticks since boot), or null when it does not exist. */
function startTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces and parentheses): state is field 3, start 22.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

function ownerAlive(file: string): boolean {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return false;
  }
  const [pid, start] = text.trim().split(" ");
  const n = Number(pid);
  return Number.isInteger(n) && n > 0 && start !== undefined && startTime(n) === start;
}

/**
 * Records `pid` (this process by default) as the owner of `run`. False when a live process owns it
 * already; a dead owner's run is swept first.
 */
export function claimRun(run: string, opts: { dir?: string; pid?: number } = {}): boolean {
  const dir = opts.dir ?? LAB_RUNS_DIR;
  const pid = opts.pid ?? process.pid;
  const start = startTime(pid);
  if (start === null) return false;
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  const file = join(dir, `${run}.pid`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, `${pid} ${start}\n`, { flag: "wx" });
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      if (ownerAlive(file)) return false;
      sweepRun(run, dir);
    }
  }
  return false;
}

/** Forgets the owner of `run` (after its teardown). */
export function releaseRun(run: string, dir = LAB_RUNS_DIR): void {
  rmSync(join(dir, `${run}.pid`), { force: true });
}

const lines = (cmd: string, args: string[]): string[] =>
  (spawnSync(cmd, args, { encoding: "utf8", timeout: 10_000 }).stdout ?? "")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");

/** Kills what runs in `run`'s namespaces, deletes them and its leftover veths, forgets the owner. */
function sweepRun(run: string, dir: string): void {
  const prefix = `ftpviz-${run}-`;
  const spaces = lines("ip", ["netns", "list"])
    .map((l) => l.split(" ")[0] ?? "")
    .filter((n) => n.startsWith(prefix));
  for (const ns of spaces) {
    for (const pid of lines("ip", ["netns", "pids", ns])) {
      const n = Number(pid);
      if (Number.isInteger(n) && n > 1 && n !== process.pid) {
        try {
          process.kill(n, "SIGKILL");
        } catch {
          // Gone already.
        }
      }
    }
    spawnSync("ip", ["netns", "del", ns], { timeout: 10_000 });
  }
  // A veth pair is made in the root namespace and then moved: a kill in between leaves it here.
  for (const l of lines("ip", ["-o", "link", "show"])) {
    const name = /^\d+:\s+([^:@\s]+)/.exec(l)?.[1];
    if (name && name.startsWith(`fv${run}`)) spawnSync("ip", ["link", "del", name], { timeout: 10_000 });
  }
  releaseRun(run, dir);
}

/** Sweeps every run whose owner is gone; returns their ids. */
export function sweepStaleRuns(dir = LAB_RUNS_DIR): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const swept: string[] = [];
  for (const f of names) {
    if (!f.endsWith(".pid")) continue;
    const run = f.slice(0, -4);
    if (ownerAlive(join(dir, f))) continue;
    sweepRun(run, dir);
    swept.push(run);
  }
  return swept;
}

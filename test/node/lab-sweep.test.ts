/**
 * Lab runs killed with SIGKILL leave their namespaces (and the vsftpd/tcpdump inside them) behind; the
 * next run sweeps the runs whose owner process is gone, keyed by their owner files, and leaves every
 * other namespace alone. Real namespaces: needs Linux and root, skipped with the reason otherwise.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { labUnavailable, teardownLab } from "../../lib/node/lab/netns";
import { claimRun, LAB_RUNS_DIR, releaseRun, sweepStaleRuns } from "../../lib/node/lab/runs";

const why = labUnavailable();
if (why) console.warn(`lab sweep tests skipped: ${why}`);
const describeLab = why ? describe.skip : describe;

const tag = (process.pid % 1296).toString(36).padStart(2, "0");
const namespaces = (run: string) =>
  (spawnSync("ip", ["netns", "list"], { encoding: "utf8" }).stdout ?? "")
    .split("\n")
    .map((l) => l.split(" ")[0] ?? "")
    .filter((n) => n.startsWith(`ftpviz-${run}-`));
const linkExists = (name: string) => spawnSync("ip", ["link", "show", name]).status === 0;
const alive = (pid: number) => existsSync(`/proc/${pid}`) && !/\) Z /.test(safeStat(pid));
const safeStat = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return "";
  }
};
const exited = (p: ChildProcess) =>
  new Promise<void>((r) => (p.exitCode !== null || p.signalCode !== null ? r() : p.once("exit", () => r())));
const until = async (cond: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  return cond();
};

const dir = mkdtempSync(join(tmpdir(), "ftpviz-runs-"));
const started: ChildProcess[] = [];
afterAll(() => {
  for (const p of started) if (p.exitCode === null && p.signalCode === null) p.kill("SIGKILL");
  for (const run of [`s${tag}a`, `s${tag}b`, `s${tag}c`]) teardownLab(run);
  rmSync(dir, { recursive: true, force: true });
});

describeLab("stale lab runs", () => {
  it("sweeps the namespaces, processes and veths of a run whose owner was SIGKILLed", async () => {
    const run = `s${tag}a`;
    const owner = spawn("sleep", ["60"]);
    started.push(owner);
    expect(claimRun(run, { dir, pid: owner.pid! })).toBe(true);
    spawnSync("ip", ["netns", "add", `ftpviz-${run}-h0`]);
    const inside = spawn("ip", ["netns", "exec", `ftpviz-${run}-h0`, "sleep", "60"]);
    started.push(inside);
    spawnSync("ip", ["link", "add", `fv${run}p0a`, "type", "veth", "peer", "name", `fv${run}p0b`]);
    expect(namespaces(run)).toEqual([`ftpviz-${run}-h0`]);
    expect(
      await until(
        () =>
          spawnSync("ip", ["netns", "pids", `ftpviz-${run}-h0`], { encoding: "utf8" }).stdout.trim() !== "",
        5000,
      ),
    ).toBe(true);

    // Still owned: nothing is swept.
    expect(sweepStaleRuns(dir)).toEqual([]);
    expect(namespaces(run)).toHaveLength(1);

    owner.kill("SIGKILL");
    await exited(owner);
    expect(sweepStaleRuns(dir)).toEqual([run]);
    expect(namespaces(run)).toEqual([]);
    expect(linkExists(`fv${run}p0a`)).toBe(false);
    await exited(inside);
    expect(inside.signalCode).toBe("SIGKILL");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("leaves namespaces alone that have no owner file, and runs a live process owns", () => {
    const orphanless = `s${tag}b`;
    spawnSync("ip", ["netns", "add", `ftpviz-${orphanless}-h0`]);
    const mine = `s${tag}c`;
    expect(claimRun(mine, { dir })).toBe(true);
    spawnSync("ip", ["netns", "add", `ftpviz-${mine}-h0`]);
    expect(sweepStaleRuns(dir)).toEqual([]);
    expect(namespaces(orphanless)).toHaveLength(1);
    expect(namespaces(mine)).toHaveLength(1);
    // A second claim of a live run is refused; released, it can be claimed again.
    expect(claimRun(mine, { dir })).toBe(false);
    releaseRun(mine, dir);
    expect(claimRun(mine, { dir })).toBe(true);
    releaseRun(mine, dir);
    teardownLab(orphanless);
    teardownLab(mine);
  });

  it("a claim of a dead owner's run sweeps it and takes it over", async () => {
    const run = `s${tag}a`;
    const owner = spawn("sleep", ["60"]);
    started.push(owner);
    expect(claimRun(run, { dir, pid: owner.pid! })).toBe(true);
    spawnSync("ip", ["netns", "add", `ftpviz-${run}-l0`]);
    owner.kill("SIGKILL");
    await exited(owner);
    expect(claimRun(run, { dir })).toBe(true);
    expect(namespaces(run)).toEqual([]);
    releaseRun(run, dir);
  });

  it("a real `npm run lab` killed with SIGKILL mid-run is swept by the next run's start", async () => {
    const root = resolve(__dirname, "../..");
    const lab = spawn(
      process.execPath,
      ["--import", "tsx", "scripts/lab.ts", "examples/client-nat-active.json"],
      {
        cwd: root,
        stdio: "ignore",
      },
    );
    started.push(lab);
    // Its owner file names it; wait until its namespaces and vsftpd are up.
    let run = "";
    const ownerFile = () =>
      (existsSync(LAB_RUNS_DIR) ? readdirSync(LAB_RUNS_DIR) : []).find(
        (f) =>
          safeStat(lab.pid!) !== "" && readFileSync(join(LAB_RUNS_DIR, f), "utf8").startsWith(`${lab.pid} `),
      );
    expect(await until(() => ownerFile() !== undefined, 60_000)).toBe(true);
    run = ownerFile()!.slice(0, -4);
    const serverPids = () =>
      namespaces(run).flatMap((ns) =>
        spawnSync("ip", ["netns", "pids", ns], { encoding: "utf8" })
          .stdout.trim()
          .split("\n")
          .filter(Boolean),
      );
    expect(await until(() => serverPids().length >= 2, 60_000)).toBe(true);
    const leftBehind = serverPids().map(Number);

    lab.kill("SIGKILL");
    await exited(lab);
    expect(namespaces(run).length).toBeGreaterThan(0);
    expect(leftBehind.some(alive)).toBe(true);

    expect(sweepStaleRuns()).toContain(run);
    expect(namespaces(run)).toEqual([]);
    expect(await until(() => !leftBehind.some(alive), 5000)).toBe(true);
    expect(existsSync(join(LAB_RUNS_DIR, `${run}.pid`))).toBe(false);
  }, 150_000);
});

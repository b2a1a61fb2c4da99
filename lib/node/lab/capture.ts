/**
 * One tcpdump per lab link, on the link's bridge, so every hop of a packet is recorded (a NAT rewrite
 * is the difference between two links' captures). Started before any traffic, stopped after it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { statSync } from "node:fs";
import { join } from "node:path";
import type { LabPlan } from "../../lab/plan";

export interface Capture {
  readonly link: string;
  readonly file: string;
  readonly proc: ChildProcess;
}

export async function startCaptures(plan: LabPlan, dir: string): Promise<Capture[]> {
  const caps = plan.links.map((l, i) => {
    const file = join(dir, `link${i}-${l.name}.pcap`);
    const proc = spawn(
      "ip",
      ["netns", "exec", l.ns, "tcpdump", "-i", "br0", "-n", "-U", "-s", "0", "-w", file],
      {
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
    return { link: l.name, file, proc };
  });
  // tcpdump says "listening on" once its socket is open; wait for that (bounded).
  await Promise.all(
    caps.map(
      (c) =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 5_000);
          c.proc.stderr?.on("data", (d: Buffer) => {
            if (d.toString().includes("listening on")) {
              clearTimeout(timer);
              resolve();
            }
          });
          c.proc.once("exit", () => resolve());
        }),
    ),
  );
  return caps;
}

/** Waits until no capture file has grown for half a second (tcpdump may lag on a busy machine). */
async function settled(caps: readonly Capture[]): Promise<void> {
  const size = (f: string) => {
    try {
      return statSync(f).size;
    } catch {
      return -1;
    }
  };
  let last = caps.map((c) => size(c.file));
  let quiet = 0;
  for (let i = 0; i < 50 && quiet < 3; i++) {
    await new Promise((r) => setTimeout(r, 200));
    const now = caps.map((c) => size(c.file));
    quiet = now.every((n, k) => n === last[k]) ? quiet + 1 : 0;
    last = now;
  }
}

export async function stopCaptures(caps: readonly Capture[]): Promise<void> {
  await settled(caps);
  await Promise.all(
    caps.map(
      (c) =>
        new Promise<void>((resolve) => {
          if (c.proc.exitCode !== null) return resolve();
          const timer = setTimeout(() => {
            c.proc.kill("SIGKILL");
            resolve();
          }, 3_000);
          c.proc.once("exit", () => {
            clearTimeout(timer);
            resolve();
          });
          c.proc.kill("SIGINT");
        }),
    ),
  );
}

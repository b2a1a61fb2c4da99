/**
 * Simulation benchmarks (not tests): entries per second, the time to simulate a 1,000-command session,
 * and how the cost grows from 100 to 10,000 commands (it must grow linearly).
 */
import { openSession } from "../lib/sim/session";
import type { Scenario } from "../lib/sim/scenario";

const LOOP = ["ls", "pwd", "get readme.txt", "cd pub", "ls", "cdup", "passive", "ls", "passive", "nlist"];

function session(commands: number): Scenario {
  const cmds = ["open server", "user anonymous", "guest@example.org"];
  for (let i = 0; cmds.length < commands; i++) cmds.push(LOOP[i % LOOP.length]!);
  return { topology: "client-nat", commands: cmds, client: { mode: "passive" } };
}

/** The fastest of a few runs: the machine's noise (GC, JIT, the other core's load) only ever adds time. */
function time(commands: number, runs = 3): { ms: number; entries: number } {
  let best = Infinity;
  let entries = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const s = openSession(session(commands));
    s.runAll();
    entries = s.trace.length;
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: best, entries };
}

export function benchSim(): Record<string, unknown> {
  time(300, 2); // warm the JIT
  const sizes = [100, 1000, 10000];
  const rows = sizes.map((n) => ({ commands: n, ...time(n, n >= 10000 ? 1 : 3) }));
  const r1000 = rows[1]!;
  const ratio = rows[2]!.ms / rows[0]!.ms;
  const out = {
    "entries per second (1,000-command session)": Math.round(r1000.entries / (r1000.ms / 1000)),
    "1,000-command session (ms)": Math.round(r1000.ms),
    scaling: rows.map((r) => ({
      commands: r.commands,
      entries: r.entries,
      ms: Math.round(r.ms),
      "µs per entry": +((r.ms * 1000) / r.entries).toFixed(2),
    })),
    "cost ratio 10,000 vs 100 commands (linear ≈ 100)": +ratio.toFixed(1),
  };
  return out;
}

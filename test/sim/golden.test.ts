/**
 * Golden traces: for every preset × mode, one session (login, ls, get, put, bye) rendered one entry a
 * line. A change in any layer that alters what the learner sees changes these files; review the diff.
 * Regenerate on purpose with `npx vitest run test/sim/golden.test.ts -u`.
 */
import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim/session";
import type { TraceEntry } from "@/lib/trace/types";

const PRESETS = [
  "lan",
  "client-nat",
  "client-nat-alg",
  "client-firewall",
  "server-nat",
  "server-nat-pasv-address",
  "both-nat",
];
const MODES = {
  active: { mode: "active" },
  passive: { mode: "passive" },
  epsv: { mode: "passive", epsv: true },
} as const;

const end = (e: TraceEntry["from"]) => `${e.host}${e.addr ? ` ${e.addr}:${e.port}` : ""}`;

export function render(trace: readonly TraceEntry[]): string {
  return trace
    .map((e) => {
      const head = `${String(e.seq).padStart(4)} ${String(e.t).padStart(7)}ms s${e.step} ${e.kind}`;
      const route =
        e.from.host === e.to.host && !e.from.addr ? `@${e.from.host}` : `${end(e.from)} -> ${end(e.to)}`;
      const what = [
        e.flags,
        e.text !== undefined && e.kind !== "DataSent" ? JSON.stringify(e.text) : undefined,
        e.kind === "DataSent" ? `${e.bytes} bytes` : undefined,
        e.before
          ? `${e.before.src}>${e.before.dst}${e.before.text ? ` ${JSON.stringify(e.before.text)}` : ""}`
          : undefined,
        e.after
          ? `=> ${e.after.src}>${e.after.dst}${e.after.text ? ` ${JSON.stringify(e.after.text)}` : ""}`
          : undefined,
        e.note ? `[${e.note.key}]` : undefined,
      ].filter(Boolean);
      return `${head} ${route} ${what.join(" ")}`.trimEnd();
    })
    .join("\n");
}

describe.each(PRESETS)("golden trace %s", (topology) => {
  it.each(Object.keys(MODES) as (keyof typeof MODES)[])("%s", async (mode) => {
    const { trace } = simulate({
      topology,
      client: MODES[mode],
      commands: ["open server", "user alumno alumno123", "ls", "get readme.txt", "put tarea.txt", "bye"],
    });
    await expect(render(trace) + "\n").toMatchFileSnapshot(`golden/${topology}.${mode}.txt`);
  });
});

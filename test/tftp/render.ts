/** A compact text rendering of a trace, one entry a line, for golden files and eyeballing. */
import type { TraceEntry } from "@/lib/trace/types";

const end = (e: TraceEntry["from"]) => `${e.host}${e.addr ? ` ${e.addr}:${e.port}` : ""}`;

export function render(trace: readonly TraceEntry[]): string {
  return trace
    .map((e) => {
      const head = `${String(e.seq).padStart(4)} ${String(e.t).padStart(7)}ms s${e.step} ${e.kind}`;
      const route =
        e.from.host === e.to.host && !e.from.addr ? `@${e.from.host}` : `${end(e.from)} -> ${end(e.to)}`;
      const what = [
        e.text !== undefined ? JSON.stringify(e.text) : undefined,
        e.before ? `${e.before.src}>${e.before.dst}` : undefined,
        e.after ? `=> ${e.after.src}>${e.after.dst}` : undefined,
        e.note ? `[${e.note.key}${e.note.params ? ` ${JSON.stringify(e.note.params)}` : ""}]` : undefined,
        e.rule && e.rule !== "prompt" ? `(${e.rule})` : undefined,
      ].filter(Boolean);
      return `${head} ${route} ${what.join(" ")}`.trimEnd();
    })
    .join("\n");
}

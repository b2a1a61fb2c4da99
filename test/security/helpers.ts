/** Shared by the security tests: configs built from a hardened base, a golden renderer, transcripts. */
import { parseConfig, type VsftpdConfig } from "@/lib/ftp/server/config";
import { transcript } from "@/lib/trace/transcript";
import type { TraceEntry } from "@/lib/trace/types";

/** A configuration the audit finds nothing in; tests add the one line they study. */
export const HARDENED = [
  "listen=YES",
  "anonymous_enable=NO",
  "local_enable=YES",
  "write_enable=YES",
  "chroot_local_user=YES",
  "allow_writeable_chroot=YES",
  "hide_ids=YES",
  "ssl_enable=YES",
];

export function conf(lines: readonly string[], banner = true): string {
  return [...HARDENED, ...(banner ? ["ftpd_banner=Welcome."] : []), ...lines].join("\n") + "\n";
}

export function parsed(text: string): VsftpdConfig {
  const r = parseConfig(text);
  if (!r.ok) throw new Error(r.error.oops);
  return r.config;
}

const end = (e: TraceEntry["from"]) => `${e.host}${e.addr ? ` ${e.addr}:${e.port}` : ""}`;

/** One entry a line, like test/sim/golden.test.ts, plus what a TLS payload looks like on the wire. */
export function render(trace: readonly TraceEntry[]): string {
  return (
    trace
      .map((e) => {
        const head = `${String(e.seq).padStart(4)} ${String(e.t).padStart(7)}ms s${e.step} ${e.kind}`;
        const route =
          e.from.host === e.to.host && !e.from.addr ? `@${e.from.host}` : `${end(e.from)} -> ${end(e.to)}`;
        const what = [
          e.flags,
          e.tls ? `TLS ${e.tls.bytes} bytes (${e.tls.records.join(", ")})` : undefined,
          e.text !== undefined && e.kind !== "DataSent" ? JSON.stringify(e.text) : undefined,
          e.kind === "DataSent" && !e.tls ? `${e.bytes} bytes` : undefined,
          e.note ? `[${e.note.key}]` : undefined,
        ].filter(Boolean);
        return `${head} ${route} ${what.join(" ")}`.trimEnd();
      })
      .join("\n") + "\n"
  );
}

/** What the terminal shows (English, verbose, no explanations). */
export function screen(trace: readonly TraceEntry[]): string {
  return transcript(trace, trace.length, { verbose: true, explain: false, lang: "en" })
    .map((l) => l.text)
    .join("\n");
}

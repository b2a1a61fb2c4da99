/**
 * The trace of a real session, in the same JSON-lines format as `npm run sim`, so a session with a real
 * client can be inspected like a simulated one. Hosts are named as in the simulator: "client", "server".
 */
import type net from "node:net";
import type { NoteRef } from "../ftp/io";
import { entryToJson } from "../trace/serialize";
import type { TraceEntry } from "../trace/types";
import { bytesLatin1 } from "../util/bytes";

export type TraceSink = (jsonLine: string) => void;

let seq = 0;

export function sessionTracer(sink: TraceSink | undefined, now: () => number, control: net.Socket) {
  const client = { host: "client", addr: control.remoteAddress ?? "", port: control.remotePort ?? 0 };
  const server = { host: "server", addr: control.localAddress ?? "", port: control.localPort ?? 0 };
  const conn = seq;
  const emit = (e: Omit<TraceEntry, "seq" | "t" | "step">) =>
    sink?.(entryToJson({ seq: seq++, t: now(), step: -1, ...e }));
  return {
    control(dir: "in" | "out", bytes: Uint8Array) {
      if (!sink) return;
      const text = bytesLatin1(bytes);
      if (dir === "in")
        emit({
          kind: "CommandSent",
          layer: "ftp",
          from: client,
          to: server,
          conn,
          channel: "control",
          text,
          verb: (text.split(/[ \r\n]/, 1)[0] ?? "").toUpperCase(),
        });
      else
        emit({
          kind: "ReplySent",
          layer: "ftp",
          from: server,
          to: client,
          conn,
          channel: "control",
          text,
          ...replyCode(text),
        });
    },
    data(dir: "in" | "out", bytes: Uint8Array) {
      if (!sink) return;
      const [from, to] = dir === "in" ? [client, server] : [server, client];
      emit({ kind: "DataSent", layer: "tcp", from, to, conn, channel: "data", bytes: bytes.length });
    },
    note(note: NoteRef) {
      if (sink) emit({ kind: "Decision", layer: "ftp", from: server, to: server, conn, note });
    },
  };
}

function replyCode(text: string): { code?: number } {
  const code = Number(text.slice(0, 3));
  return Number.isInteger(code) && code >= 100 && code < 600 ? { code } : {};
}

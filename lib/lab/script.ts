/**
 * What the lab's real client does, read off a simulated run: where the control connection goes, then
 * each protocol line the simulated client sent, in order, with the data connection it opened or
 * accepted for it. The lab replays this over real sockets; nothing here decides anew.
 */
import type { Trace, TraceEntry } from "../trace/types";
import { labAddr, mapAddressesInText } from "./addr";

/** How the client gets its data connection for a line. */
export type DataPlan =
  /** PORT/EPRT: listen on this port before sending the line. */
  | { readonly kind: "listen"; readonly port: number }
  /** PASV/EPSV: after the reply, connect (to the announced address when `follow`, else the control peer). */
  | { readonly kind: "connect"; readonly follow: boolean; readonly srcPort?: number }
  | { readonly kind: "none" };

export interface LabStep {
  /** The line as sent on the real network (CRLF included, addresses mapped into the lab's). */
  readonly line: string;
  readonly verb: string;
  readonly data: DataPlan;
  /** What the client sends on the data connection (STOR/APPE/STOU). */
  readonly upload?: readonly UploadChunk[];
}

export interface LabScript {
  readonly server: { readonly addr: string; readonly port: number };
  readonly srcPort?: number;
  readonly steps: readonly LabStep[];
}

const isClientFirstHop = (e: TraceEntry): boolean => e.from.host === "client";

/** The first control SYN the client sent: where it connected and from which port. */
function controlOpen(trace: Trace): { addr: string; port: number; src?: number; conn?: number } | undefined {
  const syn = trace.find(
    (e) => e.kind === "SegmentSent" && e.channel === "control" && isClientFirstHop(e) && e.flags === "SYN",
  );
  if (!syn?.to.addr || syn.to.port === undefined) return undefined;
  return {
    addr: labAddr(syn.to.addr),
    port: syn.to.port,
    ...(syn.from.port !== undefined ? { src: syn.from.port } : {}),
    ...(syn.conn !== undefined ? { conn: syn.conn } : {}),
  };
}

const PASSIVE = new Set(["PASV", "EPSV"]);
const ACTIVE = new Set(["PORT", "EPRT"]);

export function labScript(trace: Trace, followPasvAddress = true): LabScript | undefined {
  const open = controlOpen(trace);
  if (!open) return undefined;
  const sent = trace
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.kind === "CommandSent" && isClientFirstHop(e) && e.conn === open.conn && e.text);
  const steps = sent.map(({ e, i }, k): LabStep => {
    const verb = (e.verb ?? e.text?.split(/[ \r]/)[0] ?? "").toUpperCase();
    const until = sent[k + 1]?.i ?? trace.length;
    const line = mapAddressesInText(e.text ?? "", labAddr);
    return {
      line,
      verb,
      data: dataPlan(trace, e, verb, i, until, followPasvAddress),
      ...upload(trace, verb, i, until),
    };
  });
  return {
    server: { addr: open.addr, port: open.port },
    ...(open.src !== undefined ? { srcPort: open.src } : {}),
    steps,
  };
}

function dataPlan(
  trace: Trace,
  e: TraceEntry,
  verb: string,
  from: number,
  until: number,
  follow: boolean,
): DataPlan {
  if (ACTIVE.has(verb)) {
    const listen = trace
      .slice(0, from + 1)
      .reverse()
      .find((x) => x.kind === "ListenOpened" && isClientFirstHop(x));
    const port = listen?.from.port ?? portOf(e.text ?? "");
    return port === undefined ? { kind: "none" } : { kind: "listen", port };
  }
  if (PASSIVE.has(verb)) {
    const syn = trace
      .slice(from, until)
      .find(
        (x) =>
          (x.kind === "SegmentSent" || x.kind === "SegmentDropped") &&
          x.channel === "data" &&
          isClientFirstHop(x) &&
          x.flags === "SYN",
      );
    if (!syn) return { kind: "none" };
    return { kind: "connect", follow, ...(syn.from.port !== undefined ? { srcPort: syn.from.port } : {}) };
  }
  return { kind: "none" };
}

/** The port a PORT/EPRT line announces. */
function portOf(text: string): number | undefined {
  const port = /PORT\s+\d+,\d+,\d+,\d+,(\d+),(\d+)/i.exec(text);
  if (port) return Number(port[1]) * 256 + Number(port[2]);
  const eprt = /EPRT\s+(.)\d\1[^|]*\1(\d+)\1/i.exec(text);
  return eprt ? Number(eprt[2]) : undefined;
}

const UPLOADS = new Set(["STOR", "APPE", "STOU"]);

/** The chunks the simulated client wrote on the data connection: exact bytes (base64) or text. */
export type UploadChunk = { readonly b64: string } | { readonly text: string };

function upload(
  trace: Trace,
  verb: string,
  from: number,
  until: number,
): { upload?: readonly UploadChunk[] } {
  if (!UPLOADS.has(verb)) return {};
  const chunks = trace
    .slice(from, until)
    .filter((x) => x.kind === "DataSent" && isClientFirstHop(x))
    .map((x): UploadChunk => (x.b64 !== undefined ? { b64: x.b64 } : { text: x.text ?? "" }));
  return { upload: chunks };
}

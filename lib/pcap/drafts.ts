/**
 * The trace entries an import builds, while they may still change (a data connection learns later which
 * command it carries; consecutive data segments merge), and their final TraceEntry form: data payloads
 * as the simulation keeps them (a printable preview, exact bytes up to 4 KiB as base64).
 */
import { flagsText } from "../net/packet";
import type { NoteRef } from "../util/note";
import { toBase64 } from "../sim/hop-entries";
import type { Channel, EntryKind, Layer, TraceEnd, TraceEntry } from "../trace/types";
import { bytesLatin1, concatBytes } from "../util/bytes";
import type { Segment } from "./decode";

export interface Draft {
  t: number;
  kind: EntryKind;
  layer: Layer;
  from: TraceEnd;
  to: TraceEnd;
  conn?: number;
  channel?: Channel;
  flags?: string;
  seqNo?: number;
  ackNo?: number;
  text?: string;
  code?: number;
  verb?: string;
  note?: NoteRef;
  rule?: string;
  /** Payload pieces (DataSent, DatagramSent): joined when the entry is final. */
  chunks?: Uint8Array[];
  /** Bytes on the wire the capture did not keep. */
  missing?: number;
  /** Sum of the chunks' lengths, kept as they are added (a merge must not re-add them all). */
  size?: number;
}

const KEEP_BYTES = 4096;
const PREVIEW_CHARS = 2048;
/** Consecutive data segments of one direction merge up to this size (the simulation's segment size). */
export const MERGE_BYTES = 65536;

export const segFlags = (s: Segment): string => flagsText(s);

export const payloadSize = (d: Draft): number => d.size ?? (d.chunks ?? []).reduce((n, c) => n + c.length, 0);

function printable(b: Uint8Array): boolean {
  for (const c of b) if (c < 9 || (c > 13 && c < 32) || c === 127) return false;
  return true;
}

export function finish(drafts: readonly Draft[]): TraceEntry[] {
  let step = -1;
  return drafts.map((d, seq) => {
    if (d.kind === "CommandSent") step++;
    const { chunks, missing, size: _size, ...rest } = d;
    void _size;
    const out: Record<string, unknown> = { seq, step, ...rest, t: Math.round(d.t * 1000) / 1000 };
    if (chunks) {
      const payload = chunks.length === 1 ? chunks[0]! : concatBytes(chunks);
      out.bytes = payload.length + (missing ?? 0);
      if (d.kind === "DataSent") {
        const head = payload.subarray(0, PREVIEW_CHARS);
        if (printable(head)) out.text = bytesLatin1(head);
        if (payload.length <= KEEP_BYTES && !missing && !printable(payload)) out.b64 = toBase64(payload);
      } else if (payload.length <= KEEP_BYTES) out.b64 = toBase64(payload);
    }
    return out as unknown as TraceEntry;
  });
}

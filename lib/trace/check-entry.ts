/**
 * The check of one imported trace entry: every field the app reads is of the type the app expects,
 * so a file from outside can be shown or refused, never crash the page. Objects are read through own
 * properties only (a `"__proto__"` or `"constructor"` key is just a key), numbers must be finite.
 */
import type { EntryKind, Layer } from "./types";
import { isBase64 } from "../util/bytes";
import type { NoteRef } from "../util/note";
import { translate, type KeySuffix, type Lang } from "../i18n";

/** Why an entry cannot be shown, as a catalogue note (trace.import.*): the workbench says it in the learner's language. */
export type Why = NoteRef;
/** The reason in words (English for logs and the CLI). */
export const whyText = (w: Why, lang: Lang = "en"): string => translate(lang, w.key, w.params);
const why = (key: KeySuffix<"trace.import.">, params?: Readonly<Record<string, string | number>>): Why =>
  params ? { key: `trace.import.${key}`, params } : { key: `trace.import.${key}` };

export const KINDS: ReadonlySet<string> = new Set<EntryKind>([
  "CommandTyped",
  "SegmentSent",
  "CommandSent",
  "ReplySent",
  "DataSent",
  "DatagramSent",
  "SegmentDropped",
  "NatTranslated",
  "ConnectionRefused",
  "ConnectTimedOut",
  "ListenOpened",
  "Decision",
  "ClientPrinted",
  "TransferCompleted",
  "SimulationStopped",
]);

const LAYERS: ReadonlySet<string> = new Set<Layer>([
  "tcp",
  "udp",
  "ftp",
  "tftp",
  "nat",
  "firewall",
  "client",
]);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const own = (o: Obj, k: string): unknown => (Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined);
const isInt = (v: unknown, min: number, max: number): boolean =>
  typeof v === "number" && Number.isInteger(v) && v >= min && v <= max;
const optString = (v: unknown): boolean => v === undefined || typeof v === "string";

function checkEnd(x: unknown, name: string): Why | null {
  if (!isObj(x) || typeof own(x, "host") !== "string") return why("hostMissing", { field: `${name}.host` });
  if (!optString(own(x, "addr"))) return why("mustBeText", { field: `${name}.addr` });
  const port = own(x, "port");
  if (port !== undefined && !isInt(port, 0, 65535)) return why("mustBePort", { field: `${name}.port` });
  return null;
}

function checkNote(n: unknown): Why | null {
  if (n === undefined) return null;
  if (!isObj(n) || typeof own(n, "key") !== "string") return why("noteShape");
  const params = own(n, "params");
  if (params === undefined) return null;
  if (!isObj(params)) return why("noteParams");
  for (const k of Object.keys(params)) {
    const v = params[k];
    if (typeof v !== "string" && !(typeof v === "number" && Number.isFinite(v)))
      return why("noteParam", { field: `note.params.${k}` });
  }
  return null;
}

function checkPacket(x: unknown, name: string): Why | null {
  if (x === undefined) return null;
  if (!isObj(x) || typeof own(x, "src") !== "string" || typeof own(x, "dst") !== "string")
    return why("packetShape", { field: name });
  return optString(own(x, "text")) ? null : why("mustBeText", { field: `${name}.text` });
}

/** Why entry `v` (expected at position `seq`) cannot be shown, or null. */
export function checkEntry(v: unknown, seq: number): Why | null {
  if (!isObj(v)) return why("notObject");
  const e = (k: string) => own(v, k);
  if (e("seq") !== seq) return why("seq", { seq });
  const t = e("t");
  if (typeof t !== "number" || !Number.isFinite(t) || t < 0) return why("time");
  const kind = e("kind");
  if (typeof kind !== "string" || !KINDS.has(kind)) return why("kind", { kind: JSON.stringify(kind) ?? "" });
  if (!isInt(e("step"), -1, Number.MAX_SAFE_INTEGER)) return why("step");
  const layer = e("layer");
  if (layer !== undefined && !(typeof layer === "string" && LAYERS.has(layer)))
    return why("layer", { layers: [...LAYERS].join(", ") });
  const end = checkEnd(e("from"), "from") ?? checkEnd(e("to"), "to");
  if (end) return end;
  for (const k of ["text", "verb", "flags", "rule"])
    if (!optString(e(k))) return why("mustBeText", { field: k });
  const channel = e("channel");
  if (channel !== undefined && channel !== null && channel !== "control" && channel !== "data")
    return why("channel");
  if (e("code") !== undefined && !isInt(e("code"), 100, 599)) return why("code");
  for (const k of ["conn", "bytes", "seqNo", "ackNo"])
    if (e(k) !== undefined && !isInt(e(k), 0, Number.MAX_SAFE_INTEGER)) return why("whole", { field: k });
  const b64 = e("b64");
  if (b64 !== undefined && !(typeof b64 === "string" && isBase64(b64))) return why("b64");
  const packet = checkPacket(e("before"), "before") ?? checkPacket(e("after"), "after");
  if (packet) return packet;
  const tls = e("tls");
  if (
    tls !== undefined &&
    !(isObj(tls) && isInt(own(tls, "bytes"), 0, Number.MAX_SAFE_INTEGER) && isStrings(own(tls, "records")))
  )
    return why("tls");
  return checkNote(e("note"));
}

const isStrings = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === "string");

/**
 * The check of one imported trace entry: every field the app reads is of the type the app expects,
 * so a file from outside can be shown or refused, never crash the page. Objects are read through own
 * properties only (a `"__proto__"` or `"constructor"` key is just a key), numbers must be finite.
 */
import type { EntryKind, Layer } from "./types";
import { isBase64 } from "../util/bytes";

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

function checkEnd(x: unknown, name: string): string | null {
  if (!isObj(x) || typeof own(x, "host") !== "string") return `${name}.host is missing`;
  if (!optString(own(x, "addr"))) return `${name}.addr must be text`;
  const port = own(x, "port");
  if (port !== undefined && !isInt(port, 0, 65535)) return `${name}.port must be a port (0-65535)`;
  return null;
}

function checkNote(n: unknown): string | null {
  if (n === undefined) return null;
  if (!isObj(n) || typeof own(n, "key") !== "string") return "note must be {key, params}";
  const params = own(n, "params");
  if (params === undefined) return null;
  if (!isObj(params)) return "note.params must be an object";
  for (const k of Object.keys(params)) {
    const v = params[k];
    if (typeof v !== "string" && !(typeof v === "number" && Number.isFinite(v)))
      return `note.params.${k} must be text or a number`;
  }
  return null;
}

function checkPacket(x: unknown, name: string): string | null {
  if (x === undefined) return null;
  if (!isObj(x) || typeof own(x, "src") !== "string" || typeof own(x, "dst") !== "string")
    return `${name} must be {src, dst, text}`;
  return optString(own(x, "text")) ? null : `${name}.text must be text`;
}

/** Why entry `v` (expected at position `seq`) cannot be shown, or null. */
export function checkEntry(v: unknown, seq: number): string | null {
  if (!isObj(v)) return "an entry is a JSON object";
  const e = (k: string) => own(v, k);
  if (e("seq") !== seq) return `seq should be ${seq}`;
  const t = e("t");
  if (typeof t !== "number" || !Number.isFinite(t) || t < 0) return "t must be a time in ms ≥ 0";
  const kind = e("kind");
  if (typeof kind !== "string" || !KINDS.has(kind)) return `unknown kind ${JSON.stringify(kind)}`;
  if (!isInt(e("step"), -1, Number.MAX_SAFE_INTEGER)) return "step must be an integer";
  const layer = e("layer");
  if (layer !== undefined && !(typeof layer === "string" && LAYERS.has(layer)))
    return `layer must be one of ${[...LAYERS].join(", ")}`;
  const end = checkEnd(e("from"), "from") ?? checkEnd(e("to"), "to");
  if (end) return end;
  for (const k of ["text", "verb", "flags", "rule"]) if (!optString(e(k))) return `${k} must be text`;
  const channel = e("channel");
  if (channel !== undefined && channel !== null && channel !== "control" && channel !== "data")
    return 'channel must be "control", "data" or null';
  if (e("code") !== undefined && !isInt(e("code"), 100, 599)) return "code must be a reply code (100-599)";
  for (const k of ["conn", "bytes", "seqNo", "ackNo"])
    if (e(k) !== undefined && !isInt(e(k), 0, Number.MAX_SAFE_INTEGER))
      return `${k} must be a whole number ≥ 0`;
  const b64 = e("b64");
  if (b64 !== undefined && !(typeof b64 === "string" && isBase64(b64))) return "b64 must be base64 text";
  const packet = checkPacket(e("before"), "before") ?? checkPacket(e("after"), "after");
  if (packet) return packet;
  const tls = e("tls");
  if (
    tls !== undefined &&
    !(isObj(tls) && isInt(own(tls, "bytes"), 0, Number.MAX_SAFE_INTEGER) && isStrings(own(tls, "records")))
  )
    return "tls must be {bytes, records}";
  return checkNote(e("note"));
}

const isStrings = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === "string");

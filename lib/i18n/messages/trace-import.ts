/**
 * Why an imported trace (JSON lines) cannot be shown (lib/trace/serialize.ts, check-entry.ts). Field
 * names ({field}, seq, t, kind…) are the file's own JSON keys and stay as written in both languages.
 */
import { fromRows, type KeyOf } from "../rows";

const ROWS = [
  [
    "trace.import.tooLarge",
    "the file is larger than {max} {max|byte|bytes}",
    "el archivo ocupa más de {max} {max|byte|bytes}",
  ],
  ["trace.import.empty", "the file holds no trace entries", "el archivo no contiene entradas de traza"],
  ["trace.import.tooMany", "too many entries ({n} > {max})", "demasiadas entradas ({n} > {max})"],
  ["trace.import.atLine", "line {line}: {why}", "línea {line}: {why}"],
  ["trace.import.notJson", "not valid JSON", "no es JSON válido"],
  ["trace.import.notObject", "an entry is a JSON object", "cada entrada es un objeto JSON"],
  ["trace.import.seq", "seq should be {seq}", "seq debería ser {seq}"],
  ["trace.import.time", "t must be a time in ms ≥ 0", "t debe ser un tiempo en ms ≥ 0"],
  ["trace.import.kind", "unknown kind {kind}", "tipo de entrada (kind) desconocido: {kind}"],
  ["trace.import.step", "step must be an integer", "step debe ser un número entero"],
  ["trace.import.layer", "layer must be one of {layers}", "layer debe ser uno de {layers}"],
  ["trace.import.hostMissing", "{field} is missing", "falta {field}"],
  ["trace.import.mustBeText", "{field} must be text", "{field} debe ser texto"],
  ["trace.import.mustBePort", "{field} must be a port (0-65535)", "{field} debe ser un puerto (0-65535)"],
  [
    "trace.import.noteShape",
    "note must be an object with key and params",
    "note debe ser un objeto con key y params",
  ],
  ["trace.import.noteParams", "note.params must be an object", "note.params debe ser un objeto"],
  ["trace.import.noteParam", "{field} must be text or a number", "{field} debe ser texto o un número"],
  [
    "trace.import.packetShape",
    "{field} must be an object with src, dst and text",
    "{field} debe ser un objeto con src, dst y text",
  ],
  [
    "trace.import.channel",
    'channel must be "control", "data" or null',
    'channel debe ser "control", "data" o null',
  ],
  [
    "trace.import.code",
    "code must be a reply code (100-599)",
    "code debe ser un código de respuesta (100-599)",
  ],
  ["trace.import.whole", "{field} must be a whole number ≥ 0", "{field} debe ser un número entero ≥ 0"],
  ["trace.import.b64", "b64 must be base64 text", "b64 debe ser texto en base64"],
  [
    "trace.import.tls",
    "tls must be an object with bytes and records",
    "tls debe ser un objeto con bytes y records",
  ],
] as const;

/** This catalogue's keys (lib/i18n/core.ts joins every catalogue's into MessageKey). */
export type Key = KeyOf<typeof ROWS>;

export const messages = fromRows(ROWS);

/**
 * The printable handout (components/teaching/handout.tsx): a session's diagram and transcript with its
 * explanations, for a teacher to print and hand out. Loaded after the first screen (index.ts).
 */
import { fromRows, type KeyOf } from "../rows";

const ROWS = [
  ["handout.title", "FTP session: {topology}", "Sesión FTP: {topology}"],
  ["handout.titleTftp", "TFTP session: {topology}", "Sesión TFTP: {topology}"],
  ["handout.titleImported", "Imported trace", "Traza importada"],
  ["handout.lesson", "Lesson", "Lección"],
  [
    "handout.rangeAll",
    "The whole session: {n} {n|message|messages}, #0 to #{to}",
    "Toda la sesión: {n} {n|mensaje|mensajes}, del #0 al #{to}",
  ],
  [
    "handout.range",
    "Messages #{from} to #{to} ({n} of the session's {total})",
    "Mensajes del #{from} al #{to} ({n} de los {total} de la sesión)",
  ],
  ["handout.print", "Print", "Imprimir"],
  ["handout.back", "Back", "Volver"],
  [
    "handout.hint",
    "Esc goes back. Printed in black on white, with page breaks between rows.",
    "Esc para volver. Se imprime en negro sobre blanco, con los saltos de página entre filas.",
  ],
  ["handout.settings", "Network and settings", "Red y ajustes"],
  ["handout.hosts", "Machines", "Equipos"],
  ["handout.on", "on", "activado"],
  ["handout.off", "off", "desactivado"],
  [
    "handout.confDefault",
    "the classroom default (anonymous read-only, one local user who may write)",
    "la configuración de clase (anónimo de solo lectura y un usuario local que puede escribir)",
  ],
  [
    "handout.confChanged",
    "the classroom default with these lines:",
    "la configuración de clase con estas líneas:",
  ],
  [
    "handout.importedNote",
    "A trace read from a file: the settings that made it are not known.",
    "Una traza leída de un archivo: no se conocen los ajustes que la produjeron.",
  ],
  ["handout.legend", "How to read the diagram", "Cómo leer el diagrama"],
  ["handout.diagram", "Sequence diagram", "Diagrama de secuencia"],
  ["handout.part", "Diagram, part {n} of {total}", "Diagrama, parte {n} de {total}"],
  ["handout.transcript", "Transcript with explanations", "Transcripción con explicaciones"],
  [
    "handout.transcriptNone",
    "The client printed nothing in these messages.",
    "El cliente no mostró nada en estos mensajes.",
  ],
  ["handout.explanation", "Explanation", "Explicación"],
] as const;

/** This catalogue's keys (lib/i18n/core.ts joins every catalogue's into MessageKey). */
export type Key = KeyOf<typeof ROWS>;

export const messages = fromRows(ROWS);

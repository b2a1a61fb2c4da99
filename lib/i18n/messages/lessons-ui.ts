/**
 * The teaching UI's words (keys lesson.ui.*, on the first screen before the course's text): the lessons
 * panel, presenter mode, predict mode, sharing, export and import, and the captions for commands and TCP
 * flags.
 */
import { fromRows, type KeyOf } from "../rows";

const ROWS = [
  ["lesson.ui.bar", "Teaching", "Docencia"],
  ["lesson.ui.open", "Lessons", "Lecciones"],
  ["lesson.ui.panel", "Lessons", "Lecciones"],
  ["lesson.ui.close", "Close", "Cerrar"],
  ["lesson.ui.list", "Course", "Curso"],
  [
    "lesson.ui.progress",
    "{done} of {total} {total|step|steps} done",
    "{done} de {total} {total|paso hecho|pasos hechos}",
  ],
  ["lesson.ui.stepOf", "Step {n} of {total}", "Paso {n} de {total}"],
  ["lesson.ui.showMe", "Show me", "Muéstramelo"],
  ["lesson.ui.next", "Next", "Siguiente"],
  ["lesson.ui.prev", "Previous", "Anterior"],
  ["lesson.ui.restart", "Restart", "Reiniciar"],
  ["lesson.ui.backToList", "All lessons", "Todas las lecciones"],
  ["lesson.ui.task", "Your turn", "Te toca"],
  ["lesson.ui.done", "Done", "Hecho"],
  ["lesson.ui.todo", "Not yet", "Pendiente"],
  ["lesson.ui.noCheck", "Read and go on", "Lee y sigue"],
  ["lesson.ui.loaded", "Lesson loaded: {title}", "Lección cargada: {title}"],
  ["lesson.ui.finished", "Lesson complete. Well done!", "Lección completada. ¡Bien hecho!"],
  ["lesson.ui.presenter", "Presenter", "Presentar"],
  ["lesson.ui.presenterTitle", "Presenter mode", "Modo presentación"],
  [
    "lesson.ui.presenterHelp",
    "PageDown / → next message · PageUp / ← previous · N Show me, then the next step · + / − text size · Esc leaves",
    "AvPág / → mensaje siguiente · RePág / ← anterior · N muéstramelo y luego el paso siguiente · + / − tamaño del texto · Esc para salir",
  ],
  ["lesson.ui.bigger", "A+: larger text (+)", "A+: texto más grande (+)"],
  ["lesson.ui.smaller", "A−: smaller text (−)", "A−: texto más pequeño (−)"],
  ["lesson.ui.textSize", "Text size: {pct} %", "Tamaño del texto: {pct} %"],
  ["lesson.ui.nextStep", "Next step (N)", "Paso siguiente (N)"],
  ["lesson.ui.showMeKey", "Show me (N)", "Muéstramelo (N)"],
  ["lesson.ui.leave", "Leave (Esc)", "Salir (Esc)"],
  ["lesson.ui.caption", "At the cursor", "En el cursor"],
  ["lesson.ui.noEntry", "Nothing yet: type a command.", "Aún nada: escribe una orden."],
  ["lesson.ui.predict", "Predict", "Predecir"],
  ["lesson.ui.predictTitle", "Predict the reply", "Predice la respuesta"],
  [
    "lesson.ui.predictAsk",
    "The client sent {command}. Which reply comes next?",
    "El cliente envió {command}. ¿Qué respuesta viene?",
  ],
  [
    "lesson.ui.predictGreeting",
    "The client just connected. Which reply comes first?",
    "El cliente acaba de conectarse. ¿Qué respuesta llega primero?",
  ],
  ["lesson.ui.byCode", "Exact code", "Código exacto"],
  ["lesson.ui.byClass", "Class only", "Solo la clase"],
  ["lesson.ui.classN", "{n}xx", "{n}xx"],
  ["lesson.ui.right", "Right: {code}.", "Correcto: {code}."],
  ["lesson.ui.wrong", "Not quite: it was {code}.", "No exactamente: era {code}."],
  ["lesson.ui.score", "Score: {right} of {asked}", "Puntos: {right} de {asked}"],
  ["lesson.ui.continue", "Next reply", "Siguiente respuesta"],
  [
    "lesson.ui.noMore",
    "No more replies in this session: type a command to go on.",
    "No hay más respuestas en esta sesión: escribe una orden para seguir.",
  ],
  ["lesson.ui.share", "Share link", "Enlace para compartir"],
  [
    "lesson.ui.copied",
    "Link copied: it reproduces this session exactly.",
    "Enlace copiado: reproduce exactamente esta sesión.",
  ],
  ["lesson.ui.copyFailed", "Copy this link:", "Copia este enlace:"],
  [
    "lesson.ui.shareLoaded",
    "Shared session opened ({n} {n|command|commands}).",
    "Sesión compartida abierta ({n} {n|orden|órdenes}).",
  ],
  ["lesson.ui.export", "Export", "Exportar"],
  ["lesson.ui.exportSvg", "Diagram (SVG)", "Diagrama (SVG)"],
  ["lesson.ui.exportPng", "Diagram (PNG)", "Diagrama (PNG)"],
  ["lesson.ui.exportText", "Transcript (text)", "Transcripción (texto)"],
  ["lesson.ui.exportJsonl", "Trace (JSON lines)", "Traza (líneas JSON)"],
  ["lesson.ui.exportPcapng", "Capture for Wireshark (pcapng)", "Captura para Wireshark (pcapng)"],
  ["lesson.ui.exportHandout", "Printable handout", "Versión para imprimir"],
  [
    "lesson.ui.exportPcapngPartial",
    "Capture saved; {n} {n|packet carries|packets carry} only the bytes the trace kept (cut short, as with a small snaplen).",
    "Captura guardada; {n} {n|paquete lleva|paquetes llevan} solo los bytes que guardó la traza (cortados, como con un snaplen pequeño).",
  ],
  ["lesson.ui.import", "Open trace or scenario…", "Abrir traza o escenario…"],
  [
    "lesson.ui.viewing",
    "Viewing an imported trace ({n} {n|entry|entries}), read-only.",
    "Viendo una traza importada ({n} {n|entrada|entradas}), solo lectura.",
  ],
  ["lesson.ui.backToMine", "Back to my session", "Volver a mi sesión"],
  ["lesson.ui.openCapture", "Open capture…", "Abrir captura…"],
  [
    "lesson.ui.readingCapture",
    "Reading the capture {file} in the background…",
    "Leyendo la captura {file} en segundo plano…",
  ],
  [
    "lesson.ui.viewingCapture",
    "Viewing the capture {file} ({packets} {packets|packet|packets}, {n} {n|entry|entries}), read-only.",
    "Viendo la captura {file} ({packets} {packets|paquete|paquetes}, {n} {n|entrada|entradas}), solo lectura.",
  ],
  [
    "lesson.ui.viewingCaptureNotes",
    "Viewing the capture {file} ({packets} {packets|packet|packets}, {n} {n|entry|entries}), read-only. Note: {problems}",
    "Viendo la captura {file} ({packets} {packets|paquete|paquetes}, {n} {n|entrada|entradas}), solo lectura. Ojo: {problems}",
  ],
  [
    "lesson.ui.captureFailed",
    "Could not read the capture {file}: {problems}",
    "No se pudo leer la captura {file}: {problems}",
  ],
  ["lesson.ui.importFailed", "Could not import {file}: {problems}", "No se pudo importar {file}: {problems}"],
  [
    "lesson.ui.scenarioLoaded",
    "Scenario {file} loaded: {n} {n|command|commands} to step through from the start.",
    "Escenario {file} cargado: {n} {n|orden|órdenes} para recorrer desde el principio.",
  ],
  [
    "lesson.ui.scenarioBad",
    "{file} looks like a scenario, but these fields are wrong: {fields}. Your session is as it was.",
    "{file} parece un escenario, pero estos campos no son válidos: {fields}. Tu sesión sigue como estaba.",
  ],
  [
    "lesson.ui.share.badBase64",
    "the link is damaged (characters outside base64url)",
    "el enlace está dañado (caracteres fuera de base64url)",
  ],
  [
    "lesson.ui.share.badDeflate",
    "the link is damaged or cut short (it does not decompress)",
    "el enlace está dañado o cortado (no se descomprime)",
  ],
  [
    "lesson.ui.share.badJson",
    "the link's content is not a session",
    "el contenido del enlace no es una sesión",
  ],
  [
    "lesson.ui.share.badVersion",
    "the link is from another version (v={v})",
    "el enlace es de otra versión (v={v})",
  ],
  [
    "lesson.ui.share.badScenario",
    "the link's scenario is invalid: {problems}",
    "el escenario del enlace no es válido: {problems}",
  ],
  ["lesson.ui.share.badInputs", "command {n} in the link is invalid", "la orden {n} del enlace no es válida"],
  ["lesson.ui.share.badCursor", "the link's position is invalid", "la posición del enlace no es válida"],
  [
    "lesson.ui.share.failed",
    "This share link cannot be opened: {problem}. Your own session is unchanged.",
    "No se puede abrir este enlace: {problem}. Tu sesión sigue como estaba.",
  ],
  ["lesson.ui.verb.USER", "USER names the account to log in with", "USER indica la cuenta con la que entrar"],
  ["lesson.ui.verb.PASS", "PASS sends the password, in clear text", "PASS envía la contraseña, en claro"],
  [
    "lesson.ui.verb.PORT",
    "PORT: the client listens at h1.h2.h3.h4, port p1×256+p2; the server will connect there",
    "PORT: el cliente escucha en h1.h2.h3.h4, puerto p1×256+p2; el servidor se conectará ahí",
  ],
  [
    "lesson.ui.verb.EPRT",
    "EPRT: like PORT, with the address written out (IPv4 or IPv6)",
    "EPRT: como PORT, con la dirección escrita entera (IPv4 o IPv6)",
  ],
  [
    "lesson.ui.verb.PASV",
    "PASV asks the server to listen and say where (227)",
    "PASV pide al servidor que escuche y diga dónde (227)",
  ],
  [
    "lesson.ui.verb.EPSV",
    "EPSV asks the server to listen and say only the port (229)",
    "EPSV pide al servidor que escuche y diga solo el puerto (229)",
  ],
  [
    "lesson.ui.verb.LIST",
    "LIST asks for a directory listing over a data connection",
    "LIST pide un listado del directorio por una conexión de datos",
  ],
  [
    "lesson.ui.verb.RETR",
    "RETR asks for a file over a data connection",
    "RETR pide un archivo por una conexión de datos",
  ],
  [
    "lesson.ui.verb.STOR",
    "STOR sends a file over a data connection",
    "STOR envía un archivo por una conexión de datos",
  ],
  ["lesson.ui.verb.CWD", "CWD changes the working directory", "CWD cambia el directorio de trabajo"],
  ["lesson.ui.verb.PWD", "PWD asks for the working directory", "PWD pregunta el directorio de trabajo"],
  ["lesson.ui.verb.MKD", "MKD creates a directory", "MKD crea un directorio"],
  ["lesson.ui.verb.DELE", "DELE deletes a file", "DELE borra un archivo"],
  [
    "lesson.ui.verb.TYPE",
    "TYPE chooses ASCII (A) or binary (I) representation",
    "TYPE elige representación ASCII (A) o binaria (I)",
  ],
  [
    "lesson.ui.verb.REST",
    "REST sets the byte offset the next RETR starts from",
    "REST fija el byte desde el que empezará el próximo RETR",
  ],
  ["lesson.ui.verb.ABOR", "ABOR aborts the transfer in progress", "ABOR aborta la transferencia en curso"],
  ["lesson.ui.verb.QUIT", "QUIT ends the session", "QUIT termina la sesión"],
  [
    "lesson.ui.flag.SYN",
    "SYN: first segment of a TCP connection (who sends it is who connects)",
    "SYN: primer segmento de una conexión TCP (quien lo envía es quien se conecta)",
  ],
  [
    "lesson.ui.flag.SYN-ACK",
    "SYN-ACK: the listening side accepts the connection",
    "SYN-ACK: el lado que escucha acepta la conexión",
  ],
  ["lesson.ui.flag.ACK", "ACK: acknowledges what arrived", "ACK: confirma lo recibido"],
  [
    "lesson.ui.flag.FIN-ACK",
    "FIN: this side has finished sending; the connection closes",
    "FIN: este lado ha terminado de enviar; la conexión se cierra",
  ],
  [
    "lesson.ui.flag.FIN",
    "FIN: this side has finished sending; the connection closes",
    "FIN: este lado ha terminado de enviar; la conexión se cierra",
  ],
  [
    "lesson.ui.flag.RST",
    "RST: the connection is refused or torn down",
    "RST: la conexión se rechaza o se corta",
  ],
] as const;

/** This catalogue's keys (lib/i18n/core.ts joins every catalogue's into MessageKey). */
export type Key = KeyOf<typeof ROWS>;

export const messages = fromRows(ROWS);

/**
 * What tnftp and Windows' ftp.exe print where their wording differs from netkit's (lib/ftp/client/
 * profiles.ts picks the prefix), and the notes that explain what these programs do on their own.
 * The printed lines are the programs' own English; the Spanish is what the UI shows beside them.
 */
import { fromRows, type KeyOf } from "../rows";

const ROWS = [
  [
    "client.tnftp.passive.on",
    "Passive mode: on; fallback to active mode: on.",
    "Modo pasivo: activado; recurso al modo activo: activado.",
  ],
  [
    "client.tnftp.passive.off",
    "Passive mode: off; fallback to active mode: off.",
    "Modo pasivo: desactivado; recurso al modo activo: desactivado.",
  ],
  [
    "client.tnftp.received",
    "{bytes} {bytes|byte|bytes} received in {elapsed} ({rate})",
    "{bytes} {bytes|byte recibido|bytes recibidos} en {elapsed} ({rate})",
  ],
  [
    "client.tnftp.sent",
    "{bytes} {bytes|byte|bytes} sent in {elapsed} ({rate})",
    "{bytes} {bytes|byte enviado|bytes enviados} en {elapsed} ({rate})",
  ],
  ["client.tnftp.remoteDir", "Remote directory: {dir}", "Directorio remoto: {dir}"],
  // tnftp reports a refused login through warnx(3): the program's name first, no full stop (recorded,
  // test/fixtures/tnftp-20210827/eof-password.txt); netkit prints "Login failed.".
  ["client.tnftp.loginFailed", "ftp: Login failed", "ftp: Fallo al iniciar sesión"],
  ["client.windows.invalid", "Invalid command.", "Orden no válida."],
  [
    "client.windows.received",
    "ftp: {bytes} bytes received in {secs}Seconds {rate}Kbytes/sec.",
    "ftp: {bytes} {bytes|byte recibido|bytes recibidos} en {secs} s, {rate} kbytes/s.",
  ],
  [
    "client.windows.sent",
    "ftp: {bytes} bytes sent in {secs}Seconds {rate}Kbytes/sec.",
    "ftp: {bytes} {bytes|byte enviado|bytes enviados} en {secs} s, {rate} kbytes/s.",
  ],
  [
    "client.note.profile.feat",
    "tnftp asks FEAT after SYST, quietly, to learn what the server supports (MDTM, SIZE, REST STREAM…).",
    "tnftp pregunta FEAT tras SYST, sin mostrarlo, para saber qué admite el servidor (MDTM, SIZE, REST STREAM…).",
  ],
  [
    "client.note.profile.size",
    "tnftp asks the file's SIZE before downloading it, to draw its progress bar.",
    "tnftp pregunta el tamaño (SIZE) del archivo antes de descargarlo, para dibujar su barra de progreso.",
  ],
  [
    "client.note.profile.mdtm",
    "tnftp asks MDTM after the download to give the local copy the server's modification time.",
    "tnftp pregunta MDTM tras la descarga para dar a la copia local la fecha de modificación del servidor.",
  ],
  [
    "client.note.profile.type",
    "tnftp sets the representation type a transfer needs on its own, with verbose off: the TYPE reply is not printed.",
    "tnftp fija por su cuenta el tipo de representación que necesita la transferencia, sin mostrarlo: la respuesta a TYPE no se imprime.",
  ],
  [
    "client.note.profile.pwd",
    "tnftp sends PWD with verbose off and prints the directory from the 257 reply itself.",
    "tnftp envía PWD sin mostrarlo e imprime él mismo el directorio de la respuesta 257.",
  ],
  [
    "client.note.profile.utf8",
    "Windows' ftp.exe sends OPTS UTF8 ON after every greeting, before the login.",
    "El ftp.exe de Windows envía OPTS UTF8 ON tras cada saludo, antes de iniciar sesión.",
  ],
  [
    "client.note.profile.extended",
    "tnftp uses the extended commands first, on IPv4 too (EPSV, EPRT: RFC 2428); PASV or PORT only if the server refuses them.",
    "tnftp usa primero las órdenes extendidas, también en IPv4 (EPSV, EPRT: RFC 2428); PASV o PORT solo si el servidor las rechaza.",
  ],
  [
    "client.note.profile.noFallback",
    "Windows' ftp.exe has no passive mode and no fallback: once PORT is refused, this transfer cannot happen.",
    "El ftp.exe de Windows no tiene modo pasivo ni alternativa: rechazado el PORT, esta transferencia no puede hacerse.",
  ],
  ["client.note.profile.lacks", "{program} has no “{cmd}” command.", "{program} no tiene la orden «{cmd}»."],
] as const;

/** This catalogue's keys (lib/i18n/core.ts joins every catalogue's into MessageKey). */
export type Key = KeyOf<typeof ROWS>;

export const messages = fromRows(ROWS);

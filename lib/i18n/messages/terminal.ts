/**
 * The terminal's texts: one-line explanations of replies in context (lib/ftp/explain.ts) and the
 * panel's own labels. Facts from RFC 959 / 2428 and vsftpd's behaviour, in our own words.
 */
import { fromRows, type KeyOf } from "../rows";

const ROWS = [
  [
    "term.unknown",
    "reply code {code} is outside the classes 1xx–5xx",
    "el código {code} está fuera de las clases 1xx–5xx",
  ],
  [
    "term.220",
    "the server is ready: the client sends USER next",
    "el servidor está listo: el cliente envía ahora USER",
  ],
  [
    "term.221",
    "the server says goodbye and closes the control connection",
    "el servidor se despide y cierra la conexión de control",
  ],
  [
    "term.331",
    "the user name is accepted; now the password (PASS) is needed",
    "usuario aceptado; ahora hace falta la contraseña (PASS)",
  ],
  [
    "term.331.anon",
    "anonymous login: any password will do (traditionally an e-mail address)",
    "acceso anónimo: vale cualquier contraseña (por tradición, un correo electrónico)",
  ],
  [
    "term.230",
    "login accepted: commands that need a session work from now on",
    "sesión iniciada: desde ahora funcionan las órdenes que la necesitan",
  ],
  ["term.530", "not logged in: the server refused this", "sin sesión: el servidor lo ha rechazado"],
  [
    "term.530.incorrect",
    "login refused: wrong user name or password",
    "acceso denegado: usuario o contraseña incorrectos",
  ],
  [
    "term.530.anonOnly",
    "this server only accepts anonymous logins (user anonymous or ftp)",
    "este servidor solo admite acceso anónimo (usuario anonymous o ftp)",
  ],
  [
    "term.530.needLogin",
    "this command needs a session: log in with USER and PASS first",
    "esta orden necesita sesión: entra antes con USER y PASS",
  ],
  [
    "term.530.changeUser",
    "vsftpd does not let a logged-in session change user: USER after login is refused and the session stays logged in as before",
    "vsftpd no deja que una sesión iniciada cambie de usuario: USER tras el inicio de sesión se rechaza y la sesión sigue como estaba",
  ],
  [
    "term.503",
    "commands in the wrong order for this session",
    "órdenes en un orden incorrecto para esta sesión",
  ],
  ["term.503.user", "PASS must come right after USER", "PASS tiene que ir justo después de USER"],
  [
    "term.503.rnfr",
    "RNTO needs an RNFR (the old name) first",
    "RNTO necesita antes un RNFR (el nombre antiguo)",
  ],
  [
    "term.227",
    "the server listens on {addr} port {p1}×256+{p2} = {port}; the data connection is to be opened there{note}",
    "el servidor escucha en {addr} puerto {p1}×256+{p2} = {port}; la conexión de datos debe abrirse allí{note}",
  ],
  [
    "term.229",
    "the server listens on port {port} at the control connection's address ({addr})",
    "el servidor escucha en el puerto {port} de la dirección de la conexión de control ({addr})",
  ],
  [
    "term.200.port",
    "the server will connect to {addr} port {p1}×256+{p2} = {port} when a transfer starts",
    "el servidor se conectará a {addr} puerto {p1}×256+{p2} = {port} cuando empiece una transferencia",
  ],
  [
    "term.200.binary",
    "binary (image) mode: bytes travel unchanged",
    "modo binario (imagen): los bytes viajan sin cambios",
  ],
  [
    "term.200.ascii",
    "the type is now ASCII; with vsftpd's defaults (ascii_upload_enable=NO, ascii_download_enable=NO) no line ending is converted, and the 150 still says BINARY",
    "el tipo pasa a ASCII; con lo que vsftpd trae por defecto (ascii_upload_enable=NO, ascii_download_enable=NO) no se convierte ningún final de línea, y el 150 sigue diciendo BINARY",
  ],
  ["term.500", "the server does not understand this command", "el servidor no entiende esta orden"],
  [
    "term.500.port",
    "vsftpd refused the PORT: the address is not the one this control connection comes from (or the port is below 1024)",
    "vsftpd ha rechazado el PORT: la dirección no es aquella desde la que llega esta conexión de control (o el puerto es menor que 1024)",
  ],
  [
    "term.500.portMalformed",
    "vsftpd could not read six numbers h1,h2,h3,h4,p1,p2 (each 0–255) in this PORT, so it refused it",
    "vsftpd no ha podido leer seis números h1,h2,h3,h4,p1,p2 (cada uno de 0 a 255) en este PORT, así que lo ha rechazado",
  ],
  [
    "term.500.oops",
    "vsftpd hit a fatal error and ends the session",
    "vsftpd ha sufrido un error fatal y termina la sesión",
  ],
  [
    "term.501",
    "the command's argument is missing or malformed",
    "falta el argumento de la orden o está mal formado",
  ],
  [
    "term.502",
    "the server does not implement this command (or it is switched off)",
    "el servidor no implementa esta orden (o está desactivada)",
  ],
  [
    "term.150",
    "the data connection is opening; the transfer starts",
    "se abre la conexión de datos; empieza la transferencia",
  ],
  [
    "term.150.list",
    "the data connection is opening: the listing travels on it, not on this connection",
    "se abre la conexión de datos: el listado viaja por ella, no por esta conexión",
  ],
  [
    "term.150.retr",
    "the data connection is opening: the file travels on it",
    "se abre la conexión de datos: el archivo viaja por ella",
  ],
  [
    "term.150.retrSize",
    "the data connection is opening: {bytes} {bytes|byte of the file travels|bytes of the file travel} on it",
    "se abre la conexión de datos: {bytes} {bytes|byte del archivo viaja|bytes del archivo viajan} por ella",
  ],
  [
    "term.150.stor",
    "the server is ready to receive: the client sends the file on the data connection",
    "el servidor está listo para recibir: el cliente envía el archivo por la conexión de datos",
  ],
  [
    "term.125",
    "the data connection was already open; the transfer starts",
    "la conexión de datos ya estaba abierta; empieza la transferencia",
  ],
  [
    "term.226",
    "transfer complete: the data connection is closed (the client also waits for its end of data)",
    "transferencia completa: la conexión de datos está cerrada (el cliente espera también el fin de los datos)",
  ],
  [
    "term.226.list",
    "the whole listing was sent; the server closed the data connection",
    "se ha enviado el listado entero; el servidor ha cerrado la conexión de datos",
  ],
  [
    "term.226.abor",
    "abort done: the transfer stopped and the data connection is closed",
    "interrupción hecha: la transferencia se ha parado y la conexión de datos está cerrada",
  ],
  [
    "term.226.beforeAbor",
    "this 226 completes the transfer (RETR/STOR), which ended before the server read ABOR (vsftpd does not read commands during a transfer unless async_abor_enable=YES); ABOR's own answer comes next",
    "este 226 completa la transferencia (RETR/STOR), que terminó antes de que el servidor leyera ABOR (vsftpd no lee órdenes durante una transferencia salvo con async_abor_enable=YES); la respuesta propia de ABOR llega después",
  ],
  ["term.225.noTransfer", "there was no transfer to abort", "no había ninguna transferencia que interrumpir"],
  ["term.425", "the data connection could not be opened", "no se ha podido abrir la conexión de datos"],
  [
    "term.425.first",
    "a transfer needs a data connection set up first: PASV (or EPSV) or PORT",
    "una transferencia necesita antes preparar la conexión de datos: PASV (o EPSV) o PORT",
  ],
  [
    "term.425.badIp",
    "the data connection came from another address than the control connection, so vsftpd refused it",
    "la conexión de datos llegó desde otra dirección que la de control, así que vsftpd la ha rechazado",
  ],
  [
    "term.426",
    "the data connection closed before the end: the transfer was aborted",
    "la conexión de datos se cerró antes del final: la transferencia se ha abortado",
  ],
  ["term.421", "the server is closing the control connection", "el servidor cierra la conexión de control"],
  [
    "term.421.timeout",
    "the session was idle too long, so the server closed it (idle_session_timeout)",
    "la sesión estuvo inactiva demasiado tiempo y el servidor la ha cerrado (idle_session_timeout)",
  ],
  [
    "term.421.dataTimeout",
    "the data connection made no progress for data_connection_timeout seconds (300 by default), so vsftpd closed the session",
    "la conexión de datos no avanzó durante data_connection_timeout segundos (300 por defecto), así que vsftpd cerró la sesión",
  ],
  ["term.250.cwd", "the working directory changed", "ha cambiado el directorio de trabajo"],
  ["term.250.dele", "the file was deleted", "se ha borrado el archivo"],
  ["term.250.rmd", "the directory was removed", "se ha eliminado el directorio"],
  ["term.250.rnto", "the file was renamed", "se ha renombrado el archivo"],
  ["term.257", "the current directory is {path}", "el directorio actual es {path}"],
  ["term.257.mkd", "directory {path} created", "se ha creado el directorio {path}"],
  [
    "term.213.size",
    "the file is {bytes} {bytes|byte|bytes} long",
    "el archivo mide {bytes} {bytes|byte|bytes}",
  ],
  ["term.213.mdtm", "last modified {when} UTC", "última modificación: {when} UTC"],
  [
    "term.213.stat",
    "the status of that path as a listing; vsftpd answers every STAT with 213 (file status) and never uses 212 (directory status), although RFC 959 lists it",
    "el estado de esa ruta en forma de listado; vsftpd responde a todo STAT con 213 (estado de archivo) y nunca usa 212 (estado de directorio), aunque RFC 959 lo recoja",
  ],
  [
    "term.215",
    "the server's system type, which tells the client what listings look like",
    "el tipo de sistema del servidor, que indica al cliente cómo son los listados",
  ],
  ["term.211", "the server lists its features or status", "el servidor enumera sus extensiones o su estado"],
  ["term.214", "help from the server", "ayuda del servidor"],
  [
    "term.350.rnto",
    "the old name is noted: send RNTO with the new one",
    "nombre antiguo anotado: envía RNTO con el nuevo",
  ],
  [
    "term.350.rest",
    "the next RETR or STOR resumes at byte {offset}",
    "el próximo RETR o STOR continuará desde el byte {offset}",
  ],
  [
    "term.550.retr",
    "the file does not exist or cannot be read here",
    "el archivo no existe o no se puede leer aquí",
  ],
  [
    "term.550.open",
    "vsftpd could not open the file for you: it does not exist, or it is not readable; an anonymous user gets only world-readable files (anon_world_readable_only=YES), and an anonymous upload is created with anon_umask 077 (mode 600), so it cannot be downloaded",
    "vsftpd no ha podido abrirte el archivo: no existe o no es legible; un usuario anónimo solo obtiene archivos legibles por todos (anon_world_readable_only=YES), y una subida anónima se crea con anon_umask 077 (modo 600), así que no se puede descargar",
  ],
  [
    "term.550.write",
    "refused: writing is not allowed here (write_enable, anon_upload_enable or permissions)",
    "rechazado: aquí no se permite escribir (write_enable, anon_upload_enable o los permisos)",
  ],
  [
    "term.550.cwd",
    "no such directory, or no permission to enter it",
    "ese directorio no existe o no tienes permiso para entrar",
  ],
  [
    "term.550.perm",
    "permission denied by the server's settings or the file's permissions",
    "permiso denegado por la configuración del servidor o por los permisos del archivo",
  ],
  [
    "term.553",
    "the file cannot be created: uploads are off or the name is not allowed",
    "no se puede crear el archivo: las subidas están desactivadas o el nombre no está permitido",
  ],
  ["term.ui.label", "FTP client terminal", "Terminal del cliente FTP"],
  [
    "term.ui.readOnly",
    "(not run: an imported trace is on screen and cannot be changed; “Back to my session” returns to yours, where you can type)",
    "(no se ejecuta: en pantalla hay una traza importada, que no se puede modificar; «Volver a mi sesión» te devuelve a la tuya, donde puedes escribir)",
  ],
  [
    "term.ui.ncEndOfInput",
    "(Ctrl+D: the real nc, Debian's netcat-openbsd, does not end when its input ends: it stops reading the keyboard and waits until the server closes the connection, which vsftpd does after idle_session_timeout with a 421. Here nc stays open; Ctrl+C leaves it.)",
    "(Ctrl+D: el nc real, netcat-openbsd de Debian, no termina cuando acaba su entrada: deja de leer el teclado y espera a que el servidor cierre la conexión, cosa que vsftpd hace tras idle_session_timeout, con un 421. Aquí nc sigue abierto; Ctrl+C sale de él.)",
  ],
  ["term.ui.settings", "Terminal settings", "Ajustes del terminal"],
  ["term.ui.showSent", "---> sent", "---> enviadas"],
  ["term.ui.showExplain", "Explanations", "Explicaciones"],
  [
    "term.ui.hint",
    "Type a command and press Enter. ↑/↓ history, Tab completes, Ctrl+C interrupts. To leave the terminal press Esc, then Tab (or Shift+Tab).",
    "Escribe una orden y pulsa Intro. ↑/↓ historial, Tab completa, Ctrl+C interrumpe. Para salir del terminal pulsa Esc y después Tab (o Mayús+Tab).",
  ],
  ["term.ui.escape", "Esc, then Tab: leave", "Esc y después Tab: salir"],
  ["term.ui.released", "Tab now leaves the terminal", "Ahora Tab sale del terminal"],
  ["term.ui.loading", "Loading the terminal…", "Cargando el terminal…"],
  [
    "term.ui.queued",
    "{count} pasted {count|line|lines} waiting",
    "{count} {count|línea pegada|líneas pegadas} en espera",
  ],
] as const;

/** This catalogue's keys (lib/i18n/core.ts joins every catalogue's into MessageKey). */
export type Key = KeyOf<typeof ROWS>;

export const messages = fromRows(ROWS);

/**
 * The Live source's words (keys live.*): the workbench watching `npm run ftpd -- --live`.
 */
import { fromRows, type KeyOf } from "../rows";

const ROWS = [
  ["live.button", "Live", "En directo"],
  ["live.title", "Live: sessions of a real server", "En directo: sesiones de un servidor real"],
  [
    "live.intro",
    "Start the real server with npm run ftpd -- --live, connect any FTP client to it (curl, FileZilla, ftp, a browser) and watch each session here as it happens. Stepping works as usual.",
    "Arranca el servidor real con npm run ftpd -- --live, conecta cualquier cliente FTP (curl, FileZilla, ftp, un navegador) y mira aquí cada sesión mientras ocurre. Se puede avanzar y retroceder como siempre.",
  ],
  ["live.address", "Address of ftpd --live", "Dirección de ftpd --live"],
  ["live.connect", "Connect", "Conectar"],
  ["live.disconnect", "Disconnect", "Desconectar"],
  ["live.close", "Close", "Cerrar"],
  ["live.state.idle", "Not connected.", "Sin conectar."],
  ["live.state.connecting", "Connecting to {addr}…", "Conectando con {addr}…"],
  ["live.state.connected", "Connected to {addr} · sessions: {n}", "Conectado a {addr} · sesiones: {n}"],
  [
    "live.state.unreachable",
    "Cannot reach {addr}. Is npm run ftpd -- --live running on this computer, with that port? If this page does not come from ftpd itself, start ftpd with --live-origin {origin}.",
    "No se puede conectar con {addr}. ¿Está en marcha npm run ftpd -- --live en este ordenador, con ese puerto? Si esta página no la sirve el propio ftpd, arranca ftpd con --live-origin {origin}.",
  ],
  [
    "live.state.notFtpd",
    "{addr} answered, but it is not the live view of ftpd.",
    "{addr} respondió, pero no es la vista en directo de ftpd.",
  ],
  [
    "live.state.lost",
    "The connection to {addr} was lost; trying again…",
    "Se perdió la conexión con {addr}; reintentando…",
  ],
  [
    "live.state.badMessage",
    "A message from the server was ignored: {problem}",
    "Se ignoró un mensaje del servidor: {problem}",
  ],
  [
    "live.addr.empty",
    "Type the address ftpd printed (for example http://127.0.0.1:8021).",
    "Escribe la dirección que mostró ftpd (por ejemplo http://127.0.0.1:8021).",
  ],
  [
    "live.addr.malformed",
    "That is not an address (for example http://127.0.0.1:8021).",
    "Eso no es una dirección (por ejemplo http://127.0.0.1:8021).",
  ],
  [
    "live.addr.scheme",
    "The address starts with http:// or https://.",
    "La dirección empieza por http:// o https://.",
  ],
  [
    "live.addr.path",
    "Only the address and port, with no path (for example http://127.0.0.1:8021).",
    "Solo la dirección y el puerto, sin ruta (por ejemplo http://127.0.0.1:8021).",
  ],
  [
    "live.addr.notLoopback",
    "ftpd serves the live view only on this computer: use 127.0.0.1, localhost or [::1].",
    "ftpd sirve la vista en directo solo en este ordenador: usa 127.0.0.1, localhost o [::1].",
  ],
  [
    "live.addr.port",
    "Add the port ftpd printed, from 1 to 65535 (for example :8021).",
    "Añade el puerto que mostró ftpd, de 1 a 65535 (por ejemplo :8021).",
  ],
  [
    "live.problem.version",
    "This ftpd speaks version {got} of the live stream; this page reads version {want}. Use the same version of both.",
    "Este ftpd habla la versión {got} del flujo en directo; esta página lee la versión {want}. Usa la misma versión de ambos.",
  ],
  ["live.sessions", "Sessions", "Sesiones"],
  [
    "live.none",
    "No session yet: connect an FTP client to the server (for example: curl ftp://127.0.0.1:2121/).",
    "Aún no hay sesiones: conecta un cliente FTP al servidor (por ejemplo: curl ftp://127.0.0.1:2121/).",
  ],
  ["live.session", "Session {id}: {user} from {client}", "Sesión {id}: {user} desde {client}"],
  ["live.noUser", "(no USER yet)", "(aún sin USER)"],
  ["live.open", "open", "abierta"],
  ["live.closed", "closed", "cerrada"],
  ["live.messages", "{n} {n|message|messages}", "{n} {n|mensaje|mensajes}"],
  ["live.cut", "trace cut after {n} {n|message|messages}", "traza cortada tras {n} {n|mensaje|mensajes}"],
  [
    "live.watching",
    "Watching session {id} live (read-only); new messages appear while the cursor is at the end. Until you pick a session, the newest one is shown.",
    "Viendo la sesión {id} en directo (solo lectura); los mensajes nuevos aparecen mientras el cursor está al final. Hasta que elijas una sesión, se muestra la más reciente.",
  ],
  ["live.watch", "Watch", "Ver"],
] as const;

/** This catalogue's keys (lib/i18n/core.ts joins every catalogue's into MessageKey). */
export type Key = KeyOf<typeof ROWS>;

export const messages = fromRows(ROWS);

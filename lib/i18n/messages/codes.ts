/**
 * What each reply code means, short enough for a diagram label ("code.227") and the meaning of each
 * class ("class.2"). Facts from RFC 959 / 2228 / 2428 and vsftpd's use of them, in our own words.
 */
import { fromRows, type KeyOf } from "../rows";

const ROWS = [
  [
    "class.1",
    "1xx preliminary: started, another reply will follow",
    "1xx preliminar: empezado, llegará otra respuesta",
  ],
  ["class.2", "2xx completed: the command succeeded", "2xx completado: la orden ha tenido éxito"],
  [
    "class.3",
    "3xx intermediate: send the next command of the sequence",
    "3xx intermedio: envía la siguiente orden de la secuencia",
  ],
  ["class.4", "4xx transient failure: try again later", "4xx fallo transitorio: inténtalo más tarde"],
  [
    "class.5",
    "5xx permanent failure: do not repeat as is",
    "5xx fallo permanente: no repitas la orden tal cual",
  ],
  ["code.110", "restart marker", "marca de reinicio"],
  ["code.120", "service ready soon", "servicio listo en breve"],
  [
    "code.125",
    "data connection already open; transfer starting",
    "conexión de datos ya abierta; empieza la transferencia",
  ],
  [
    "code.150",
    "opening data connection; transfer starting",
    "abriendo la conexión de datos; empieza la transferencia",
  ],
  ["code.200", "command okay", "orden correcta"],
  ["code.202", "command not implemented, superfluous here", "orden no implementada, innecesaria aquí"],
  ["code.211", "system status / features", "estado del sistema / características"],
  ["code.213", "file status (size, time)", "estado del archivo (tamaño, fecha)"],
  ["code.214", "help message", "mensaje de ayuda"],
  ["code.215", "system type", "tipo de sistema"],
  ["code.220", "service ready for a new user", "servicio listo para un nuevo usuario"],
  ["code.221", "goodbye: closing the control connection", "adiós: se cierra la conexión de control"],
  [
    "code.225",
    "data connection open, no transfer in progress",
    "conexión de datos abierta, sin transferencia en curso",
  ],
  [
    "code.226",
    "transfer complete: closing the data connection",
    "transferencia completa: se cierra la conexión de datos",
  ],
  [
    "code.227",
    "entering passive mode: the server listens at h1,h2,h3,h4,p1,p2",
    "entrando en modo pasivo: el servidor escucha en h1,h2,h3,h4,p1,p2",
  ],
  ["code.228", "entering long passive mode", "entrando en modo pasivo largo"],
  [
    "code.229",
    "entering extended passive mode: the server listens at that port",
    "entrando en modo pasivo extendido: el servidor escucha en ese puerto",
  ],
  ["code.230", "user logged in", "usuario autenticado"],
  ["code.234", "security exchange (AUTH TLS) accepted", "intercambio de seguridad (AUTH TLS) aceptado"],
  ["code.250", "requested file action completed", "acción sobre el archivo completada"],
  ["code.257", "pathname created / current directory", "ruta creada / directorio actual"],
  ["code.331", "user name okay, need password", "usuario correcto, falta la contraseña"],
  ["code.332", "need account for login", "se necesita una cuenta para entrar"],
  [
    "code.350",
    "pending further information (RNTO, or REST accepted)",
    "a la espera de más información (RNTO, o REST aceptado)",
  ],
  [
    "code.421",
    "service not available: closing the control connection",
    "servicio no disponible: se cierra la conexión de control",
  ],
  ["code.425", "cannot open the data connection", "no se puede abrir la conexión de datos"],
  ["code.426", "connection closed; transfer aborted", "conexión cerrada; transferencia abortada"],
  ["code.450", "file unavailable (busy)", "archivo no disponible (ocupado)"],
  ["code.451", "local error in processing", "error local al procesar"],
  ["code.452", "insufficient storage", "espacio insuficiente"],
  [
    "code.500",
    "syntax error: command unrecognized or illegal",
    "error de sintaxis: orden no reconocida o ilegal",
  ],
  ["code.501", "syntax error in parameters or arguments", "error de sintaxis en los parámetros"],
  ["code.502", "command not implemented", "orden no implementada"],
  ["code.503", "bad sequence of commands", "secuencia de órdenes incorrecta"],
  ["code.504", "command not implemented for that parameter", "orden no implementada para ese parámetro"],
  ["code.530", "not logged in", "no has iniciado sesión"],
  ["code.532", "need account for storing files", "se necesita una cuenta para guardar archivos"],
  ["code.550", "file unavailable or permission denied", "archivo no disponible o permiso denegado"],
  ["code.551", "page type unknown", "tipo de página desconocido"],
  ["code.552", "exceeded storage allocation", "superada la cuota de almacenamiento"],
  ["code.553", "file name not allowed", "nombre de archivo no permitido"],
] as const;

/** This catalogue's keys (lib/i18n/core.ts joins every catalogue's into MessageKey). */
export type Key = KeyOf<typeof ROWS>;

export const messages = fromRows(ROWS);

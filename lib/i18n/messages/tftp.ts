/**
 * Over 300 lines: catalogue data, one [key, English, Spanish] row per message and no logic to split.
 * Messages of TFTP (lib/tftp, the TFTP helper in lib/net, the lesson "TFTP vs FTP"). Written as
 * [key, English, Spanish] rows so no key can miss a language. `tftp.print.*` is what the tftp client
 * prints (tftp-hpa's English); `tftp.note.*`, `tftp.server.*`, `tftp.net.*` explain decisions.
 */
import { fromRows, type KeyOf } from "../rows";

const ROWS = [
  ["tftp.print.helpHead", "Commands may be abbreviated.  Commands are:", "Órdenes disponibles:"],
  ["tftp.print.usageConnect", "usage: connect host-name [port]", "uso: connect nombre-de-host [puerto]"],
  ["tftp.print.unknownHost", "tftp: {host}: Unknown host", "tftp: {host}: host desconocido"],
  ["tftp.print.badPort", "{port}: bad port number", "{port}: número de puerto incorrecto"],
  ["tftp.print.unknownMode", "{mode}: unknown mode", "{mode}: modo desconocido"],
  [
    "tftp.print.usingMode",
    "Using {mode} mode to transfer files.",
    "Se usa el modo {mode} para transferir archivos.",
  ],
  ["tftp.print.modeSet", "mode set to {mode}", "modo cambiado a {mode}"],
  [
    "tftp.print.getting",
    "getting from {host}:{remote} to {local} [{mode}]",
    "recibiendo de {host}:{remote} en {local} [{mode}]",
  ],
  [
    "tftp.print.putting",
    "putting {local} to {host}:{remote} [{mode}]",
    "enviando {local} a {host}:{remote} [{mode}]",
  ],
  [
    "tftp.print.blksizeOn",
    "Block size {n}: requests carry RFC 2347 options (blksize, tsize, timeout).",
    "Tamaño de bloque {n}: las peticiones llevan opciones RFC 2347 (blksize, tsize, timeout).",
  ],
  [
    "tftp.print.blksizeOff",
    "Block size 512, no options (plain RFC 1350).",
    "Tamaño de bloque 512, sin opciones (RFC 1350 puro).",
  ],
  [
    "tftp.print.badBlksize",
    "{value}: bad block size (from {min} to {max}, or off)",
    "{value}: tamaño de bloque incorrecto (de {min} a {max}, u off)",
  ],
  ["tftp.print.connectedTo", "Connected to {host}.", "Conectado a {host}."],
  ["tftp.print.notConnected", "Not connected.", "No conectado."],
  [
    "tftp.print.statusModes",
    "Mode: {mode} Verbose: {verbose} Tracing: {trace} Literal: off",
    "Modo: {mode} Detallado: {verbose} Traza: {trace} Literal: off",
  ],
  [
    "tftp.print.statusTimers",
    "Rexmt-interval: {rexmt} seconds, Max-timeout: {timeout} seconds",
    "Intervalo de retransmisión: {rexmt} {rexmt|segundo|segundos}, plazo máximo: {timeout} {timeout|segundo|segundos}",
  ],
  ["tftp.print.verboseOn", "Verbose mode on.", "Modo detallado activado."],
  ["tftp.print.verboseOff", "Verbose mode off.", "Modo detallado desactivado."],
  ["tftp.print.traceOn", "Packet tracing on.", "Traza de paquetes activada."],
  ["tftp.print.traceOff", "Packet tracing off.", "Traza de paquetes desactivada."],
  ["tftp.print.usageRexmt", "usage: rexmt value", "uso: rexmt segundos"],
  ["tftp.print.usageTimeout", "usage: timeout value", "uso: timeout segundos"],
  ["tftp.print.badValue", "{value}: bad value", "{value}: valor incorrecto"],
  ["tftp.print.invalidCommand", "?Invalid command", "?Orden no válida"],
  ["tftp.print.usageGet", "usage: get remote-file [local-file]", "uso: get archivo-remoto [archivo-local]"],
  ["tftp.print.usagePut", "usage: put local-file [remote-file]", "uso: put archivo-local [archivo-remoto]"],
  [
    "tftp.print.noTarget",
    "No target machine specified (use connect first).",
    "No hay máquina de destino (usa connect antes).",
  ],
  ["tftp.print.noLocalFile", "tftp: {file}: No such file or directory", "tftp: {file}: no existe el archivo"],
  ["tftp.print.timedOut", "Transfer timed out.", "La transferencia ha agotado el plazo."],
  [
    "tftp.print.received",
    "Received {bytes} bytes in {seconds} seconds [{rate} bit/s]",
    "{bytes|Recibido|Recibidos} {bytes} {bytes|byte|bytes} en {seconds} {seconds|segundo|segundos} [{rate} bit/s]",
  ],
  [
    "tftp.print.sent",
    "Sent {bytes} bytes in {seconds} seconds [{rate} bit/s]",
    "{bytes|Enviado|Enviados} {bytes} {bytes|byte|bytes} en {seconds} {seconds|segundo|segundos} [{rate} bit/s]",
  ],
  ["tftp.print.errorCode", "Error code {code}: {message}", "Código de error {code}: {message}"],
  [
    "tftp.print.oackRefused",
    "tftp: the server's OACK names {option}, which was not asked for: ERROR 8 sent",
    "tftp: el OACK del servidor trae {option}, que no se pidió: se envía ERROR 8",
  ],
  ["tftp.print.help.connect", "connect \tconnect to remote tftp", "connect \tconectar con un tftp remoto"],
  ["tftp.print.help.mode", "mode    \tset file transfer mode", "mode    \telegir el modo de transferencia"],
  ["tftp.print.help.put", "put     \tsend file", "put     \tenviar un archivo"],
  ["tftp.print.help.get", "get     \treceive file", "get     \trecibir un archivo"],
  ["tftp.print.help.quit", "quit    \texit tftp", "quit    \tsalir de tftp"],
  [
    "tftp.print.help.verbose",
    "verbose \ttoggle verbose mode",
    "verbose \tactivar/desactivar el modo detallado",
  ],
  [
    "tftp.print.help.trace",
    "trace   \ttoggle packet tracing",
    "trace   \tactivar/desactivar la traza de paquetes",
  ],
  ["tftp.print.help.status", "status  \tshow current status", "status  \tmostrar el estado actual"],
  ["tftp.print.help.binary", "binary  \tset mode to octet", "binary  \tusar el modo octet"],
  ["tftp.print.help.ascii", "ascii   \tset mode to netascii", "ascii   \tusar el modo netascii"],
  [
    "tftp.print.help.rexmt",
    "rexmt   \tset per-packet retransmission timeout",
    "rexmt   \tfijar el plazo de retransmisión de cada paquete",
  ],
  [
    "tftp.print.help.timeout",
    "timeout \tset total retransmission timeout",
    "timeout \tfijar el plazo total de reintentos",
  ],
  [
    "tftp.print.help.blksize",
    "blksize \tset block size: requests carry blksize, tsize and timeout, as curl or atftp send them (not a tftp-hpa 5.2 command; off for plain RFC 1350)",
    "blksize \tfijar el tamaño de bloque: las peticiones llevan blksize, tsize y timeout, como las envían curl o atftp (no es una orden de tftp-hpa 5.2; off para RFC 1350 puro)",
  ],
  ["tftp.print.help.help", "?       \tprint help information", "?       \tmostrar la ayuda"],
  [
    "tftp.note.ackAfterEnd",
    "ACK {block} arrived after the transfer ended: ignored",
    "El ACK {block} llegó tras el final: se ignora",
  ],
  [
    "tftp.note.dupAckIgnored",
    "Duplicate ACK {block} ignored: DATA {next} is resent only when its timer expires (no Sorcerer's Apprentice)",
    "ACK {block} duplicado ignorado: DATA {next} solo se reenvía al vencer su temporizador (sin el «aprendiz de brujo»)",
  ],
  [
    "tftp.note.ackIgnored",
    "ACK {block} is not for block {next}: ignored",
    "El ACK {block} no es del bloque {next}: se ignora",
  ],
  [
    "tftp.note.dupData",
    "DATA {block} again: our ACK was lost or late, so it is acknowledged again",
    "DATA {block} otra vez: nuestro ACK se perdió o se retrasó, así que se vuelve a confirmar",
  ],
  [
    "tftp.note.dataIgnored",
    "DATA {block} is not the expected block {next}: ignored",
    "DATA {block} no es el bloque esperado {next}: se ignora",
  ],
  [
    "tftp.note.gaveUp",
    "No answer after {retries} {retries|retransmission|retransmissions} of {what}: giving up",
    "Sin respuesta tras {retries} {retries|retransmisión|retransmisiones} de {what}: se abandona",
  ],
  [
    "tftp.note.retransmit",
    "Timeout ({ms} ms) with no answer: {what} sent again (attempt {attempt})",
    "Plazo vencido ({ms} ms) sin respuesta: se reenvía {what} (intento {attempt})",
  ],
  [
    "tftp.note.eof",
    "Ctrl+D on an empty line is end of input: tftp-hpa exits at once, printing nothing, as quit does.",
    "Ctrl+D en una línea vacía es fin de la entrada: tftp-hpa termina en el acto, sin escribir nada, como con quit.",
  ],
  [
    "tftp.note.quit",
    "tftp exits: no target, settings back to defaults",
    "tftp termina: sin destino, ajustes por defecto",
  ],
  [
    "tftp.note.completed.get",
    "Download complete: {file}, {bytes} {bytes|byte|bytes} on the wire in {seconds} s",
    "Descarga completa: {file}, {bytes} {bytes|byte|bytes} en la red en {seconds} s",
  ],
  [
    "tftp.note.completed.put",
    "Upload complete: {file}, {bytes} {bytes|byte|bytes} on the wire in {seconds} s",
    "Subida completa: {file}, {bytes} {bytes|byte|bytes} en la red en {seconds} s",
  ],
  [
    "tftp.note.strayIgnored",
    "A datagram from {from} arrived with no transfer running: ignored",
    "Llegó un datagrama de {from} sin transferencia en curso: se ignora",
  ],
  [
    "tftp.note.unknownTid",
    "A datagram from {from}, not the transfer's peer: it gets ERROR 5 and the transfer goes on",
    "Un datagrama de {from}, que no es el otro extremo: recibe ERROR 5 y la transferencia sigue",
  ],
  [
    "tftp.note.malformed",
    "A malformed TFTP datagram ({reason}): ignored",
    "Un datagrama TFTP mal formado ({reason}): se ignora",
  ],
  [
    "tftp.note.tidLearned",
    "The answer comes from {addr} port {port}, not 69: that new port is the server's transfer ID for the rest of the transfer",
    "La respuesta viene de {addr} puerto {port}, no del 69: ese puerto nuevo es el identificador de transferencia del servidor",
  ],
  ["tftp.note.unexpected", "An unexpected {op} here: ignored", "Un {op} inesperado aquí: se ignora"],
  [
    "tftp.note.oackAccepted",
    "The server accepted the options (OACK): blocks of {blksize} {blksize|byte|bytes}",
    "El servidor aceptó las opciones (OACK): bloques de {blksize} {blksize|byte|bytes}",
  ],
  [
    "tftp.note.interrupted",
    "Interrupted: the client stops answering; the server will retransmit and then give up",
    "Interrumpido: el cliente deja de responder; el servidor retransmitirá y luego abandonará",
  ],
  ["tftp.error.0", "ERROR 0: not defined, see the message", "ERROR 0: sin definir, ver el mensaje"],
  ["tftp.error.1", "ERROR 1: file not found", "ERROR 1: archivo no encontrado"],
  ["tftp.error.2", "ERROR 2: access violation (permissions)", "ERROR 2: violación de acceso (permisos)"],
  ["tftp.error.3", "ERROR 3: disk full or allocation exceeded", "ERROR 3: disco lleno o cuota superada"],
  ["tftp.error.4", "ERROR 4: illegal TFTP operation", "ERROR 4: operación TFTP ilegal"],
  [
    "tftp.error.5",
    "ERROR 5: unknown transfer ID (a datagram from the wrong port)",
    "ERROR 5: identificador de transferencia desconocido (datagrama del puerto equivocado)",
  ],
  [
    "tftp.error.6",
    "ERROR 6: file already exists (tftpd-hpa never sends it: it overwrites a world-writable file)",
    "ERROR 6: el archivo ya existe (tftpd-hpa nunca lo envía: sobrescribe un archivo escribible por todos)",
  ],
  [
    "tftp.error.7",
    "ERROR 7: no such user (for RFC 1350's mail mode, which tftpd-hpa does not have)",
    "ERROR 7: no existe el usuario (para el modo mail de RFC 1350, que tftpd-hpa no tiene)",
  ],
  ["tftp.error.8", "ERROR 8: option negotiation refused", "ERROR 8: negociación de opciones rechazada"],
  ["tftp.error.other", "An ERROR with a code outside RFC 1350", "Un ERROR con un código fuera de RFC 1350"],
  [
    "tftp.server.forked",
    "The server answers {request} from a NEW port {port} (its transfer ID), not from 69",
    "El servidor atiende {request} desde un puerto NUEVO {port} (su identificador de transferencia), no desde el 69",
  ],
  [
    "tftp.server.closed.gaveUp",
    "Transfer on port {port} abandoned ({file}): each wait doubled (1, 2, 4 … s) until it reached 63 times the first; tftpd-hpa's child exits without sending an ERROR",
    "Transferencia del puerto {port} abandonada ({file}): cada espera se dobló (1, 2, 4 … s) hasta llegar a 63 veces la primera; el proceso hijo de tftpd-hpa termina sin enviar ningún ERROR",
  ],
  [
    "tftp.server.closed.sent",
    "Port {port}: {file} sent and acknowledged; the port closes",
    "Puerto {port}: {file} enviado y confirmado; el puerto se cierra",
  ],
  [
    "tftp.server.closed.received",
    "Port {port}: done waiting for a repeated last block of {file}; the port closes",
    "Puerto {port}: fin de la espera de un último bloque repetido de {file}; el puerto se cierra",
  ],
  [
    "tftp.server.closed.peerError",
    "Port {port}: the peer sent ERROR; transfer of {file} ends",
    "Puerto {port}: el otro extremo envió ERROR; termina la transferencia de {file}",
  ],
  [
    "tftp.server.closed.illegal",
    "Port {port}: illegal packet; transfer of {file} ends",
    "Puerto {port}: paquete ilegal; termina la transferencia de {file}",
  ],
  [
    "tftp.server.closed.diskFull",
    "Port {port}: no space left for {file}",
    "Puerto {port}: no queda espacio para {file}",
  ],
  [
    "tftp.server.stored",
    "{file} stored ({bytes} {bytes|byte|bytes})",
    "{file} guardado ({bytes} {bytes|byte|bytes})",
  ],
  [
    "tftp.server.badMode",
    '{file}: the mode is neither netascii nor octet (tftpd-hpa has no mail mode): ERROR 4 "Unknown mode"',
    '{file}: el modo no es netascii ni octet (tftpd-hpa no tiene modo mail): ERROR 4 "Unknown mode"',
  ],
  [
    "tftp.server.isDirectory",
    "{file} is a directory: opening it fails (EISDIR) and the system's text goes out in ERROR 0",
    "{file} es un directorio: abrirlo falla (EISDIR) y el texto del sistema sale en un ERROR 0",
  ],
  [
    "tftp.server.notFound",
    '{file} does not exist inside the TFTP root (with --secure, ".." and "/" never leave it): ERROR 1',
    '{file} no existe dentro de la raíz de TFTP (con --secure, ".." y "/" nunca salen de ella): ERROR 1',
  ],
  [
    "tftp.server.notReadable",
    '{file} is not world-readable: the daemon runs as an unprivileged user and may not open it (EACCES), so ERROR 0 "Permission denied"',
    '{file} no es legible por todos: el demonio se ejecuta como un usuario sin privilegios y no puede abrirlo (EACCES), así que ERROR 0 "Permission denied"',
  ],
  [
    "tftp.server.noCreate",
    "{file} does not exist and tftpd-hpa runs without --create (Debian's default): ERROR 1",
    "{file} no existe y tftpd-hpa se ejecuta sin --create (lo que trae Debian): ERROR 1",
  ],
  [
    "tftp.server.notWritable",
    '{file} is not world-writable: the daemon may not open it for writing (EACCES), so ERROR 0 "Permission denied"; a world-writable file would simply be overwritten',
    '{file} no es escribible por todos: el demonio no puede abrirlo para escribir (EACCES), así que ERROR 0 "Permission denied"; un archivo escribible por todos se sobrescribiría sin más',
  ],
  [
    "tftp.server.optionRefused.range",
    "Option {option} has a value tftpd-hpa does not take (blksize below 8, timeout outside 1–255): ERROR 8",
    "La opción {option} tiene un valor que tftpd-hpa no admite (blksize menor que 8, timeout fuera de 1–255): ERROR 8",
  ],
  [
    "tftp.server.optionRefused.netascii",
    "{option} on a netascii read: the size after converting line endings is not known in advance, so tftpd-hpa refuses the request with ERROR 8",
    "{option} en una lectura netascii: el tamaño tras convertir los finales de línea no se sabe de antemano, así que tftpd-hpa rechaza la petición con ERROR 8",
  ],
  [
    "tftp.server.strangerUnreachable",
    "Port {port} got a datagram from {from}, not the transfer's peer: the transfer's socket is connected to its peer, so no socket takes it and the kernel answers ICMP port unreachable; the transfer goes on",
    "El puerto {port} recibió un datagrama de {from}, que no es el otro extremo: el socket de la transferencia está conectado a su extremo, así que ningún socket lo acepta y el núcleo responde ICMP puerto inalcanzable; la transferencia sigue",
  ],
  [
    "tftp.server.notARequest",
    "A datagram from {from} to port 69 that is not an RRQ or WRQ: tftpd-hpa answers nothing",
    "Un datagrama de {from} al puerto 69 que no es RRQ ni WRQ: tftpd-hpa no responde nada",
  ],
  [
    "tftp.net.expectation",
    "The TFTP helper on the {router:name} saw the request and now expects a reply from {src} to {dst}, delivered to {to}",
    "El asistente TFTP del {router:name} vio la petición y ahora espera una respuesta de {src} a {dst}, que entregará a {to}",
  ],
  [
    "tftp.net.newPortNat",
    "The {router:name} dropped {src} → {dst}: replies must come from {expected}, where the request went; a new source port is a new flow with no mapping (no TFTP helper)",
    "El {router:name} descartó {src} → {dst}: las respuestas deben venir de {expected}, adonde fue la petición; un puerto de origen nuevo es un flujo nuevo sin traducción (sin asistente TFTP)",
  ],
  [
    "tftp.net.newPortFirewall",
    "The firewall on the {router:name} dropped {src} → {dst}: only {expected} may answer that flow; a new source port is a NEW inbound flow (no TFTP helper)",
    "El cortafuegos del {router:name} descartó {src} → {dst}: solo {expected} puede responder a ese flujo; un puerto de origen nuevo es un flujo entrante NUEVO (sin asistente TFTP)",
  ],
  [
    "tftp.net.natRelated",
    "The {router:name} recognised the reply the TFTP helper expected and translated it: {before} became {after}",
    "El {router:name} reconoció la respuesta que esperaba el asistente TFTP y la tradujo: {before} pasó a {after}",
  ],
  [
    "tftp.net.fwRelated",
    "The firewall on the {router:name} accepted {src} → {dst} as RELATED: the TFTP helper expected it",
    "El cortafuegos del {router:name} aceptó {src} → {dst} como RELATED: el asistente TFTP lo esperaba",
  ],
  [
    "tftp.sim.lost",
    "Lost on the {link:name} (datagram {n} on that link, by the scenario's loss plan)",
    "Perdido en la {link:name} (datagrama {n} de ese enlace, según el plan de pérdidas del escenario)",
  ],
  [
    "tftp.sim.unreachable",
    "Nothing listens on the {host:name} at port {port}: the datagram is discarded (ICMP port unreachable)",
    "Nada escucha en el {host:name} en el puerto {port}: se descarta el datagrama (ICMP puerto inalcanzable)",
  ],
  ["tftp.lesson.title", "TFTP vs FTP: one datagram at a time", "TFTP frente a FTP: un datagrama cada vez"],
  [
    "tftp.lesson.step1",
    "TFTP has no login and no control connection. “connect” only remembers the server: nothing crosses the network yet.",
    "TFTP no tiene inicio de sesión ni conexión de control. «connect» solo recuerda el servidor: aún no cruza nada la red.",
  ],
  [
    "tftp.lesson.step2",
    "“get” sends one UDP datagram, an RRQ, to port 69. There is no handshake: compare with FTP's SYN, SYN-ACK, ACK before a single command.",
    "«get» envía un solo datagrama UDP, un RRQ, al puerto 69. No hay saludo previo: compáralo con el SYN, SYN-ACK, ACK de FTP antes de cualquier orden.",
  ],
  [
    "tftp.lesson.step3",
    "The server answers from a NEW port, its transfer ID. Like FTP's data connection, the transfer does not use the well-known port.",
    "El servidor responde desde un puerto NUEVO, su identificador de transferencia. Como la conexión de datos de FTP, la transferencia no usa el puerto conocido.",
  ],
  [
    "tftp.lesson.step4",
    "Each DATA block waits for its ACK before the next one: lock-step. TCP would keep many segments in flight; TFTP never has more than one.",
    "Cada bloque DATA espera su ACK antes del siguiente: paso a paso. TCP tendría muchos segmentos en vuelo; TFTP nunca más de uno.",
  ],
  [
    "tftp.lesson.step5",
    "A block shorter than 512 bytes ends the transfer. There is no FIN: the size of the last datagram says it all.",
    "Un bloque de menos de 512 bytes termina la transferencia. No hay FIN: el tamaño del último datagrama lo dice todo.",
  ],
  [
    "tftp.lesson.step6",
    "With a stateful firewall, the reply from the new port is not a reply of the flow to port 69: it is dropped. The same lesson as FTP's active mode, on UDP.",
    "Con un cortafuegos con estado, la respuesta desde el puerto nuevo no es respuesta del flujo al puerto 69: se descarta. La misma lección que el modo activo de FTP, sobre UDP.",
  ],
  [
    "tftp.lesson.step7",
    "Turn the helper on (the ALG toggle): it reads the RRQ, expects the reply from any port of the server, and lets it in as RELATED.",
    "Activa el asistente (el interruptor ALG): lee el RRQ, espera la respuesta desde cualquier puerto del servidor y la deja pasar como RELATED.",
  ],
] as const;

/** This catalogue's keys (lib/i18n/core.ts joins every catalogue's into MessageKey). */
export type Key = KeyOf<typeof ROWS>;

export const messages = fromRows(ROWS);

/**
 * Over 300 lines: catalogue data, one [key, English, Spanish] row per message and no logic to split.
 * Explanations attached by the vsftpd server engine (lib/ftp/server) to its decisions (its budgets'
 * too: REST past the disk's largest offset, the file size limit, the listing filter's steps), and the
 * verb table's help texts (server.help.<verb>).
 */
import { fromRows, type KeyOf } from "../rows";

const ROWS = [
  [
    "server.aborShutdown",
    "async_abor_enable=YES: the urgent ABOR raised SIGURG, vsftpd shut the data connection down, so the transfer ends with 426 (handle_sigurg, postlogin.c).",
    "async_abor_enable=YES: el ABOR urgente provocó SIGURG, vsftpd cerró la conexión de datos y la transferencia acaba con 426 (handle_sigurg, postlogin.c).",
  ],
  [
    "server.aborOk",
    "async_abor_enable=YES: after the failed transfer vsftpd answers the ABOR itself with 226 (check_abor).",
    "async_abor_enable=YES: tras la transferencia fallida, vsftpd responde al propio ABOR con 226 (check_abor).",
  ],
  [
    "server.writeFailed",
    "The uploaded bytes could not be stored (the disk is full, or this server's memory budget for uploads is spent): vsftpd stops reading and says 451.",
    "Los bytes subidos no se pudieron guardar (el disco está lleno, o se agotó la memoria que este servidor reserva para subidas): vsftpd deja de leer y responde 451.",
  ],
  [
    "server.failedUploadDeleted",
    "delete_failed_uploads=YES: the upload of {path} did not complete, so vsftpd deletes the file (even one that existed before this upload).",
    "delete_failed_uploads=YES: la subida de {path} no se completó, así que vsftpd borra el archivo (aunque ya existiera antes de esta subida).",
  ],
  [
    "server.failedUploadKept",
    "delete_failed_uploads=YES, but {path} could not be deleted: the part received stays.",
    "delete_failed_uploads=YES, pero {path} no se pudo borrar: la parte recibida se queda.",
  ],
  [
    "server.traceDropped",
    "{count} trace entries are missing here: the trace output did not keep up, and the server does not wait for it.",
    "Aquí faltan {count} {count|entrada|entradas} de la traza: la salida de la traza no daba abasto y el servidor no la espera.",
  ],
  [
    "server.traceLimit",
    "The trace stops here: it reached its limit of {mib} MiB (the server goes on).",
    "La traza termina aquí: llegó a su límite de {mib} MiB (el servidor sigue funcionando).",
  ],
  [
    "server.hostFileMissing",
    "vsftpd could not read {path}, a file or directory its configuration names: it refuses the session (500 OOPS) before anything else.",
    "vsftpd no pudo leer {path}, un archivo o directorio que nombra su configuración: rechaza la sesión (500 OOPS) antes de nada.",
  ],
  [
    "server.anonPasswordRefused",
    "The anonymous password (an e-mail address) is in banned_email_file, or not in email_password_file: 530.",
    "La contraseña anónima (una dirección de correo) está en banned_email_file, o no está en email_password_file: 530.",
  ],
  [
    "server.acceptTimeout",
    "The client never connected to the passive port within accept_timeout: 425.",
    "El cliente no se conectó al puerto pasivo dentro de accept_timeout: 425.",
  ],
  [
    "server.anonOnly",
    "local_enable=NO: only anonymous (ftp/anonymous) may log in.",
    "local_enable=NO: solo se admite el acceso anónimo (ftp/anonymous).",
  ],
  [
    "server.anonWorldReadable",
    "anon_world_readable_only=YES: anonymous users may only download files readable by everyone.",
    "anon_world_readable_only=YES: los anónimos solo descargan archivos legibles por todos.",
  ],
  [
    "server.asciiDownloadDisabled",
    "TYPE A, but ascii_download_enable=NO: vsftpd sends the file unchanged and says BINARY.",
    "TYPE A, pero ascii_download_enable=NO: vsftpd envía el archivo sin cambios y dice BINARY.",
  ],
  [
    "server.bannerFile",
    "The greeting comes from banner_file, one 220- line per line of the file.",
    "El saludo sale de banner_file: una línea 220- por cada línea del archivo.",
  ],
  [
    "server.cmdsAllowed",
    "{verb} is not in cmds_allowed (or is in cmds_denied).",
    "{verb} no está en cmds_allowed (o está en cmds_denied).",
  ],
  [
    "server.connectActive",
    "Active mode: the server opens the data connection to the address given by PORT/EPRT (source port {port} = any).",
    "Modo activo: el servidor abre la conexión de datos hacia la dirección dada en PORT/EPRT (puerto de origen {port} = cualquiera).",
  ],
  [
    "server.connectFromPort20",
    "connect_from_port_20=YES: the server connects from port {port} (ftp_data_port).",
    "connect_from_port_20=YES: el servidor se conecta desde el puerto {port} (ftp_data_port).",
  ],
  [
    "server.port20Unavailable",
    "connect_from_port_20=YES, but this process may not bind port {port} ({code}): the real server connects from an ephemeral port instead.",
    "connect_from_port_20=YES, pero este proceso no puede usar el puerto {port} ({code}): el servidor real se conecta desde un puerto efímero.",
  ],
  [
    "server.realAccepted",
    "A real connection: the operating system completed the three-way handshake before ftpd's accept() returned. ftpd knows it happened but does not see the segments, so no sequence numbers are shown.",
    "Una conexión real: el sistema operativo completó la negociación en tres pasos antes de que volviera el accept() de ftpd. ftpd sabe que ocurrió pero no ve los segmentos, así que no se muestran números de secuencia.",
  ],
  [
    "server.realConnected",
    "A real connection: the operating system completed the three-way handshake before ftpd's connect() returned. ftpd knows it happened but does not see the segments, so no sequence numbers are shown.",
    "Una conexión real: el sistema operativo completó la negociación en tres pasos antes de que volviera el connect() de ftpd. ftpd sabe que ocurrió pero no ve los segmentos, así que no se muestran números de secuencia.",
  ],
  [
    "server.connectFailed",
    "The server could not connect to the client's data port: 425.",
    "El servidor no pudo conectar con el puerto de datos del cliente: 425.",
  ],
  [
    "server.connectTimeout",
    "No answer from the client's data port within connect_timeout: 425.",
    "El puerto de datos del cliente no respondió dentro de connect_timeout: 425.",
  ],
  [
    "server.cwdFailed",
    "The directory does not exist, is not a directory or may not be entered ({reason}).",
    "El directorio no existe, no es un directorio o no se puede entrar ({reason}).",
  ],
  [
    "server.dataReset",
    "The data connection was reset before the transfer ended: 426.",
    "La conexión de datos se cortó antes de terminar la transferencia: 426.",
  ],
  [
    "server.dataTimeout",
    "No data moved for data_connection_timeout seconds: vsftpd ends the session.",
    "Sin movimiento de datos durante data_connection_timeout segundos: vsftpd cierra la sesión.",
  ],
  [
    "server.eprtProtocol",
    "EPRT's protocol must be 1 (IPv4), or 2 on an IPv6 control connection.",
    "El protocolo de EPRT debe ser 1 (IPv4), o 2 en una conexión de control IPv6.",
  ],
  [
    "server.eprtSyntax",
    "EPRT needs |proto|address|port| with a valid address.",
    "EPRT necesita |proto|dirección|puerto| con una dirección válida.",
  ],
  [
    "server.epsvAll",
    "After EPSV ALL, vsftpd refuses PASV and PORT (EPRT is still accepted).",
    "Tras EPSV ALL, vsftpd rechaza PASV y PORT (EPRT se sigue aceptando).",
  ],
  [
    "server.epsvAllRefuses",
    "{verb} refused after EPSV ALL ({tunables}).",
    "{verb} rechazado tras EPSV ALL ({tunables}).",
  ],
  [
    "server.fsError",
    "The file system refused the operation ({err}).",
    "El sistema de archivos rechazó la operación ({err}).",
  ],
  [
    "server.gated",
    "{verb} is switched off by the configuration ({tunables}).",
    "{verb} está desactivado por la configuración ({tunables}).",
  ],
  [
    "server.idleTimeout",
    "No command for idle_session_timeout={seconds} s: vsftpd says 421 and hangs up.",
    "Ninguna orden en idle_session_timeout={seconds} s: vsftpd responde 421 y cuelga.",
  ],
  [
    "server.lineTooLong",
    "A command line longer than 4096 bytes ends the session.",
    "Una línea de órdenes de más de 4096 bytes termina la sesión.",
  ],
  [
    "server.listNothing",
    "{path} cannot be opened: the listing is empty, but vsftpd still says 226.",
    "{path} no se puede abrir: el listado sale vacío, pero vsftpd responde 226 igualmente.",
  ],
  [
    "server.listenFailed",
    "No free passive port could be opened.",
    "No se pudo abrir ningún puerto pasivo libre.",
  ],
  [
    "server.loggedInAnon",
    "Anonymous login as {user}, locked (chroot) into {root}.",
    "Acceso anónimo como {user}, encerrado (chroot) en {root}.",
  ],
  [
    "server.loggedInChroot",
    "Local user {user}, locked (chroot) into {root}.",
    "Usuario local {user}, encerrado (chroot) en {root}.",
  ],
  [
    "server.loggedInLocal",
    "Local user {user}, not chrooted: sees the whole file system from {root}.",
    "Usuario local {user}, sin chroot: ve todo el sistema de archivos desde {root}.",
  ],
  [
    "server.loginFailed.ftpusers",
    "{user} is listed in /etc/ftpusers: always refused.",
    "{user} figura en /etc/ftpusers: siempre se rechaza.",
  ],
  [
    "server.loginFailed.noPassword",
    "{user} has no password and cannot log in.",
    "{user} no tiene contraseña y no puede entrar.",
  ],
  [
    "server.loginFailed.password",
    "Wrong password for {user} (reply delayed like PAM does).",
    "Contraseña incorrecta para {user} (la respuesta se retrasa como hace PAM).",
  ],
  [
    "server.loginFailed.unknown",
    "There is no user {user} (or local_enable=NO).",
    "No existe el usuario {user} (o local_enable=NO).",
  ],
  [
    "server.loginFirst",
    "Not logged in yet: every command except USER, PASS, QUIT, FEAT and OPTS gets 530.",
    "Aún sin sesión: toda orden salvo USER, PASS, QUIT, FEAT y OPTS recibe 530.",
  ],
  [
    "server.maxLoginFails",
    "max_login_fails={max} failed logins: vsftpd closes the connection.",
    "max_login_fails={max} {max|intento fallido|intentos fallidos}: vsftpd cierra la conexión.",
  ],
  [
    "server.noAnonPassword",
    "no_anon_password=YES: anonymous gets in without being asked for a password.",
    "no_anon_password=YES: el anónimo entra sin que se le pida contraseña.",
  ],
  [
    "server.noDataSetup",
    "A data command needs PORT/EPRT or PASV/EPSV first (each one is used once).",
    "Una orden de datos necesita antes PORT/EPRT o PASV/EPSV (cada uno sirve una sola vez).",
  ],
  [
    "server.noHome",
    "The login directory {path} does not exist.",
    "El directorio de inicio {path} no existe.",
  ],
  [
    "server.pasvAddress",
    "pasv_address: the 227 reply advertises {addr} instead of the server's own address.",
    "pasv_address: la respuesta 227 anuncia {addr} en lugar de la dirección propia del servidor.",
  ],
  [
    "server.pasvBadIp",
    "pasv_promiscuous=NO: the data connection came from {from}, not from the client {peer}.",
    "pasv_promiscuous=NO: la conexión de datos llegó desde {from}, no desde el cliente {peer}.",
  ],
  [
    "server.portForeignAddress",
    "port_promiscuous=NO: {addr}:{port} is not the client's own address {peer}.",
    "port_promiscuous=NO: {addr}:{port} no es la dirección del propio cliente {peer}.",
  ],
  [
    "server.portPrivileged",
    "port_promiscuous=NO: port {port} on {addr} is below 1024 (client {peer}).",
    "port_promiscuous=NO: el puerto {port} de {addr} es menor que 1024 (cliente {peer}).",
  ],
  [
    "server.portSyntax",
    "PORT needs six numbers 0-255: h1,h2,h3,h4,p1,p2.",
    "PORT necesita seis números 0-255: h1,h2,h3,h4,p1,p2.",
  ],
  [
    "server.retrMissing",
    "{path} does not exist or cannot be reached.",
    "{path} no existe o no es accesible.",
  ],
  ["server.retrNoPermission", "No read permission on {path}.", "No hay permiso de lectura sobre {path}."],
  ["server.retrNotFile", "{path} is not a regular file.", "{path} no es un archivo normal."],
  [
    "server.rnfrFirst",
    "RNTO needs a successful RNFR just before.",
    "RNTO necesita justo antes un RNFR correcto.",
  ],
  [
    "server.siteChmodOff",
    "SITE CHMOD needs write_enable=YES and chmod_enable=YES.",
    "SITE CHMOD necesita write_enable=YES y chmod_enable=YES.",
  ],
  [
    "server.typeAsciiNoConversion",
    "ASCII mode is only a label here: ascii_download_enable/ascii_upload_enable are NO.",
    "Aquí el modo ASCII es solo una etiqueta: ascii_download_enable/ascii_upload_enable están a NO.",
  ],
  ["server.unknownCommand", "vsftpd does not know this command.", "vsftpd no conoce esta orden."],
  [
    "server.uploadCreateFailed",
    "{path} cannot be created here (no write permission, missing directory or a directory).",
    "No se puede crear {path} aquí (sin permiso de escritura, directorio inexistente o es un directorio).",
  ],
  [
    "server.uploadExists",
    "{path} already exists and anonymous users may not overwrite (anon_other_write_enable=NO).",
    "{path} ya existe y los anónimos no pueden sobrescribir (anon_other_write_enable=NO).",
  ],
  ["server.userFirst", "PASS must follow a USER command.", "PASS debe ir después de una orden USER."],
  [
    "server.userlistDenied",
    "{user} is in userlist_file and userlist_deny=YES.",
    "{user} está en userlist_file y userlist_deny=YES.",
  ],
  [
    "server.userlistNotAllowed",
    "{user} is not in userlist_file and userlist_deny=NO.",
    "{user} no está en userlist_file y userlist_deny=NO.",
  ],
  [
    "server.writableChroot",
    "The chroot root is writable and allow_writeable_chroot=NO: vsftpd refuses to run.",
    "La raíz del chroot es escribible y allow_writeable_chroot=NO: vsftpd se niega a seguir.",
  ],
  ["server.help.abor", "Abort the transfer in progress", "Abortar la transferencia en curso"],
  ["server.help.acct", "Account information (not implemented)", "Información de cuenta (no implementada)"],
  ["server.help.allo", "Reserve space (ignored)", "Reservar espacio (se ignora)"],
  ["server.help.appe", "Append to a file", "Añadir al final de un archivo"],
  [
    "server.help.auth",
    "Start TLS on the control connection (needs ssl_enable)",
    "Iniciar TLS en la conexión de control (requiere ssl_enable)",
  ],
  ["server.help.cdup", "Go to the parent directory", "Subir al directorio padre"],
  ["server.help.cwd", "Change directory", "Cambiar de directorio"],
  ["server.help.dele", "Delete a file", "Borrar un archivo"],
  ["server.help.eprt", "Active mode, extended (IPv4/IPv6)", "Modo activo extendido (IPv4/IPv6)"],
  ["server.help.epsv", "Passive mode, extended", "Modo pasivo extendido"],
  ["server.help.feat", "List the extensions", "Listar las extensiones"],
  ["server.help.help", "List the commands", "Listar las órdenes"],
  ["server.help.list", "Long directory listing", "Listado largo del directorio"],
  ["server.help.mdtm", "Modification time of a file", "Fecha de modificación de un archivo"],
  ["server.help.mkd", "Make a directory", "Crear un directorio"],
  ["server.help.mode", "Transfer mode (only S)", "Modo de transferencia (solo S)"],
  ["server.help.nlst", "Names in a directory", "Nombres de un directorio"],
  ["server.help.noop", "Do nothing", "No hacer nada"],
  ["server.help.opts", "Set an option (UTF8 ON)", "Fijar una opción (UTF8 ON)"],
  ["server.help.pass", "Send the password", "Enviar la contraseña"],
  ["server.help.pasv", "Passive mode", "Modo pasivo"],
  ["server.help.pbsz", "TLS buffer size (needs ssl_enable)", "Tamaño de búfer TLS (requiere ssl_enable)"],
  [
    "server.help.port",
    "Active mode: the client's address and port",
    "Modo activo: dirección y puerto del cliente",
  ],
  [
    "server.help.prot",
    "TLS data protection (needs ssl_enable)",
    "Protección TLS de datos (requiere ssl_enable)",
  ],
  ["server.help.pwd", "Print the current directory", "Mostrar el directorio actual"],
  ["server.help.quit", "End the session", "Terminar la sesión"],
  ["server.help.rein", "Reinitialise (not implemented)", "Reiniciar (no implementada)"],
  [
    "server.help.rest",
    "Restart offset for the next transfer",
    "Posición de reanudación para la próxima transferencia",
  ],
  ["server.help.retr", "Download a file", "Descargar un archivo"],
  ["server.help.rmd", "Remove a directory", "Borrar un directorio"],
  ["server.help.rnfr", "Rename from", "Renombrar desde"],
  ["server.help.rnto", "Rename to", "Renombrar a"],
  [
    "server.help.site",
    "Server-specific commands (CHMOD, UMASK, HELP)",
    "Órdenes propias del servidor (CHMOD, UMASK, HELP)",
  ],
  ["server.help.size", "Size of a file", "Tamaño de un archivo"],
  [
    "server.help.smnt",
    "Mount a file system (not implemented)",
    "Montar un sistema de archivos (no implementada)",
  ],
  [
    "server.help.stat",
    "Session status, or a listing over the control connection",
    "Estado de la sesión, o un listado por la conexión de control",
  ],
  ["server.help.stor", "Upload a file", "Subir un archivo"],
  ["server.help.stou", "Upload with a unique name", "Subir con un nombre único"],
  ["server.help.stru", "File structure (only F)", "Estructura de archivo (solo F)"],
  ["server.help.syst", "System type", "Tipo de sistema"],
  ["server.help.type", "Data type: A (ASCII) or I (binary)", "Tipo de datos: A (ASCII) o I (binario)"],
  ["server.help.user", "Send the user name", "Enviar el nombre de usuario"],
  ["server.help.xcup", "Old name of CDUP", "Nombre antiguo de CDUP"],
  ["server.help.xcwd", "Old name of CWD", "Nombre antiguo de CWD"],
  ["server.help.xmkd", "Old name of MKD", "Nombre antiguo de MKD"],
  ["server.help.xpwd", "Old name of PWD", "Nombre antiguo de PWD"],
  ["server.help.xrmd", "Old name of RMD", "Nombre antiguo de RMD"],
  [
    "server.lseekFailed",
    "REST {offset} is past the largest offset the disk accepts ({max}): lseek() fails and vsftpd ends the session without a reply.",
    "REST {offset} supera el mayor desplazamiento que admite el disco ({max}): lseek() falla y vsftpd termina la sesión sin responder.",
  ],
  [
    "server.fileTooBig",
    "The file would grow past {max} {max|byte|bytes}, the largest file this server's in-memory disk holds: the write fails and vsftpd answers 451.",
    "El archivo pasaría de {max} {max|byte|bytes}, el mayor archivo que cabe en el disco en memoria de este servidor: la escritura falla y vsftpd responde 451.",
  ],
  [
    "server.pasvIpv6",
    "PASV on an IPv6 control connection ({addr}): a 227 reply can only carry an IPv4 address, so vsftpd 3.0.3 announces 0,0,0,0 with the port; clients should use EPSV here.",
    "PASV en una conexión de control IPv6 ({addr}): una respuesta 227 solo puede llevar una dirección IPv4, así que vsftpd 3.0.3 anuncia 0,0,0,0 con el puerto; aquí los clientes deberían usar EPSV.",
  ],
  [
    "server.listMatchBudget",
    "This listing used up its {steps} filter-matching steps (every session here shares one thread): the names not yet checked are left out. vsftpd itself only caps each name at 1000 steps.",
    "Este listado agotó sus {steps} {steps|paso|pasos} de comparación con el filtro (aquí todas las sesiones comparten un hilo): se omiten los nombres aún no comparados. vsftpd solo limita cada nombre a 1000 pasos.",
  ],
] as const;

/** This catalogue's keys (lib/i18n/core.ts joins every catalogue's into MessageKey). */
export type Key = KeyOf<typeof ROWS>;

export const messages = fromRows(ROWS);

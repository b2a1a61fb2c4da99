/** Explanations attached by the vsftpd server engine (lib/ftp/server) to its decisions. */
const en: Record<string, string> = {
  "server.aborShutdown":
    "async_abor_enable=YES: the urgent ABOR raised SIGURG, vsftpd shut the data connection down, so the transfer ends with 426 (handle_sigurg, postlogin.c).",
  "server.aborOk":
    "async_abor_enable=YES: after the failed transfer vsftpd answers the ABOR itself with 226 (check_abor).",
  "server.writeFailed":
    "The uploaded bytes could not be stored (the disk is full, or this server's memory budget for uploads is spent): vsftpd stops reading and says 451.",
  "server.traceDropped":
    "{count} trace entries are missing here: the trace output did not keep up, and the server does not wait for it.",
  "server.traceLimit": "The trace stops here: it reached its limit of {mib} MiB (the server goes on).",
  "server.hostFileMissing":
    "vsftpd could not read {path}, a file or directory its configuration names: it refuses the session (500 OOPS) before anything else.",
  "server.anonPasswordRefused":
    "The anonymous password (an e-mail address) is in banned_email_file, or not in email_password_file: 530.",
  "server.acceptTimeout": "The client never connected to the passive port within accept_timeout: 425.",
  "server.anonOnly": "local_enable=NO: only anonymous (ftp/anonymous) may log in.",
  "server.anonWorldReadable":
    "anon_world_readable_only=YES: anonymous users may only download files readable by everyone.",
  "server.asciiDownloadDisabled":
    "TYPE A, but ascii_download_enable=NO: vsftpd sends the file unchanged and says BINARY.",
  "server.bannerFile": "The greeting comes from banner_file, one 220- line per line of the file.",
  "server.cmdsAllowed": "{verb} is not in cmds_allowed (or is in cmds_denied).",
  "server.connectActive":
    "Active mode: the server opens the data connection to the address given by PORT/EPRT (source port {port} = any).",
  "server.connectFromPort20":
    "connect_from_port_20=YES: the server connects from port {port} (ftp_data_port).",
  "server.port20Unavailable":
    "connect_from_port_20=YES, but this process may not bind port {port} ({code}): the real server connects from an ephemeral port instead.",
  "server.connectFailed": "The server could not connect to the client's data port: 425.",
  "server.connectTimeout": "No answer from the client's data port within connect_timeout: 425.",
  "server.cwdFailed": "The directory does not exist, is not a directory or may not be entered ({reason}).",
  "server.dataReset": "The data connection was reset before the transfer ended: 426.",
  "server.dataTimeout": "No data moved for data_connection_timeout seconds: vsftpd ends the session.",
  "server.eprtProtocol": "EPRT's protocol must be 1 (IPv4), or 2 on an IPv6 control connection.",
  "server.eprtSyntax": "EPRT needs |proto|address|port| with a valid address.",
  "server.epsvAll": "After EPSV ALL, vsftpd refuses PASV and PORT (EPRT is still accepted).",
  "server.epsvAllRefuses": "{verb} refused after EPSV ALL ({tunables}).",
  "server.fsError": "The file system refused the operation ({err}).",
  "server.gated": "{verb} is switched off by the configuration ({tunables}).",
  "server.idleTimeout": "No command for idle_session_timeout={seconds} s: vsftpd says 421 and hangs up.",
  "server.lineTooLong": "A command line longer than 4096 bytes ends the session.",
  "server.listNothing": "{path} cannot be opened: the listing is empty, but vsftpd still says 226.",
  "server.listenFailed": "No free passive port could be opened.",
  "server.loggedInAnon": "Anonymous login as {user}, locked (chroot) into {root}.",
  "server.loggedInChroot": "Local user {user}, locked (chroot) into {root}.",
  "server.loggedInLocal": "Local user {user}, not chrooted: sees the whole file system from {root}.",
  "server.loginFailed.ftpusers": "{user} is listed in /etc/ftpusers: always refused.",
  "server.loginFailed.noPassword": "{user} has no password and cannot log in.",
  "server.loginFailed.password": "Wrong password for {user} (reply delayed like PAM does).",
  "server.loginFailed.unknown": "There is no user {user} (or local_enable=NO).",
  "server.loginFirst": "Not logged in yet: every command except USER, PASS, QUIT, FEAT and OPTS gets 530.",
  "server.maxLoginFails": "max_login_fails={max} failed logins: vsftpd closes the connection.",
  "server.noAnonPassword": "no_anon_password=YES: anonymous gets in without being asked for a password.",
  "server.noDataSetup": "A data command needs PORT/EPRT or PASV/EPSV first (each one is used once).",
  "server.noHome": "The login directory {path} does not exist.",
  "server.pasvAddress": "pasv_address: the 227 reply advertises {addr} instead of the server's own address.",
  "server.pasvBadIp":
    "pasv_promiscuous=NO: the data connection came from {from}, not from the client {peer}.",
  "server.portForeignAddress": "port_promiscuous=NO: {addr}:{port} is not the client's own address {peer}.",
  "server.portPrivileged": "port_promiscuous=NO: port {port} on {addr} is below 1024 (client {peer}).",
  "server.portSyntax": "PORT needs six numbers 0-255: h1,h2,h3,h4,p1,p2.",
  "server.retrMissing": "{path} does not exist or cannot be reached.",
  "server.retrNoPermission": "No read permission on {path}.",
  "server.retrNotFile": "{path} is not a regular file.",
  "server.rnfrFirst": "RNTO needs a successful RNFR just before.",
  "server.siteChmodOff": "SITE CHMOD needs write_enable=YES and chmod_enable=YES.",
  "server.typeAsciiNoConversion":
    "ASCII mode is only a label here: ascii_download_enable/ascii_upload_enable are NO.",
  "server.unknownCommand": "vsftpd does not know this command.",
  "server.uploadCreateFailed":
    "{path} cannot be created here (no write permission, missing directory or a directory).",
  "server.uploadExists":
    "{path} already exists and anonymous users may not overwrite (anon_other_write_enable=NO).",
  "server.userFirst": "PASS must follow a USER command.",
  "server.userlistDenied": "{user} is in userlist_file and userlist_deny=YES.",
  "server.userlistNotAllowed": "{user} is not in userlist_file and userlist_deny=NO.",
  "server.writableChroot":
    "The chroot root is writable and allow_writeable_chroot=NO: vsftpd refuses to run.",
};

const es: Record<string, string> = {
  "server.aborShutdown":
    "async_abor_enable=YES: el ABOR urgente provocó SIGURG, vsftpd cerró la conexión de datos y la transferencia acaba con 426 (handle_sigurg, postlogin.c).",
  "server.aborOk":
    "async_abor_enable=YES: tras la transferencia fallida, vsftpd responde al propio ABOR con 226 (check_abor).",
  "server.writeFailed":
    "Los bytes subidos no se pudieron guardar (el disco está lleno, o se agotó la memoria que este servidor reserva para subidas): vsftpd deja de leer y responde 451.",
  "server.traceDropped":
    "Aquí faltan {count} entradas de la traza: la salida de la traza no daba abasto y el servidor no la espera.",
  "server.traceLimit":
    "La traza termina aquí: llegó a su límite de {mib} MiB (el servidor sigue funcionando).",
  "server.hostFileMissing":
    "vsftpd no pudo leer {path}, un archivo o directorio que nombra su configuración: rechaza la sesión (500 OOPS) antes de nada.",
  "server.anonPasswordRefused":
    "La contraseña anónima (una dirección de correo) está en banned_email_file, o no está en email_password_file: 530.",
  "server.acceptTimeout": "El cliente no se conectó al puerto pasivo dentro de accept_timeout: 425.",
  "server.anonOnly": "local_enable=NO: solo se admite el acceso anónimo (ftp/anonymous).",
  "server.anonWorldReadable":
    "anon_world_readable_only=YES: los anónimos solo descargan archivos legibles por todos.",
  "server.asciiDownloadDisabled":
    "TYPE A, pero ascii_download_enable=NO: vsftpd envía el archivo sin cambios y dice BINARY.",
  "server.bannerFile": "El saludo sale de banner_file: una línea 220- por cada línea del archivo.",
  "server.cmdsAllowed": "{verb} no está en cmds_allowed (o está en cmds_denied).",
  "server.connectActive":
    "Modo activo: el servidor abre la conexión de datos hacia la dirección dada en PORT/EPRT (puerto de origen {port} = cualquiera).",
  "server.connectFromPort20":
    "connect_from_port_20=YES: el servidor se conecta desde el puerto {port} (ftp_data_port).",
  "server.port20Unavailable":
    "connect_from_port_20=YES, pero este proceso no puede usar el puerto {port} ({code}): el servidor real se conecta desde un puerto efímero.",
  "server.connectFailed": "El servidor no pudo conectar con el puerto de datos del cliente: 425.",
  "server.connectTimeout": "El puerto de datos del cliente no respondió dentro de connect_timeout: 425.",
  "server.cwdFailed": "El directorio no existe, no es un directorio o no se puede entrar ({reason}).",
  "server.dataReset": "La conexión de datos se cortó antes de terminar la transferencia: 426.",
  "server.dataTimeout":
    "Sin movimiento de datos durante data_connection_timeout segundos: vsftpd cierra la sesión.",
  "server.eprtProtocol": "El protocolo de EPRT debe ser 1 (IPv4), o 2 en una conexión de control IPv6.",
  "server.eprtSyntax": "EPRT necesita |proto|dirección|puerto| con una dirección válida.",
  "server.epsvAll": "Tras EPSV ALL, vsftpd rechaza PASV y PORT (EPRT se sigue aceptando).",
  "server.epsvAllRefuses": "{verb} rechazado tras EPSV ALL ({tunables}).",
  "server.fsError": "El sistema de archivos rechazó la operación ({err}).",
  "server.gated": "{verb} está desactivado por la configuración ({tunables}).",
  "server.idleTimeout": "Ninguna orden en idle_session_timeout={seconds} s: vsftpd responde 421 y cuelga.",
  "server.lineTooLong": "Una línea de órdenes de más de 4096 bytes termina la sesión.",
  "server.listNothing":
    "{path} no se puede abrir: el listado sale vacío, pero vsftpd responde 226 igualmente.",
  "server.listenFailed": "No se pudo abrir ningún puerto pasivo libre.",
  "server.loggedInAnon": "Acceso anónimo como {user}, encerrado (chroot) en {root}.",
  "server.loggedInChroot": "Usuario local {user}, encerrado (chroot) en {root}.",
  "server.loggedInLocal": "Usuario local {user}, sin chroot: ve todo el sistema de archivos desde {root}.",
  "server.loginFailed.ftpusers": "{user} figura en /etc/ftpusers: siempre se rechaza.",
  "server.loginFailed.noPassword": "{user} no tiene contraseña y no puede entrar.",
  "server.loginFailed.password": "Contraseña incorrecta para {user} (la respuesta se retrasa como hace PAM).",
  "server.loginFailed.unknown": "No existe el usuario {user} (o local_enable=NO).",
  "server.loginFirst": "Aún sin sesión: toda orden salvo USER, PASS, QUIT, FEAT y OPTS recibe 530.",
  "server.maxLoginFails": "max_login_fails={max} intentos fallidos: vsftpd cierra la conexión.",
  "server.noAnonPassword": "no_anon_password=YES: el anónimo entra sin que se le pida contraseña.",
  "server.noDataSetup":
    "Una orden de datos necesita antes PORT/EPRT o PASV/EPSV (cada uno sirve una sola vez).",
  "server.noHome": "El directorio de inicio {path} no existe.",
  "server.pasvAddress":
    "pasv_address: la respuesta 227 anuncia {addr} en lugar de la dirección propia del servidor.",
  "server.pasvBadIp":
    "pasv_promiscuous=NO: la conexión de datos llegó desde {from}, no desde el cliente {peer}.",
  "server.portForeignAddress":
    "port_promiscuous=NO: {addr}:{port} no es la dirección del propio cliente {peer}.",
  "server.portPrivileged":
    "port_promiscuous=NO: el puerto {port} de {addr} es menor que 1024 (cliente {peer}).",
  "server.portSyntax": "PORT necesita seis números 0-255: h1,h2,h3,h4,p1,p2.",
  "server.retrMissing": "{path} no existe o no es accesible.",
  "server.retrNoPermission": "No hay permiso de lectura sobre {path}.",
  "server.retrNotFile": "{path} no es un archivo normal.",
  "server.rnfrFirst": "RNTO necesita justo antes un RNFR correcto.",
  "server.siteChmodOff": "SITE CHMOD necesita write_enable=YES y chmod_enable=YES.",
  "server.typeAsciiNoConversion":
    "Aquí el modo ASCII es solo una etiqueta: ascii_download_enable/ascii_upload_enable están a NO.",
  "server.unknownCommand": "vsftpd no conoce esta orden.",
  "server.uploadCreateFailed":
    "No se puede crear {path} aquí (sin permiso de escritura, directorio inexistente o es un directorio).",
  "server.uploadExists":
    "{path} ya existe y los anónimos no pueden sobrescribir (anon_other_write_enable=NO).",
  "server.userFirst": "PASS debe ir después de una orden USER.",
  "server.userlistDenied": "{user} está en userlist_file y userlist_deny=YES.",
  "server.userlistNotAllowed": "{user} no está en userlist_file y userlist_deny=NO.",
  "server.writableChroot":
    "La raíz del chroot es escribible y allow_writeable_chroot=NO: vsftpd se niega a seguir.",
};

const HELP: Readonly<Record<string, readonly [string, string]>> = {
  abor: ["Abort the transfer in progress", "Abortar la transferencia en curso"],
  acct: ["Account information (not implemented)", "Información de cuenta (no implementada)"],
  allo: ["Reserve space (ignored)", "Reservar espacio (se ignora)"],
  appe: ["Append to a file", "Añadir al final de un archivo"],
  auth: [
    "Start TLS on the control connection (needs ssl_enable)",
    "Iniciar TLS en la conexión de control (requiere ssl_enable)",
  ],
  cdup: ["Go to the parent directory", "Subir al directorio padre"],
  cwd: ["Change directory", "Cambiar de directorio"],
  dele: ["Delete a file", "Borrar un archivo"],
  eprt: ["Active mode, extended (IPv4/IPv6)", "Modo activo extendido (IPv4/IPv6)"],
  epsv: ["Passive mode, extended", "Modo pasivo extendido"],
  feat: ["List the extensions", "Listar las extensiones"],
  help: ["List the commands", "Listar las órdenes"],
  list: ["Long directory listing", "Listado largo del directorio"],
  mdtm: ["Modification time of a file", "Fecha de modificación de un archivo"],
  mkd: ["Make a directory", "Crear un directorio"],
  mode: ["Transfer mode (only S)", "Modo de transferencia (solo S)"],
  nlst: ["Names in a directory", "Nombres de un directorio"],
  noop: ["Do nothing", "No hacer nada"],
  opts: ["Set an option (UTF8 ON)", "Fijar una opción (UTF8 ON)"],
  pass: ["Send the password", "Enviar la contraseña"],
  pasv: ["Passive mode", "Modo pasivo"],
  pbsz: ["TLS buffer size (needs ssl_enable)", "Tamaño de búfer TLS (requiere ssl_enable)"],
  port: ["Active mode: the client's address and port", "Modo activo: dirección y puerto del cliente"],
  prot: ["TLS data protection (needs ssl_enable)", "Protección TLS de datos (requiere ssl_enable)"],
  pwd: ["Print the current directory", "Mostrar el directorio actual"],
  quit: ["End the session", "Terminar la sesión"],
  rein: ["Reinitialise (not implemented)", "Reiniciar (no implementada)"],
  rest: ["Restart offset for the next transfer", "Posición de reanudación para la próxima transferencia"],
  retr: ["Download a file", "Descargar un archivo"],
  rmd: ["Remove a directory", "Borrar un directorio"],
  rnfr: ["Rename from", "Renombrar desde"],
  rnto: ["Rename to", "Renombrar a"],
  site: [
    "Server-specific commands (CHMOD, UMASK, HELP)",
    "Órdenes propias del servidor (CHMOD, UMASK, HELP)",
  ],
  size: ["Size of a file", "Tamaño de un archivo"],
  smnt: ["Mount a file system (not implemented)", "Montar un sistema de archivos (no implementada)"],
  stat: [
    "Session status, or a listing over the control connection",
    "Estado de la sesión, o un listado por la conexión de control",
  ],
  stor: ["Upload a file", "Subir un archivo"],
  stou: ["Upload with a unique name", "Subir con un nombre único"],
  stru: ["File structure (only F)", "Estructura de archivo (solo F)"],
  syst: ["System type", "Tipo de sistema"],
  type: ["Data type: A (ASCII) or I (binary)", "Tipo de datos: A (ASCII) o I (binario)"],
  user: ["Send the user name", "Enviar el nombre de usuario"],
  xcup: ["Old name of CDUP", "Nombre antiguo de CDUP"],
  xcwd: ["Old name of CWD", "Nombre antiguo de CWD"],
  xmkd: ["Old name of MKD", "Nombre antiguo de MKD"],
  xpwd: ["Old name of PWD", "Nombre antiguo de PWD"],
  xrmd: ["Old name of RMD", "Nombre antiguo de RMD"],
};

for (const [verb, [enText, esText]] of Object.entries(HELP)) {
  en[`server.help.${verb}`] = enText;
  es[`server.help.${verb}`] = esText;
}

export const messages = { en, es };

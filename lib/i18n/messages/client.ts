/**
 * Messages of the `ftp>` client engine (lib/ftp/client): what the program prints itself, its help
 * and usage lines, and the notes that explain its decisions in the trace. Each entry is written as
 * an [English, Spanish] pair so neither language can miss a key.
 */
type Pair = readonly [en: string, es: string];

/** One-line help and usage per command of the table (lib/ftp/client/table.ts). */
const COMMANDS: Readonly<Record<string, { help: Pair; usage: Pair }>> = {
  ftp: {
    help: [
      "open a connection and log in as user@host at once",
      "abrir una conexión y entrar como usuario@host de una vez",
    ],
    usage: ["usage: ftp [user@]host [port]", "uso: ftp [usuario@]host [puerto]"],
  },
  auth: {
    help: [
      "protect the control connection with TLS (AUTH TLS)",
      "proteger la conexión de control con TLS (AUTH TLS)",
    ],
    usage: ["usage: auth", "uso: auth"],
  },
  nmap: {
    help: [
      "scan a port of a host (simulated nmap: -sV, -sC, -p)",
      "escanear un puerto de un equipo (nmap simulado: -sV, -sC, -p)",
    ],
    usage: ["usage: nmap [-sV] [-sC] [-p port] host", "uso: nmap [-sV] [-sC] [-p puerto] equipo"],
  },
  hydra: {
    help: [
      "guess FTP passwords from a word list (simulated hydra)",
      "adivinar contraseñas FTP con una lista de palabras (hydra simulado)",
    ],
    usage: [
      "usage: hydra -l user -P wordlist [-V] ftp://host[:port]",
      "uso: hydra -l usuario -P lista [-V] ftp://equipo[:puerto]",
    ],
  },
  brute: {
    help: [
      "guess a user's FTP password with the built-in word list",
      "adivinar la contraseña FTP de un usuario con la lista incluida",
    ],
    usage: ["usage: brute user [host]", "uso: brute usuario [equipo]"],
  },
  open: {
    help: ["connect to remote ftp server", "conectar con un servidor ftp remoto"],
    usage: ["usage: open host-name [port]", "uso: open nombre-de-host [puerto]"],
  },
  user: {
    help: ["send new user information", "enviar el nombre de usuario (y la contraseña)"],
    usage: ["usage: user username [password] [account]", "uso: user usuario [contraseña] [cuenta]"],
  },
  pass: {
    help: [
      "send the password (asked without echo if omitted)",
      "enviar la contraseña (se pide sin eco si falta)",
    ],
    usage: ["usage: pass [password]", "uso: pass [contraseña]"],
  },
  ls: {
    help: ["list contents of remote directory", "listar el contenido del directorio remoto"],
    usage: ["usage: ls [remote-directory [local-file]]", "uso: ls [directorio-remoto [archivo-local]]"],
  },
  dir: {
    help: ["list contents of remote directory (LIST)", "listar el contenido del directorio remoto (LIST)"],
    usage: ["usage: dir [remote-directory [local-file]]", "uso: dir [directorio-remoto [archivo-local]]"],
  },
  nlist: {
    help: [
      "nlist contents of remote directory (names only)",
      "listar solo los nombres del directorio remoto",
    ],
    usage: ["usage: nlist [remote-directory [local-file]]", "uso: nlist [directorio-remoto [archivo-local]]"],
  },
  cd: {
    help: ["change remote working directory", "cambiar el directorio de trabajo remoto"],
    usage: ["usage: cd remote-directory", "uso: cd directorio-remoto"],
  },
  cdup: {
    help: ["change remote working directory to parent directory", "subir al directorio padre en el servidor"],
    usage: ["usage: cdup", "uso: cdup"],
  },
  pwd: {
    help: ["print working directory on remote machine", "mostrar el directorio de trabajo remoto"],
    usage: ["usage: pwd", "uso: pwd"],
  },
  get: {
    help: ["receive file", "descargar un archivo"],
    usage: ["usage: get remote-file [local-file]", "uso: get archivo-remoto [archivo-local]"],
  },
  reget: {
    help: [
      "get file restarting at end of local file",
      "reanudar una descarga desde el final del archivo local",
    ],
    usage: ["usage: reget remote-file [local-file]", "uso: reget archivo-remoto [archivo-local]"],
  },
  put: {
    help: ["send one file", "subir un archivo"],
    usage: ["usage: put local-file [remote-file]", "uso: put archivo-local [archivo-remoto]"],
  },
  append: {
    help: ["append to a file", "añadir al final de un archivo remoto"],
    usage: ["usage: append local-file [remote-file]", "uso: append archivo-local [archivo-remoto]"],
  },
  mkdir: {
    help: ["make directory on the remote machine", "crear un directorio en el servidor"],
    usage: ["usage: mkdir directory-name", "uso: mkdir nombre-de-directorio"],
  },
  rmdir: {
    help: ["remove directory on the remote machine", "borrar un directorio del servidor"],
    usage: ["usage: rmdir directory-name", "uso: rmdir nombre-de-directorio"],
  },
  delete: {
    help: ["delete remote file", "borrar un archivo remoto"],
    usage: ["usage: delete remote-file", "uso: delete archivo-remoto"],
  },
  rename: {
    help: ["rename file", "renombrar un archivo remoto"],
    usage: ["usage: rename from-name to-name", "uso: rename nombre-actual nombre-nuevo"],
  },
  size: {
    help: ["show size of remote file", "mostrar el tamaño de un archivo remoto"],
    usage: ["usage: size remote-file", "uso: size archivo-remoto"],
  },
  modtime: {
    help: [
      "show last modification time of remote file",
      "mostrar la fecha de modificación de un archivo remoto",
    ],
    usage: ["usage: modtime remote-file", "uso: modtime archivo-remoto"],
  },
  ascii: {
    help: ["set ascii transfer type", "usar el tipo de transferencia ASCII"],
    usage: ["usage: ascii", "uso: ascii"],
  },
  binary: {
    help: ["set binary transfer type", "usar el tipo de transferencia binario"],
    usage: ["usage: binary", "uso: binary"],
  },
  type: {
    help: ["set file transfer type", "elegir el tipo de transferencia"],
    usage: ["usage: type [ascii | binary]", "uso: type [ascii | binary]"],
  },
  passive: {
    help: ["toggle passive transfer mode", "activar o desactivar el modo pasivo"],
    usage: ["usage: passive [on | off]", "uso: passive [on | off]"],
  },
  epsv: {
    help: ["toggle use of EPSV in passive mode", "activar o desactivar EPSV en modo pasivo"],
    usage: ["usage: epsv [on | off]", "uso: epsv [on | off]"],
  },
  verbose: {
    help: ["toggle verbose mode", "activar o desactivar el modo detallado"],
    usage: ["usage: verbose [on | off]", "uso: verbose [on | off]"],
  },
  status: {
    help: ["show current status", "mostrar el estado actual"],
    usage: ["usage: status", "uso: status"],
  },
  system: {
    help: ["show remote system type", "mostrar el tipo de sistema remoto"],
    usage: ["usage: system", "uso: system"],
  },
  rhelp: {
    help: ["get help from remote server", "pedir ayuda al servidor remoto"],
    usage: ["usage: rhelp [command]", "uso: rhelp [orden]"],
  },
  quote: {
    help: ["send arbitrary ftp command", "enviar una orden FTP cualquiera tal cual"],
    usage: ["usage: quote line-to-send", "uso: quote línea-a-enviar"],
  },
  close: {
    help: ["terminate ftp session", "terminar la sesión ftp"],
    usage: ["usage: close", "uso: close"],
  },
  bye: {
    help: ["terminate ftp session and exit", "terminar la sesión ftp y salir"],
    usage: ["usage: bye", "uso: bye"],
  },
  lcd: {
    help: ["change local working directory", "cambiar el directorio de trabajo local"],
    usage: ["usage: lcd [local-directory]", "uso: lcd [directorio-local]"],
  },
  telnet: {
    help: [
      "talk to a port by hand: typed lines are sent as they are",
      "hablar con un puerto a mano: cada línea se envía tal cual",
    ],
    usage: ["usage: telnet host [port]", "uso: telnet host [puerto]"],
  },
  nc: {
    help: [
      "like telnet, without its banner lines (netcat)",
      "como telnet, sin sus líneas de bienvenida (netcat)",
    ],
    usage: ["usage: nc host [port]", "uso: nc host [puerto]"],
  },
  help: {
    help: ["print local help information", "mostrar la ayuda local"],
    usage: ["usage: help [command]", "uso: help [orden]"],
  },
};

const LINES: Readonly<Record<string, Pair>> = {
  "client.connected": ["Connected to {host}.", "Conectado a {host}."],
  "client.alreadyConnected": [
    "Already connected to {host}, use close first.",
    "Ya hay conexión con {host}; usa close antes.",
  ],
  "client.notConnected": ["Not connected.", "No conectado."],
  "client.invalid": ["?Invalid command.", "?Orden no válida."],
  "client.ambiguous": ["?Ambiguous command.", "?Orden ambigua."],
  "client.didYouMean": ["Did you mean “{cmd}”?", "¿Querías decir «{cmd}»?"],
  "client.invalidHelp": ["?Invalid help command {cmd}", "?No hay ayuda para {cmd}"],
  "client.helpHeader": [
    "Commands may be abbreviated.  Commands are:",
    "Las órdenes se pueden abreviar.  Las órdenes son:",
  ],
  "client.busy": [
    "?Busy: the previous command has not finished (Ctrl+C aborts it).",
    "?Ocupado: la orden anterior no ha terminado (Ctrl+C la interrumpe).",
  ],
  "client.loginFailed": ["Login failed.", "Fallo al iniciar sesión."],
  "client.remoteSystem": ["Remote system type is {system}.", "El sistema remoto es de tipo {system}."],
  "client.lostConnection": [
    "421 Service not available, remote server has closed connection",
    "421 Servicio no disponible, el servidor remoto ha cerrado la conexión",
  ],
  "client.localRemote": ["local: {local} remote: {remote}", "local: {local} remoto: {remote}"],
  "client.received": [
    "{bytes} bytes received in {secs} secs ({rate})",
    "{bytes} {bytes|byte recibido|bytes recibidos} en {secs} s ({rate})",
  ],
  "client.sent": [
    "{bytes} bytes sent in {secs} secs ({rate})",
    "{bytes} {bytes|byte enviado|bytes enviados} en {secs} s ({rate})",
  ],
  "client.passive.on": ["Passive mode on.", "Modo pasivo activado."],
  "client.passive.off": ["Passive mode off.", "Modo pasivo desactivado."],
  "client.epsv.on": ["EPSV in passive mode: on.", "EPSV en modo pasivo: activado."],
  "client.epsv.off": ["EPSV in passive mode: off.", "EPSV en modo pasivo: desactivado."],
  "client.verbose.on": ["Verbose mode on.", "Modo detallado activado."],
  "client.verbose.off": ["Verbose mode off.", "Modo detallado desactivado."],
  "client.usingType": [
    "Using {type} mode to transfer files.",
    "Se usa el tipo {type} para transferir archivos.",
  ],
  "client.modtime": ["{file}\t{date} GMT", "{file}\t{date} GMT"],
  "client.lcd": ["Local directory now {dir}", "Directorio local ahora: {dir}"],
  "client.status.type": [
    "Mode: stream; Type: {type}; Form: non-print; Structure: file",
    "Modo: stream; Tipo: {type}; Formato: non-print; Estructura: file",
  ],
  "client.status.modes": [
    "Verbose: {verbose}; Passive mode: {passive}; EPSV: {epsv}; Follow PASV address: {follow}",
    "Detallado: {verbose}; Modo pasivo: {passive}; EPSV: {epsv}; Seguir la dirección de PASV: {follow}",
  ],
  "client.status.dirs": [
    "Remote directory: {remote}; Local directory: {local}",
    "Directorio remoto: {remote}; Directorio local: {local}",
  ],
  "client.abort.receive": ["receive aborted", "recepción interrumpida"],
  "client.abort.send": ["send aborted", "envío interrumpido"],
  "client.abort.waiting": [
    "waiting for remote to finish abort",
    "esperando a que el servidor termine de abortar",
  ],
  "client.raw.trying": ["Trying {host}...", "Probando {host}..."],
  "client.raw.connected": ["Connected to {host}.", "Conectado a {host}."],
  "client.raw.escape": ["Escape character is '^]'.", "El carácter de escape es '^]'."],
  "client.raw.closed": ["Connection closed by foreign host.", "El host remoto ha cerrado la conexión."],
  "client.err.badPort": ["{port}: bad port number", "{port}: número de puerto no válido"],
  "client.err.connectRefused": ["ftp: connect: Connection refused", "ftp: connect: Conexión rechazada"],
  "client.err.connectTimeout": [
    "ftp: connect: Connection timed out",
    "ftp: connect: Tiempo de conexión agotado",
  ],
  "client.err.connectUnreachable": [
    "ftp: connect: No route to host",
    "ftp: connect: No hay ruta hasta el host",
  ],
  "client.err.connectReset": [
    "ftp: connect: Connection reset by peer",
    "ftp: connect: Conexión reiniciada por el otro extremo",
  ],
  "client.err.listen": ["ftp: bind: Address already in use", "ftp: bind: La dirección ya está en uso"],
  "client.err.netinReset": [
    "netin: Connection reset by peer",
    "netin: Conexión reiniciada por el otro extremo",
  ],
  "client.err.netoutReset": [
    "netout: Connection reset by peer",
    "netout: Conexión reiniciada por el otro extremo",
  ],
  "client.err.passiveRefused": ["Passive mode refused.", "El servidor rechazó el modo pasivo."],
  "client.err.pasvScan": [
    "Passive mode address scan failure.",
    "No se encontró la dirección en la respuesta pasiva.",
  ],
  "client.err.epsvScan": [
    "Extended passive reply could not be parsed.",
    "No se pudo leer la respuesta de EPSV.",
  ],
  "client.err.localMissing": [
    "local: {file}: No such file or directory",
    "local: {file}: No existe el archivo o el directorio",
  ],
  "client.err.lcd": [
    "local: {dir}: No such file or directory",
    "local: {dir}: No existe el archivo o el directorio",
  ],
  "client.err.unknownType": ["{type}: unknown mode.", "{type}: tipo desconocido."],
  "client.err.shell": ["sh: {cmd}: not available here", "sh: {cmd}: no disponible aquí"],
  "client.note.abandoned": [
    "Ctrl+C abandoned the command; its reply will still arrive and the client will discard it.",
    "Ctrl+C abandonó la orden; su respuesta llegará igualmente y el cliente la descartará.",
  ],
  "client.note.stale": [
    "Reply {code} answers a command abandoned earlier: the client discards it to stay in step.",
    "La respuesta {code} corresponde a una orden abandonada: el cliente la descarta para no desfasarse.",
  ],
  "client.note.unsolicited": [
    "Reply {code} arrived while no command was waiting for one.",
    "Llegó la respuesta {code} sin que ninguna orden la esperara.",
  ],
  "client.note.junk": [
    "“{line}” does not start with a reply code; the client ignores it.",
    "«{line}» no empieza por un código de respuesta; el cliente la ignora.",
  ],
  "client.note.aborDrain": [
    "netkit keeps reading the data connection to its end and throws the bytes away, then reads the replies: a server that does not watch the control connection during a transfer (vsftpd's default) sends the rest of the file and its 226 first",
    "netkit sigue leyendo la conexión de datos hasta el final y descarta los bytes, y después lee las respuestas: un servidor que no vigila la conexión de control durante una transferencia (lo que hace vsftpd por defecto) envía el resto del archivo y su 226 primero",
  ],
  "client.note.autoSyst": [
    'After every open (after the login, or at once when started with -n) netkit asks SYST without showing the reply; "215 UNIX Type: L8" makes binary the default type, anything else (vsftpd answers 530 before login) leaves ASCII',
    'Tras cada open (después del inicio de sesión, o enseguida si se arrancó con -n) netkit pregunta SYST sin mostrar la respuesta; "215 UNIX Type: L8" deja binario como tipo por defecto y cualquier otra cosa (vsftpd responde 530 antes del inicio de sesión) deja ASCII',
  ],
  "client.note.abor": [
    "Ctrl+C: netkit sends Telnet IP and Synch (RFC 959 §4.1.3): IAC IP IAC as TCP urgent data (URG), then DM and ABOR in the normal stream, so a server busy sending data notices; it prints no ---> line for them",
    "Ctrl+C: netkit envía Telnet IP y Synch (RFC 959 §4.1.3): IAC IP IAC como datos urgentes de TCP (URG) y después DM y ABOR en el flujo normal, para que un servidor ocupado enviando datos se entere; no imprime ninguna línea ---> por ellos",
  ],
  "client.note.doneReplyFirst": [
    "Transfer complete: the 226 arrived first, then the end of the data (FIN). The client waits for both.",
    "Transferencia completa: primero llegó el 226 y después el fin de los datos (FIN). El cliente espera a ambos.",
  ],
  "client.note.doneEofFirst": [
    "Transfer complete: the data ended (FIN) first, then the final reply arrived. The client waits for both.",
    "Transferencia completa: primero terminaron los datos (FIN) y después llegó la respuesta final. El cliente espera a ambos.",
  ],
  "client.note.epsvFallback": [
    "The server answered {code} to EPSV, so the client falls back to PASV for this session.",
    "El servidor respondió {code} a EPSV, así que el cliente vuelve a PASV durante esta sesión.",
  ],
  "client.note.portFallback": [
    "The server refused PORT ({code}). Like the classic Linux ftp (netkit's initconn), the client sends this one command without PORT, expecting the default data port; the next transfer sends PORT again, with no second fallback.",
    "El servidor rechazó PORT ({code}). Como el ftp clásico de Linux (initconn de netkit), el cliente envía esta orden sin PORT, esperando el puerto de datos por defecto; la siguiente transferencia vuelve a enviar PORT, sin un segundo recurso.",
  ],
  "client.note.pasvFollow": [
    "227 names {addr}, not the control peer {peer}; the client connects where the reply says.",
    "El 227 indica {addr}, no el extremo de control {peer}; el cliente se conecta donde dice la respuesta.",
  ],
  "client.note.pasvIgnore": [
    "227 names {addr}, but the client reuses the control connection's address {peer} (as libcurl ≥ 7.74 does) and keeps only the port.",
    "El 227 indica {addr}, pero el cliente reutiliza la dirección de la conexión de control {peer} (como libcurl ≥ 7.74) y solo toma el puerto.",
  ],
  "client.note.rest": [
    "The local file already has {offset} {offset|byte|bytes}: REST asks the server to start sending from there.",
    "El archivo local ya tiene {offset} {offset|byte|bytes}: REST pide al servidor que empiece a enviar desde ahí.",
  ],
  "client.note.raw": [
    "Raw mode: every typed line goes to the server as is, with CRLF; nothing opens a data connection for you. Open it by hand as with a second terminal: nc HOST PORT, with the port a 227 or 229 reply gave.",
    "Modo en bruto: cada línea se envía tal cual al servidor, con CRLF; nada abre la conexión de datos por ti. Ábrela a mano como en una segunda terminal: nc HOST PUERTO, con el puerto que dio la respuesta 227 o 229.",
  ],
  "client.note.rawAwaitsData": [
    "The server now waits for a connection to port {port} before it replies or reads another command (vsftpd's accept_timeout, 60 s by default). Open it with nc {host} {port}, or type wait 60 to see what happens when nobody connects.",
    "El servidor espera ahora una conexión al puerto {port} antes de responder o de leer otra orden (accept_timeout de vsftpd, 60 s por defecto). Ábrela con nc {host} {port}, o escribe wait 60 para ver qué pasa si nadie se conecta.",
  ],
  "client.note.rawByHand": [
    "As in a second terminal: nc opens a TCP connection to {host} port {port}. Lines typed here still go to the control connection; what arrives on this one is printed.",
    "Como en una segunda terminal: nc abre una conexión TCP a {host}, puerto {port}. Lo que escribas sigue yendo a la conexión de control; lo que llegue por esta se muestra.",
  ],
  "client.note.rawDataClosed": [
    "The server closed the data connection: the second nc sees end of file and exits; the transfer's result comes on the control connection.",
    "El servidor cerró la conexión de datos: el segundo nc ve el fin de archivo y termina; el resultado de la transferencia llega por la conexión de control.",
  ],
  "client.raw.dataBusy": [
    "A data connection opened by hand is still open: wait for the server to close it (or Ctrl+C to leave nc).",
    "Sigue abierta una conexión de datos abierta a mano: espera a que el servidor la cierre (o Ctrl+C para salir de nc).",
  ],
  "client.raw.failed.refused": [
    "nc: connect to {host} port {port} (tcp) failed: Connection refused",
    "nc: la conexión a {host}, puerto {port} (tcp), falló: Conexión rechazada",
  ],
  "client.raw.failed.timeout": [
    "nc: connect to {host} port {port} (tcp) failed: Connection timed out",
    "nc: la conexión a {host}, puerto {port} (tcp), falló: Tiempo de conexión agotado",
  ],
  "client.raw.failed.unreachable": [
    "nc: connect to {host} port {port} (tcp) failed: No route to host",
    "nc: la conexión a {host}, puerto {port} (tcp), falló: No hay ruta hasta el host",
  ],
  "client.raw.failed.reset": [
    "nc: connect to {host} port {port} (tcp) failed: Connection reset by peer",
    "nc: la conexión a {host}, puerto {port} (tcp), falló: Conexión reiniciada por el otro extremo",
  ],
  "client.note.bye": [
    "A real ftp program would exit here; the simulator keeps it running so you can open another session.",
    "Un programa ftp real terminaría aquí; el simulador lo mantiene abierto para que puedas abrir otra sesión.",
  ],
  "client.tls.refused": [
    "The server did not accept AUTH TLS: the session stays in clear text.",
    "El servidor no aceptó AUTH TLS: la sesión sigue en texto claro.",
  ],
  "client.note.tls": [
    "234: both ends now run a TLS handshake on the control connection; from here on its bytes are encrypted.",
    "234: los dos extremos negocian ahora TLS sobre la conexión de control; a partir de aquí sus bytes van cifrados.",
  ],
  "client.note.nmap": [
    "The scan found port {port} {state}; every probe was a real connection in this simulation.",
    "El escaneo encontró el puerto {port} en estado {state}; cada sonda fue una conexión real en esta simulación.",
  ],
  "client.note.hydraReconnect": [
    "The server hung up, so the tool simply opens connection number {n} and goes on guessing.",
    "El servidor colgó, así que la herramienta abre sin más la conexión número {n} y sigue probando.",
  ],
  "client.note.hydraClosed": [
    "vsftpd closed the connection after too many failed logins (max_login_fails).",
    "vsftpd cerró la conexión tras demasiados accesos fallidos (max_login_fails).",
  ],
  "client.note.shell": [
    "The local shell here only knows ls, pwd and cat.",
    "El shell local de aquí solo conoce ls, pwd y cat.",
  ],
};

const entries: [string, Pair][] = [
  ...Object.entries(LINES),
  ...Object.entries(COMMANDS).flatMap(([name, m]): [string, Pair][] => [
    [`client.help.${name}`, m.help],
    [`client.usage.${name}`, m.usage],
  ]),
];

export const messages: { en: Record<string, string>; es: Record<string, string> } = {
  en: Object.fromEntries(entries.map(([k, [en]]) => [k, en])),
  es: Object.fromEntries(entries.map(([k, [, es]]) => [k, es])),
};

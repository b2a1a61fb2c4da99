/**
 * The course (keys `lesson.*`): each lesson's title, the narration of its steps (lesson.<id>.<n>), the
 * tasks the learner types (lesson.<id>.task<n>); the teaching UI's own words (lesson.ui.*) are in
 * lessons-ui.ts. Written as [key, English, Spanish] rows so no key can miss a language; the Spanish is
 * the course's own language, the English its translation.
 */
import { fromRows, type KeyOf } from "../rows";

const ROWS = [
  ["lesson.connections.title", "1. Two connections", "1. Dos conexiones"],
  [
    "lesson.connections.1",
    "The client opens ONE TCP connection to port 21: the control connection. Look at the three-way handshake (SYN, SYN-ACK, ACK) and then the server's greeting, 220.",
    "El cliente abre UNA conexión TCP al puerto 21: la conexión de control. Fíjate en la negociación en tres pasos (SYN, SYN-ACK, ACK) y después en el saludo del servidor, 220.",
  ],
  [
    "lesson.connections.2",
    "Logging in travels on the same control connection: USER, then PASS. Commands and replies are lines of text ending in CRLF.",
    "El inicio de sesión viaja por la misma conexión de control: USER y luego PASS. Órdenes y respuestas son líneas de texto terminadas en CRLF.",
  ],
  [
    "lesson.connections.3",
    "A listing is data, so it does NOT travel on the control connection: a second TCP connection opens just for it and closes when the listing ends.",
    "Un listado son datos, así que NO viaja por la conexión de control: se abre una segunda conexión TCP solo para él y se cierra al terminar.",
  ],
  [
    "lesson.connections.4",
    "Every transfer gets a NEW data connection (different ports). The control connection stays open all the time.",
    "Cada transferencia usa una conexión de datos NUEVA (con otros puertos). La conexión de control sigue abierta todo el tiempo.",
  ],
  [
    "lesson.connections.task4",
    "Download readme.txt: type  get readme.txt",
    "Descarga readme.txt: escribe  get readme.txt",
  ],
  [
    "lesson.connections.5",
    "QUIT ends the session: the server answers 221 and the control connection closes.",
    "QUIT termina la sesión: el servidor responde 221 y se cierra la conexión de control.",
  ],
  ["lesson.replies.title", "2. Logging in and reply codes", "2. Inicio de sesión y códigos de respuesta"],
  [
    "lesson.replies.1",
    "Every reply starts with three digits. The FIRST digit is the class: 2xx means done. 220 = the service is ready.",
    "Toda respuesta empieza por tres cifras. La PRIMERA cifra es la clase: 2xx significa hecho. 220 = el servicio está listo.",
  ],
  [
    "lesson.replies.2",
    "USER gets 331 (3xx: intermediate, send the next command: PASS). A wrong password gets 530 (5xx: permanent failure, do not repeat it as is).",
    "USER recibe 331 (3xx: intermedia, envía la siguiente orden: PASS). Una contraseña incorrecta recibe 530 (5xx: fallo permanente, no la repitas igual).",
  ],
  [
    "lesson.replies.3",
    "Now log in properly. 230 = user logged in. The SECOND digit says the area: x0x syntax, x2x connections, x3x authentication, x5x file system.",
    "Ahora inicia sesión bien. 230 = usuario dentro. La SEGUNDA cifra indica el área: x0x sintaxis, x2x conexiones, x3x autenticación, x5x sistema de archivos.",
  ],
  [
    "lesson.replies.task3",
    "Log in as alumno: type  user alumno alumno123",
    "Entra como alumno: escribe  user alumno alumno123",
  ],
  [
    "lesson.replies.4",
    "A listing gets two replies: 150 (1xx: preliminary, started, another reply will follow) and 226 (2xx: completed).",
    "Un listado recibe dos respuestas: 150 (1xx: preliminar, empezado, llegará otra respuesta) y 226 (2xx: completado).",
  ],
  [
    "lesson.replies.5",
    "A file that does not exist gets 550 (5xx, x5x: the file system said no). 4xx would mean a transient failure: try again later.",
    "Un archivo que no existe recibe 550 (5xx, x5x: el sistema de archivos dijo que no). 4xx indicaría un fallo temporal: inténtalo más tarde.",
  ],
  [
    "lesson.replies.6",
    "Summary: 1 preliminary, 2 completed, 3 intermediate, 4 transient failure, 5 permanent failure. Try predict mode to practise them.",
    "Resumen: 1 preliminar, 2 completada, 3 intermedia, 4 fallo temporal, 5 fallo permanente. Prueba el modo predicción para practicarlas.",
  ],
  ["lesson.commands.title", "3. The commands", "3. Las órdenes"],
  [
    "lesson.commands.1",
    "The ftp program translates what you type into protocol commands. pwd sends PWD; the server answers 257 with the current directory in quotes.",
    "El programa ftp traduce lo que escribes a órdenes del protocolo. pwd envía PWD; el servidor responde 257 con el directorio actual entre comillas.",
  ],
  [
    "lesson.commands.2",
    "cd sends CWD (250: directory changed); ls sends LIST, whose answer arrives on a data connection (150, then 226).",
    "cd envía CWD (250: directorio cambiado); ls envía LIST, cuya respuesta llega por una conexión de datos (150 y luego 226).",
  ],
  [
    "lesson.commands.3",
    "get sends RETR: 150 announces the size, the bytes flow on the data connection, 226 says the transfer is complete.",
    "get envía RETR: 150 anuncia el tamaño, los bytes van por la conexión de datos y 226 dice que la transferencia terminó.",
  ],
  [
    "lesson.commands.task3",
    "Download notas.txt: type  get notas.txt",
    "Descarga notas.txt: escribe  get notas.txt",
  ],
  [
    "lesson.commands.4",
    "mkdir sends MKD: 257 with the name of the new directory. The user alumno may write (write_enable=YES).",
    "mkdir envía MKD: 257 con el nombre del nuevo directorio. El usuario alumno puede escribir (write_enable=YES).",
  ],
  [
    "lesson.commands.5",
    "put sends STOR (the client sends the bytes this time); delete sends DELE (250: file deleted).",
    "put envía STOR (esta vez el cliente envía los bytes); delete envía DELE (250: archivo borrado).",
  ],
  ["lesson.commands.6", "bye sends QUIT: 221 Goodbye.", "bye envía QUIT: 221 Goodbye (adiós)."],
  ["lesson.active.title", "4. Active mode (PORT)", "4. Modo activo (PORT)"],
  [
    "lesson.active.1",
    "This client works in active mode. First, the usual control connection and login.",
    "Este cliente trabaja en modo activo. Primero, la conexión de control y el inicio de sesión de siempre.",
  ],
  [
    "lesson.active.2",
    "Before LIST the client opens a listening port and tells the server with PORT h1,h2,h3,h4,p1,p2: its address and port (p1×256+p2). The server answers 200.",
    "Antes de LIST el cliente abre un puerto de escucha y se lo dice al servidor con PORT h1,h2,h3,h4,p1,p2: su dirección y su puerto (p1×256+p2). El servidor responde 200.",
  ],
  [
    "lesson.active.3",
    "In active mode the SERVER connects to the client. It connects FROM port 20 only because connect_from_port_20=YES; without it vsftpd uses any port.",
    "En modo activo es el SERVIDOR quien se conecta al cliente. Lo hace DESDE el puerto 20 solo porque connect_from_port_20=YES; sin esa opción vsftpd usa cualquier puerto.",
  ],
  [
    "lesson.active.4",
    "Each transfer repeats the dance: a new PORT, a new connection from the server.",
    "Cada transferencia repite el baile: un PORT nuevo y una conexión nueva desde el servidor.",
  ],
  [
    "lesson.active.task4",
    "Download readme.txt: type  get readme.txt",
    "Descarga readme.txt: escribe  get readme.txt",
  ],
  ["lesson.passive.title", "5. Passive mode (PASV, EPSV)", "5. Modo pasivo (PASV, EPSV)"],
  [
    "lesson.passive.1",
    "This client works in passive mode. First, the control connection and login.",
    "Este cliente trabaja en modo pasivo. Primero, la conexión de control y el inicio de sesión.",
  ],
  [
    "lesson.passive.2",
    "The client sends PASV; the server opens a listening port and answers 227 Entering Passive Mode (h1,h2,h3,h4,p1,p2).",
    "El cliente envía PASV; el servidor abre un puerto de escucha y responde 227 Entering Passive Mode (h1,h2,h3,h4,p1,p2).",
  ],
  [
    "lesson.passive.3",
    "Now the CLIENT connects to the server, at port p1×256+p2. Check the arithmetic in the 227 against the SYN's destination port.",
    "Ahora es el CLIENTE quien se conecta al servidor, al puerto p1×256+p2. Comprueba la cuenta del 227 con el puerto de destino del SYN.",
  ],
  [
    "lesson.passive.4",
    "EPSV (RFC 2428) answers 229 with only the port, (|||port|): the client reuses the control connection's address. It works with IPv6 and through NAT.",
    "EPSV (RFC 2428) responde 229 solo con el puerto, (|||puerto|): el cliente reutiliza la dirección de la conexión de control. Sirve para IPv6 y a través de NAT.",
  ],
  [
    "lesson.passive.task4",
    "Switch to EPSV and list: type  epsv  then  ls",
    "Cambia a EPSV y lista: escribe  epsv  y luego  ls",
  ],
  ["lesson.client-nat.title", "6. The client behind NAT", "6. El cliente detrás de NAT"],
  [
    "lesson.client-nat.1",
    "The client has a private address (192.168.1.10); its router translates it to 203.0.113.1. Look at the NAT entries on the router's lifeline.",
    "El cliente tiene una dirección privada (192.168.1.10); su router la traduce a 203.0.113.1. Mira las traducciones NAT en la línea del router.",
  ],
  [
    "lesson.client-nat.2",
    "In active mode PORT carries the PRIVATE address. vsftpd sees that it differs from the connection's source and refuses: 500 Illegal PORT command.",
    "En modo activo PORT lleva la dirección PRIVADA. vsftpd ve que no coincide con el origen de la conexión y la rechaza: 500 Illegal PORT command.",
  ],
  [
    "lesson.client-nat.3",
    "The client still sends LIST, and the server answers 425 Use PORT or PASV first.: no data connection was set up.",
    "El cliente envía LIST de todos modos y el servidor responde 425 Use PORT or PASV first.: no hay conexión de datos preparada.",
  ],
  [
    "lesson.client-nat.4",
    "Passive mode fixes it: the client opens the data connection outwards, just like the control connection, and NAT lets it through.",
    "El modo pasivo lo arregla: el cliente abre la conexión de datos hacia fuera, igual que la de control, y el NAT la deja pasar.",
  ],
  [
    "lesson.client-nat.task4",
    "Switch to passive and list: type  passive  then  ls",
    "Pasa a pasivo y lista: escribe  passive  y luego  ls",
  ],
  [
    "lesson.client-nat.5",
    "Course notes often say active mode fails here because the server cannot connect back. With vsftpd's defaults it never gets that far: the 500 above comes first (port_promiscuous=NO). This step sets port_promiscuous=YES and goes back to active: now the PORT is accepted (200), vsftpd connects to 192.168.1.10, the SYNs die at the first router (private addresses are not routed on the Internet) while Linux retries them, and after connect_timeout (60 s) vsftpd answers 425. That is the textbook's failure — and port_promiscuous=YES also lets anyone bounce connections through the server.",
    "Los apuntes suelen decir que aquí el modo activo falla porque el servidor no puede conectar de vuelta. Con lo que vsftpd trae por defecto no se llega a eso: antes sale el 500 de arriba (port_promiscuous=NO). Este paso pone port_promiscuous=YES y vuelve a activo: ahora el PORT se acepta (200), vsftpd conecta con 192.168.1.10, los SYN mueren en el primer router (las direcciones privadas no se encaminan en Internet) mientras Linux los reintenta, y tras connect_timeout (60 s) vsftpd responde 425. Ese es el fallo de los apuntes; y port_promiscuous=YES además deja que cualquiera haga rebotar conexiones a través del servidor.",
  ],
  [
    "lesson.client-nat.6",
    "Many school labs have Windows, whose ftp.exe has no passive mode at all. Behind this NAT its PORT carries 192.168.1.10, vsftpd refuses it (500 Illegal PORT command.) and there is nothing to fall back on: no PASV, no EPSV, and the passive command does not exist (Invalid command.). Only an FTP ALG on the router (lesson 7) or another client gets a listing through.",
    "Muchas aulas tienen Windows, cuyo ftp.exe no tiene modo pasivo. Detrás de este NAT su PORT lleva 192.168.1.10, vsftpd lo rechaza (500 Illegal PORT command.) y no hay alternativa: ni PASV ni EPSV, y la orden passive no existe (Invalid command.). Solo un ALG de FTP en el router (lección 7) u otro cliente consiguen el listado.",
  ],
  ["lesson.alg.title", "7. Firewalls and the FTP ALG", "7. Cortafuegos y el ALG de FTP"],
  [
    "lesson.alg.1",
    "A stateful firewall protects the client: it lets out whatever the client starts, and lets in only replies to it.",
    "Un cortafuegos con estado protege al cliente: deja salir lo que el cliente inicia y solo deja entrar las respuestas.",
  ],
  [
    "lesson.alg.2",
    "In active mode the server's data connection is NEW for the firewall: it is dropped. The server retries and finally gives up.",
    "En modo activo la conexión de datos del servidor es NUEVA para el cortafuegos: la descarta. El servidor reintenta y al final se rinde.",
  ],
  [
    "lesson.alg.3",
    "With the FTP helper (ALG) the firewall reads PORT on the control connection and expects that connection: it is RELATED and gets through.",
    "Con el asistente de FTP (ALG) el cortafuegos lee PORT en la conexión de control y espera esa conexión: es RELACIONADA y pasa.",
  ],
  [
    "lesson.alg.4",
    "Behind NAT the ALG also REWRITES the payload: it replaces the private address in PORT with the public one (and fixes TCP sequence numbers if the length changes).",
    "Detrás de NAT el ALG además REESCRIBE el contenido: cambia la dirección privada de PORT por la pública (y corrige los números de secuencia TCP si cambia la longitud).",
  ],
  ["lesson.server-nat.title", "8. The server behind NAT", "8. El servidor detrás de NAT"],
  [
    "lesson.server-nat.1",
    "Now the SERVER is behind NAT: it has 10.0.0.5 and its router publishes port 21 on 198.51.100.1.",
    "Ahora es el SERVIDOR quien está detrás de NAT: tiene 10.0.0.5 y su router publica el puerto 21 en 198.51.100.1.",
  ],
  [
    "lesson.server-nat.2",
    "227 advertises 10.0.0.5, a private address the client cannot reach: the data connection never arrives.",
    "El 227 anuncia 10.0.0.5, una dirección privada que el cliente no puede alcanzar: la conexión de datos nunca llega.",
  ],
  [
    "lesson.server-nat.3",
    "pasv_address=198.51.100.1 makes vsftpd announce the public address, and pasv_min_port/pasv_max_port keep the ports inside the range the router forwards.",
    "pasv_address=198.51.100.1 hace que vsftpd anuncie la dirección pública, y pasv_min_port/pasv_max_port mantienen los puertos dentro del rango que el router reenvía.",
  ],
  [
    "lesson.server-nat.task3",
    "Choose “Server behind NAT with pasv_address” in the topology bar (or press Show me).",
    "Elige «Servidor tras NAT con pasv_address» en la barra de topología (o pulsa Muéstramelo).",
  ],
  [
    "lesson.server-nat.4",
    "Remember: server behind NAT → configure pasv_address and a port range; client behind NAT → use passive mode.",
    "Recuerda: servidor detrás de NAT → configura pasv_address y un rango de puertos; cliente detrás de NAT → usa el modo pasivo.",
  ],
  ["lesson.ascii.title", "9. ASCII vs binary", "9. ASCII frente a binario"],
  ["lesson.ascii.1", "Log in as usual.", "Inicia sesión como siempre."],
  [
    "lesson.ascii.2",
    "ascii sends TYPE A. vsftpd answers 200 Switching to ASCII mode… but only pretends: it converts nothing unless ascii_download_enable / ascii_upload_enable.",
    "ascii envía TYPE A. vsftpd responde 200 Switching to ASCII mode… pero solo lo finge: no convierte nada salvo con ascii_download_enable / ascii_upload_enable.",
  ],
  [
    "lesson.ascii.3",
    "Look at the 150: it says BINARY mode. The file's bytes arrive exactly as they are on the server.",
    "Mira el 150: dice BINARY mode. Los bytes del archivo llegan exactamente como están en el servidor.",
  ],
  [
    "lesson.ascii.4",
    "For images and archives always use binary (TYPE I): a real ASCII conversion would corrupt them.",
    "Para imágenes y archivos comprimidos usa siempre binario (TYPE I): una conversión ASCII real los estropearía.",
  ],
  [
    "lesson.ascii.task4",
    "Switch to binary and download an image: type  binary  then  get pub/logo.bin",
    "Pasa a binario y descarga una imagen: escribe  binary  y luego  get pub/logo.bin",
  ],
  ["lesson.resume.title", "10. Resuming a transfer (REST)", "10. Reanudar una transferencia (REST)"],
  ["lesson.resume.1", "Log in as usual.", "Inicia sesión como siempre."],
  [
    "lesson.resume.2",
    "binary first: this session was started like a script (ftp -n), so SYST came before login, got 530 and the type stayed ASCII, and vsftpd refuses to resume an ASCII transfer. Then a 3 MiB download is interrupted with Ctrl+C after one second: the client sends ABOR and keeps the part it already has.",
    "Primero binary: esta sesión se arrancó como un guion (ftp -n), así que SYST llegó antes del inicio de sesión, recibió 530 y el tipo se quedó en ASCII, y vsftpd se niega a reanudar una transferencia ASCII. Después una descarga de 3 MiB se interrumpe con Ctrl+C al cabo de un segundo: el cliente envía ABOR y conserva la parte que ya tiene.",
  ],
  [
    "lesson.resume.3",
    "reget asks for the rest: REST with the size of the local file (350: restart position accepted), then RETR.",
    "reget pide el resto: REST con el tamaño del archivo local (350: posición de reinicio aceptada) y después RETR.",
  ],
  [
    "lesson.resume.task3",
    "Resume the download: type  reget pub/grande.iso",
    "Reanuda la descarga: escribe  reget pub/grande.iso",
  ],
  [
    "lesson.resume.4",
    "Only the missing bytes cross the network, and 226 closes the transfer.",
    "Solo cruzan la red los bytes que faltaban, y 226 cierra la transferencia.",
  ],
] as const;

/** This catalogue's keys (lib/i18n/core.ts joins every catalogue's into MessageKey). */
export type Key = KeyOf<typeof ROWS>;

export const messages = fromRows(ROWS);

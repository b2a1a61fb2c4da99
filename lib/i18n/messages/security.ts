/**
 * Over 300 lines: catalogue data, one [key, English, Spanish] row per message and no logic to split.
 * The security lessons' catalogue (keys `sec.*`): the audit's one-sentence risks and fixes, the notes
 * the bounce victim and the TLS model leave in the trace, the panels' labels and the lessons' narration.
 * Written as [key, English, Spanish] rows so neither language can miss a key.
 */
import { fromRows, type KeyOf } from "../rows";

const ROWS = [
  [
    "sec.tls.record",
    "On the wire: {bytes} {bytes|byte|bytes} of TLS ({records}). A sniffer sees only this; the text shown is what the two ends read after decrypting. (A model of TLS 1.2, not real cryptography.)",
    "En el cable: {bytes} {bytes|byte|bytes} de TLS ({records}). Un espía solo ve esto; el texto mostrado es lo que leen los dos extremos tras descifrar. (Un modelo de TLS 1.2, no criptografía real.)",
  ],
  [
    "sec.tls.proceed",
    "ssl_enable=YES: vsftpd accepts AUTH TLS and waits for the client's TLS handshake on this same connection.",
    "ssl_enable=YES: vsftpd acepta AUTH TLS y espera el saludo TLS del cliente en esta misma conexión.",
  ],
  [
    "sec.tls.failed",
    "After 234 the server expected a TLS ClientHello but got plain text: the TLS library gives up and vsftpd exits.",
    "Tras el 234 el servidor esperaba un ClientHello de TLS pero llegó texto plano: la biblioteca TLS se rinde y vsftpd termina.",
  ],
  [
    "sec.tls.protNotModelled",
    "PROT P asks for encrypted data connections; this simulation encrypts only the control connection, so data still crosses in clear here.",
    "PROT P pide conexiones de datos cifradas; esta simulación solo cifra la conexión de control, así que aquí los datos siguen viajando en claro.",
  ],
  [
    "sec.tls.policy",
    "vsftpd's TLS policy refuses this login: “{text}” (force_local_logins_ssl, force_anon_logins_ssl, allow_anon_ssl).",
    "La política TLS de vsftpd rechaza este acceso: «{text}» (force_local_logins_ssl, force_anon_logins_ssl, allow_anon_ssl).",
  ],
  ["sec.severity.high", "High", "Alta"],
  ["sec.severity.medium", "Medium", "Media"],
  ["sec.severity.low", "Low", "Baja"],
  [
    "sec.victim.accepted",
    "The victim's mail server accepted a connection from {peer} and greets it: it believes that host is talking SMTP.",
    "El servidor de correo de la víctima aceptó una conexión de {peer} y la saluda: cree que ese equipo habla SMTP.",
  ],
  // Labels of the two panels.
  ["sec.audit.title", "Security audit of vsftpd.conf", "Auditoría de seguridad de vsftpd.conf"],
  ["sec.audit.none", "No risky setting found.", "No se ha encontrado ninguna opción arriesgada."],
  [
    "sec.audit.badConfig",
    "vsftpd would refuse this configuration: {message}",
    "vsftpd rechazaría esta configuración: {message}",
  ],
  ["sec.audit.count", "{n} {n|finding|findings}", "{n} {n|hallazgo|hallazgos}"],
  ["sec.audit.severity", "Severity", "Gravedad"],
  ["sec.audit.risk", "Risk", "Riesgo"],
  ["sec.audit.fix", "Fix", "Solución"],
  ["sec.audit.tunables", "Settings", "Opciones"],
  ["sec.audit.showMe", "Show me", "Muéstramelo"],
  [
    "sec.audit.showMeLabel",
    "Show me a demo of this risk: {id}",
    "Muéstramelo: una demostración de este riesgo: {id}",
  ],
  ["sec.eaves.title", "What a sniffer sees", "Lo que ve un espía"],
  ["sec.eaves.typed", "What you typed", "Lo que escribiste"],
  ["sec.eaves.empty", "Nothing has crossed the network yet.", "Todavía no ha cruzado nada por la red."],
  ["sec.eaves.link", "Link: {link:name}", "Enlace: {link:name}"],
  ["sec.eaves.leaks", "Credentials readable in clear: {n}", "Credenciales legibles en claro: {n}"],
  ["sec.eaves.noLeaks", "No credential readable in clear.", "Ninguna credencial legible en claro."],
  ["sec.eaves.credential", "credential", "credencial"],
  [
    "sec.eaves.tls",
    "TLS, {bytes} {bytes|byte|bytes}: {records}",
    "TLS, {bytes} {bytes|byte|bytes}: {records}",
  ],
  [
    "sec.eaves.binary",
    "{bytes} {bytes|byte|bytes} of binary data",
    "{bytes} {bytes|byte|bytes} de datos binarios",
  ],
  ["sec.eaves.control", "control", "control"],
  ["sec.eaves.data", "data", "datos"],
  ["sec.eaves.masked", "(hidden on your screen)", "(oculto en tu pantalla)"],
  // Lessons: title and the narration of each step (sec.lesson.<id>.<n>).
  ["sec.lesson.anonymous.title", "Anonymous FTP and its risks", "El FTP anónimo y sus riesgos"],
  [
    "sec.lesson.anonymous.1",
    "Log in as anonymous with any e-mail as password: vsftpd lets in anyone when anonymous_enable=YES.",
    "Entra como anonymous con cualquier correo como contraseña: vsftpd deja pasar a cualquiera con anonymous_enable=YES.",
  ],
  [
    "sec.lesson.anonymous.2",
    "List the tree: everything under anon_root is public, including the world-writable upload/ directory.",
    "Lista el árbol: todo lo que hay bajo anon_root es público, incluido el directorio upload/ en el que todos pueden escribir.",
  ],
  [
    "sec.lesson.anonymous.3",
    "Upload a file: with write_enable and anon_upload_enable a stranger gets 226 Transfer complete. Your disk is now a free drop box.",
    "Sube un archivo: con write_enable y anon_upload_enable un desconocido recibe 226 Transfer complete. Tu disco es ahora un almacén gratuito.",
  ],
  [
    "sec.lesson.anonymous.4",
    "Create a directory: anon_mkdir_write_enable lets visitors build hidden trees to trade files (“warez”).",
    "Crea un directorio: anon_mkdir_write_enable permite a los visitantes montar árboles ocultos para intercambiar archivos («warez»).",
  ],
  [
    "sec.lesson.anonymous.5",
    "Fix: anon_upload_enable=NO and anon_mkdir_write_enable=NO, or no anonymous access at all. Try it in vsftpd.conf and repeat the steps.",
    "Solución: anon_upload_enable=NO y anon_mkdir_write_enable=NO, o ningún acceso anónimo. Pruébalo en vsftpd.conf y repite los pasos.",
  ],
  ["sec.lesson.settings.title", "Dangerous vsftpd settings", "Opciones peligrosas de vsftpd"],
  [
    "sec.lesson.settings.1",
    "Open the audit panel: it lists each risky setting of this vsftpd.conf with its severity, the risk in one sentence and the fix.",
    "Abre el panel de auditoría: enumera cada opción arriesgada de este vsftpd.conf con su gravedad, el riesgo en una frase y la solución.",
  ],
  [
    "sec.lesson.settings.2",
    "chroot_local_user=NO: the user climbs to / and sees the server's whole file system, not just the FTP tree.",
    "chroot_local_user=NO: el usuario sube hasta / y ve todo el sistema de archivos del servidor, no solo el árbol FTP.",
  ],
  [
    "sec.lesson.settings.3",
    "hide_ids=NO: listings show numeric owners such as 1001, telling a visitor which accounts exist.",
    "hide_ids=NO: los listados muestran dueños numéricos como 1001, lo que revela qué cuentas existen.",
  ],
  [
    "sec.lesson.settings.4",
    "ls_recurse_enable=YES: one LIST -R walks every directory; on a big server that is a cheap way to load it.",
    "ls_recurse_enable=YES: un solo LIST -R recorre todos los directorios; en un servidor grande es una forma barata de cargarlo.",
  ],
  [
    "sec.lesson.settings.5",
    "Each finding has a “Show me” button that runs a demo like these. Change one setting at a time and watch its finding disappear.",
    "Cada hallazgo tiene un botón «Muéstramelo» que ejecuta una demostración como estas. Cambia una opción cada vez y mira cómo desaparece su hallazgo.",
  ],
  ["sec.lesson.sniffing.title", "Sniffing credentials, and AUTH TLS", "Espiar credenciales, y AUTH TLS"],
  [
    "sec.lesson.sniffing.1",
    "Log in: your terminal hides the password, but the eavesdropper view shows PASS alumno123 on every link it crossed.",
    "Inicia sesión: tu terminal oculta la contraseña, pero la vista del espía muestra PASS alumno123 en cada enlace que cruzó.",
  ],
  [
    "sec.lesson.sniffing.2",
    "Download a file: its contents cross the data connection in clear too.",
    "Descarga un archivo: su contenido también cruza en claro la conexión de datos.",
  ],
  [
    "sec.lesson.sniffing.3",
    "Reconnect and send AUTH TLS: after 234 Proceed with negotiation the two ends run a TLS handshake (a model: four flights of records).",
    "Vuelve a conectar y envía AUTH TLS: tras 234 Proceed with negotiation los dos extremos negocian TLS (un modelo: cuatro tandas de registros).",
  ],
  [
    "sec.lesson.sniffing.4",
    "Log in again: the sniffer now sees only “TLS record, N bytes”. An FTP ALG is just as blind: it can no longer rewrite PORT or 227.",
    "Vuelve a entrar: el espía ya solo ve «registro TLS, N bytes». Un ALG de FTP está igual de ciego: ya no puede reescribir PORT ni 227.",
  ],
  [
    "sec.lesson.sniffing.5",
    "Fix: ssl_enable=YES with force_local_logins_ssl=YES (vsftpd's default once TLS is on) so nobody can log in in clear.",
    "Solución: ssl_enable=YES con force_local_logins_ssl=YES (lo predeterminado en vsftpd al activar TLS) para que nadie pueda entrar en claro.",
  ],
  ["sec.lesson.bounce.title", "The FTP bounce attack", "El ataque de rebote FTP"],
  [
    "sec.lesson.bounce.1",
    "Log in anonymously to a server with port_promiscuous=YES. A victim host (198.51.100.66) runs a mail server on port 25.",
    "Entra como anónimo en un servidor con port_promiscuous=YES. Un equipo víctima (198.51.100.66) tiene un servidor de correo en el puerto 25.",
  ],
  [
    "sec.lesson.bounce.2",
    "Send PORT with the victim's address and port 25: vsftpd accepts it because the check that PORT names the client is off.",
    "Envía PORT con la dirección de la víctima y el puerto 25: vsftpd lo acepta porque está desactivada la comprobación de que PORT indique al cliente.",
  ],
  [
    "sec.lesson.bounce.3",
    "Send LIST: the server, not you, opens a connection to the victim and pours the listing into its mail server. Look at the SYN from server to victim.",
    "Envía LIST: el servidor, no tú, abre una conexión con la víctima y vuelca el listado en su servidor de correo. Mira el SYN del servidor a la víctima.",
  ],
  [
    "sec.lesson.bounce.4",
    "With port_promiscuous=NO (the default) vsftpd answers 500 Illegal PORT command. and nothing reaches the victim. Try it.",
    "Con port_promiscuous=NO (lo predeterminado) vsftpd responde 500 Illegal PORT command. y nada llega a la víctima. Pruébalo.",
  ],
  ["sec.lesson.footprinting.title", "Footprinting an FTP server", "Reconocimiento de un servidor FTP"],
  [
    "sec.lesson.footprinting.1",
    "Grab the banner with nc: 220 (vsFTPd 3.0.3) tells the exact software and version.",
    "Captura el saludo con nc: 220 (vsFTPd 3.0.3) dice el programa y la versión exactos.",
  ],
  [
    "sec.lesson.footprinting.2",
    "nmap -sV does the same for you and prints the service table; every probe is a connection you can see in the diagram.",
    "nmap -sV hace lo mismo por ti e imprime la tabla de servicios; cada sonda es una conexión que puedes ver en el diagrama.",
  ],
  [
    "sec.lesson.footprinting.3",
    'nmap -sC runs ftp-anon, ftp-bounce and ftp-syst: anonymous login and the listing with writeable directories marked; a PORT naming a third host (it prints "bounce working!" only if the server accepts it, and vsftpd refuses unless port_promiscuous=YES); and the server\'s STAT.',
    'nmap -sC ejecuta ftp-anon, ftp-bounce y ftp-syst: acceso anónimo y el listado con los directorios escribibles marcados; un PORT que nombra a un tercer equipo (solo imprime "bounce working!" si el servidor lo acepta, y vsftpd lo rechaza salvo con port_promiscuous=YES); y el STAT del servidor.',
  ],
  [
    "sec.lesson.footprinting.4",
    "brute tries a word list: vsftpd closes the connection after max_login_fails failures, the tool reconnects and finds the password anyway.",
    "brute prueba una lista de palabras: vsftpd cierra la conexión tras max_login_fails fallos, la herramienta vuelve a conectar y encuentra la contraseña igualmente.",
  ],
  [
    "sec.lesson.footprinting.5",
    "Defences: a neutral ftpd_banner, no anonymous access, strong passwords and a tool like fail2ban that blocks the address, not just the connection.",
    "Defensas: un ftpd_banner neutro, sin acceso anónimo, contraseñas robustas y una herramienta como fail2ban que bloquee la dirección, no solo la conexión.",
  ],
  // Per audit finding: the risk in one sentence and the fix.
  [
    "sec.audit.plain-ftp.risk",
    "Without TLS every user name, password and file crosses the network in clear: anyone on the path can read them.",
    "Sin TLS, cada usuario, contraseña y archivo cruza la red en claro: cualquiera en el camino puede leerlos.",
  ],
  [
    "sec.audit.plain-ftp.fix",
    "Set ssl_enable=YES with a certificate (rsa_cert_file) and keep force_local_logins_ssl=YES, or use SFTP instead.",
    "Pon ssl_enable=YES con un certificado (rsa_cert_file) y mantén force_local_logins_ssl=YES, o usa SFTP.",
  ],
  [
    "sec.audit.anon-upload.risk",
    "Anyone can upload files without an account: your server becomes a free drop box for warez and can fill its disk.",
    "Cualquiera puede subir archivos sin cuenta: el servidor se convierte en un almacén gratuito de warez y puede llenar el disco.",
  ],
  [
    "sec.audit.anon-upload.fix",
    "Set anon_upload_enable=NO, or confine uploads to a write-only incoming/ directory on its own partition.",
    "Pon anon_upload_enable=NO, o limita las subidas a un directorio incoming/ de solo escritura en su propia partición.",
  ],
  [
    "sec.audit.anon-mkdir.risk",
    "Anonymous visitors can create directories, so they can build hidden trees to trade files through your server.",
    "Los visitantes anónimos pueden crear directorios, así que pueden montar árboles ocultos para intercambiar archivos a través de tu servidor.",
  ],
  ["sec.audit.anon-mkdir.fix", "Set anon_mkdir_write_enable=NO.", "Pon anon_mkdir_write_enable=NO."],
  [
    "sec.audit.anon-other-write.risk",
    "Anonymous visitors can delete and rename files, so one stranger can destroy or replace what others uploaded.",
    "Los visitantes anónimos pueden borrar y renombrar archivos, así que un desconocido puede destruir o sustituir lo que subieron otros.",
  ],
  ["sec.audit.anon-other-write.fix", "Set anon_other_write_enable=NO.", "Pon anon_other_write_enable=NO."],
  [
    "sec.audit.port-promiscuous.risk",
    "PORT may name any address and port, so a client can make the server connect to a third host (FTP bounce): port scans and mail sent from the server's address.",
    "PORT puede indicar cualquier dirección y puerto, así que un cliente puede hacer que el servidor se conecte a un tercero (rebote FTP): escaneos de puertos y correo enviado desde la dirección del servidor.",
  ],
  [
    "sec.audit.port-promiscuous.fix",
    "Leave port_promiscuous=NO: vsftpd then accepts only the client's own address and ports ≥ 1024.",
    "Deja port_promiscuous=NO: vsftpd solo acepta entonces la dirección del propio cliente y puertos ≥ 1024.",
  ],
  [
    "sec.audit.pasv-promiscuous.risk",
    "Any host may connect to a passive port, not only the client: someone who guesses the port can steal the download or inject the upload.",
    "Cualquier equipo puede conectarse a un puerto pasivo, no solo el cliente: quien adivine el puerto puede robar la descarga o inyectar la subida.",
  ],
  [
    "sec.audit.pasv-promiscuous.fix",
    "Leave pasv_promiscuous=NO (it exists only for FXP and odd tunnels).",
    "Deja pasv_promiscuous=NO (solo existe para FXP y túneles raros).",
  ],
  [
    "sec.audit.world-writable.risk",
    "{dirs} can be written by anyone on the system, so the only thing between strangers and your disk is one upload setting.",
    "{dirs} admite escritura de cualquier usuario del sistema, así que entre los desconocidos y tu disco solo queda una opción de subida.",
  ],
  [
    "sec.audit.world-writable.fix",
    "Remove the world-write bit (chmod o-w) and give the directory to the ftp user only if uploads are really wanted.",
    "Quita el permiso de escritura para todos (chmod o-w) y da el directorio al usuario ftp solo si de verdad quieres subidas.",
  ],
  [
    "sec.audit.chroot-local.risk",
    "Local users are not jailed in their directory: they can walk the whole file system and read every world-readable file.",
    "Los usuarios locales no quedan encerrados en su directorio: pueden recorrer todo el sistema de archivos y leer cualquier archivo legible por todos.",
  ],
  [
    "sec.audit.chroot-local.fix",
    "Set chroot_local_user=YES (with allow_writeable_chroot=YES or a read-only home root).",
    "Pon chroot_local_user=YES (con allow_writeable_chroot=YES o una raíz de solo lectura).",
  ],
  [
    "sec.audit.anon-world-readable.risk",
    "Anonymous visitors can download files readable by the ftp account even when they are not meant for everyone.",
    "Los visitantes anónimos pueden descargar archivos legibles por la cuenta ftp aunque no sean para todo el mundo.",
  ],
  [
    "sec.audit.anon-world-readable.fix",
    "Keep anon_world_readable_only=YES.",
    "Mantén anon_world_readable_only=YES.",
  ],
  [
    "sec.audit.login-fails.risk",
    "With max_login_fails={max} and delay_failed_login={delay} s, a password-guessing tool can try many passwords per minute.",
    "Con max_login_fails={max} y delay_failed_login={delay} s, una herramienta de adivinar contraseñas puede probar muchas por minuto.",
  ],
  [
    "sec.audit.login-fails.fix",
    "Keep max_login_fails low (3) and delay_failed_login ≥ 1, and add fail2ban: the limit only closes one connection, the attacker reconnects.",
    "Mantén max_login_fails bajo (3) y delay_failed_login ≥ 1, y añade fail2ban: el límite solo cierra una conexión, el atacante vuelve a conectar.",
  ],
  [
    "sec.audit.anon-enabled.risk",
    "Anyone can log in as anonymous or ftp without an account: everything under anon_root is public.",
    "Cualquiera puede entrar como anonymous o ftp sin cuenta: todo lo que hay bajo anon_root es público.",
  ],
  [
    "sec.audit.anon-enabled.fix",
    "Set anonymous_enable=NO unless this is a public mirror, and keep anon_root free of private files.",
    "Pon anonymous_enable=NO salvo que sea un espejo público, y no dejes archivos privados bajo anon_root.",
  ],
  [
    "sec.audit.no-anon-password.risk",
    "Anonymous logins skip the password prompt, so scripts and scanners get in with one command.",
    "Los accesos anónimos se saltan la contraseña, así que scripts y escáneres entran con una sola orden.",
  ],
  ["sec.audit.no-anon-password.fix", "Set no_anon_password=NO.", "Pon no_anon_password=NO."],
  [
    "sec.audit.anon-dirlist.risk",
    "Anonymous visitors can list every directory, which makes harvesting the whole tree trivial.",
    "Los visitantes anónimos pueden listar todos los directorios, lo que facilita recolectar el árbol entero.",
  ],
  [
    "sec.audit.anon-dirlist.fix",
    "Set dirlist_enable=NO for anonymous (in a per-user config) if people should fetch only names they know.",
    "Pon dirlist_enable=NO para el anónimo (en una configuración por usuario) si solo deben descargar nombres que ya conocen.",
  ],
  [
    "sec.audit.hide-ids.risk",
    "Listings show the real owner ids of files, which tells a visitor which accounts exist on the server.",
    "Los listados muestran los identificadores reales de los dueños, lo que revela qué cuentas existen en el servidor.",
  ],
  [
    "sec.audit.hide-ids.fix",
    "Set hide_ids=YES: every owner shows as ftp.",
    "Pon hide_ids=YES: todos los dueños aparecen como ftp.",
  ],
  [
    "sec.audit.ls-recurse.risk",
    "LIST -R walks whole trees in one command: a single client can load the server's disks and harvest everything.",
    "LIST -R recorre árboles enteros con una sola orden: un único cliente puede cargar los discos del servidor y recolectarlo todo.",
  ],
  ["sec.audit.ls-recurse.fix", "Leave ls_recurse_enable=NO.", "Deja ls_recurse_enable=NO."],
  [
    "sec.audit.connect-from-port-20.risk",
    "To bind port 20 vsftpd keeps root privileges around for every active transfer, and firewalls that trust source port 20 can be fooled.",
    "Para usar el puerto 20 vsftpd conserva privilegios de root en cada transferencia activa, y los cortafuegos que confían en el puerto de origen 20 pueden ser engañados.",
  ],
  [
    "sec.audit.connect-from-port-20.fix",
    "Set connect_from_port_20=NO unless an old client insists, and never trust source ports in firewall rules.",
    "Pon connect_from_port_20=NO salvo que un cliente antiguo lo exija, y no confíes en puertos de origen en el cortafuegos.",
  ],
  [
    "sec.audit.banner-version.risk",
    "The default greeting “220 (vsFTPd 3.0.3)” tells every scanner the exact version to look up exploits for.",
    "El saludo por defecto «220 (vsFTPd 3.0.3)» dice a cualquier escáner la versión exacta para buscar exploits.",
  ],
  [
    "sec.audit.banner-version.fix",
    "Set ftpd_banner to a neutral text (e.g. ftpd_banner=Welcome.), and keep the software up to date anyway.",
    "Pon en ftpd_banner un texto neutro (por ejemplo ftpd_banner=Welcome.) y, aun así, mantén el software al día.",
  ],
] as const;

/** This catalogue's keys (lib/i18n/core.ts joins every catalogue's into MessageKey). */
export type Key = KeyOf<typeof ROWS>;

export const messages = fromRows(ROWS);

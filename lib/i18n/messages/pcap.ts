/**
 * Notes of an imported capture (lib/pcap): how its data connections were matched and what it misses;
 * pcap.p.* and pcap.skip.* say what an import could not read or left out (lib/pcap/problems).
 */
import { fromRows, type KeyOf } from "../rows";

const ROWS = [
  [
    "pcap.p.tooBig",
    "the file is {size}, more than the {max} allowed",
    "el archivo ocupa {size}, más de los {max} permitidos",
  ],
  [
    "pcap.p.tooShort",
    "the file is too short to be a capture (under 24 bytes)",
    "el archivo es demasiado corto para ser una captura (menos de 24 bytes)",
  ],
  [
    "pcap.p.notCapture",
    "not a pcap or pcapng file (it starts with {hex}; pcap starts with a1b2c3d4 or d4c3b2a1, pcapng with 0a0d0d0a)",
    "no es un archivo pcap ni pcapng (empieza por {hex}; pcap empieza por a1b2c3d4 o d4c3b2a1, pcapng por 0a0d0d0a)",
  ],
  [
    "pcap.p.tooMany",
    "the capture has more than {n} {n|packet|packets}: only the first {n} are read",
    "la captura tiene más de {n} {n|paquete|paquetes}: solo se leen los {n} primeros",
  ],
  [
    "pcap.p.cutHeader",
    "the file is cut short inside the header of packet {n}",
    "el archivo se corta dentro de la cabecera del paquete {n}",
  ],
  [
    "pcap.p.cutPacket",
    "the file is cut short inside packet {n} (it needs {bytes} {bytes|byte|bytes})",
    "el archivo se corta dentro del paquete {n} (necesita {bytes} {bytes|byte|bytes})",
  ],
  [
    "pcap.p.cutAfter",
    "the file is cut short after packet {n}",
    "el archivo se corta después del paquete {n}",
  ],
  [
    "pcap.p.badBom",
    "a section header at byte {at} has no valid byte-order mark",
    "una cabecera de sección en el byte {at} no tiene una marca de orden de bytes válida",
  ],
  [
    "pcap.p.badBlock",
    "the file is cut short or damaged at byte {at} (a block of {len} {len|byte|bytes})",
    "el archivo se corta o está dañado en el byte {at} (un bloque de {len} {len|byte|bytes})",
  ],
  [
    "pcap.p.noIface",
    "packet {n} names interface {id}, which was not described",
    "el paquete {n} nombra la interfaz {id}, que no se describió",
  ],
  [
    "pcap.p.noIfaces",
    "the pcapng file describes no interface",
    "el archivo pcapng no describe ninguna interfaz",
  ],
  [
    "pcap.p.timeLimit",
    "reading stopped after {s} s at packet {done} of {total} (time limit)",
    "la lectura se detuvo tras {s} s en el paquete {done} de {total} (límite de tiempo)",
  ],
  [
    "pcap.p.tooSlow",
    "reading it took more than {seconds} s, the time one capture may take here, so it was stopped; your session is as it was",
    "leerla tardó más de {seconds} s, el tiempo que puede tardar aquí una captura, y se detuvo; tu sesión sigue como estaba",
  ],
  [
    "pcap.p.failed",
    "it could not be read here ({error}); your session is as it was",
    "no se pudo leer aquí ({error}); tu sesión sigue como estaba",
  ],
  ["pcap.p.leftOut1", "{n} packet left out: {why}", "{n} paquete omitido: {why}"],
  ["pcap.p.leftOut", "{n} {n|packet|packets} left out: {why}", "{n} {n|paquete|paquetes} omitidos: {why}"],
  [
    "pcap.p.retransmitted",
    "{n} retransmitted TCP segments were read once",
    "{n} segmentos TCP retransmitidos se leyeron una sola vez",
  ],
  [
    "pcap.p.otherTcp",
    "{n} TCP {n|connection is neither FTP control nor an announced data connection and was|connections are neither FTP control nor announced data connections and were} left out",
    "{n} {n|conexión TCP no es ni de control FTP ni de datos anunciada, y se omitió|conexiones TCP no son ni de control FTP ni de datos anunciadas, y se omitieron}",
  ],
  [
    "pcap.p.otherUdp",
    "{n} UDP {n|datagram belongs|datagrams belong} to no TFTP session and {n|was|were} left out",
    "{n} {n|datagrama UDP no pertenece a ninguna sesión TFTP y se omitió|datagramas UDP no pertenecen a ninguna sesión TFTP y se omitieron}",
  ],
  [
    "pcap.p.unsupportedLink",
    "unsupported link type: {types} (supported: Ethernet, Linux cooked SLL/SLL2, raw IP, BSD loopback)",
    "tipo de enlace no admitido: {types} (se admiten Ethernet, Linux cooked SLL/SLL2, IP sin enlace y loopback BSD)",
  ],
  [
    "pcap.p.nothing",
    "no FTP or TFTP traffic found in the capture",
    "no hay tráfico FTP ni TFTP en la captura",
  ],
  [
    "pcap.p.replyCut",
    "a reply is cut off by the end of the capture: {text}",
    "el final de la captura corta una respuesta: {text}",
  ],
  [
    "pcap.p.notCaptured",
    "connection {conn}: {bytes} {bytes|byte|bytes} from {host} {src} at stream offset {from} were not captured",
    "conexión {conn}: {bytes} {bytes|byte|bytes} de {host} {src} en la posición {from} del flujo no están en la captura",
  ],
  ["pcap.skip.link", "unsupported link type: {name}", "tipo de enlace no admitido: {name}"],
  ["pcap.skip.family", "not IP (loopback family {af})", "no es IP (familia de loopback {af})"],
  ["pcap.skip.etherType", "not IP (EtherType {type})", "no es IP (EtherType {type})"],
  ["pcap.skip.ipv4Damaged", "a damaged IPv4 header", "una cabecera IPv4 dañada"],
  [
    "pcap.skip.ipv4Fragment",
    "an IPv4 fragment (fragments are not reassembled)",
    "un fragmento IPv4 (los fragmentos no se reensamblan)",
  ],
  ["pcap.skip.ipv6Damaged", "a damaged IPv6 header", "una cabecera IPv6 dañada"],
  [
    "pcap.skip.ipv6Fragment",
    "an IPv6 fragment (fragments are not reassembled)",
    "un fragmento IPv6 (los fragmentos no se reensamblan)",
  ],
  ["pcap.skip.tcpShort", "a TCP header cut short", "una cabecera TCP cortada"],
  ["pcap.skip.udpShort", "a UDP header cut short", "una cabecera UDP cortada"],
  ["pcap.skip.proto", "IP protocol {proto} (neither TCP nor UDP)", "protocolo IP {proto} (ni TCP ni UDP)"],
  [
    "pcap.dataConn",
    "Data connection opened for {command}, to the endpoint announced by “{announce}” (matched as Wireshark's FTP-DATA does)",
    "Conexión de datos abierta para {command}, hacia el extremo que anunció «{announce}» (emparejada como hace Wireshark con FTP-DATA)",
  ],
  [
    "pcap.announceMismatch",
    "{kind} announces {announced}, but the packet comes from {seen}: the address inside differs from the packet's own (a NAT in the way, or pasv_address), as Wireshark flags it",
    "{kind} anuncia {announced}, pero el paquete viene de {seen}: la dirección de dentro no es la del paquete (hay un NAT por medio, o pasv_address), como señala Wireshark",
  ],
  [
    "pcap.missing",
    "{bytes} {bytes|byte|bytes} of this connection (from {src}, stream offset {from}) {bytes|is|are} not in the capture: a segment the capture missed",
    "{bytes|Falta|Faltan} en la captura {bytes} {bytes|byte|bytes} de esta conexión (de {src}, posición {from} del flujo): un segmento que la captura no vio",
  ],
  [
    "pcap.tftpNewPort",
    "The TFTP server answers from a new port, {port} (its transfer identifier): the rest of the transfer uses it, not port 69",
    "El servidor TFTP responde desde un puerto nuevo, {port} (su identificador de transferencia): el resto de la transferencia lo usa, no el puerto 69",
  ],
] as const;

/** This catalogue's keys (lib/i18n/core.ts joins every catalogue's into MessageKey). */
export type Key = KeyOf<typeof ROWS>;

export const messages = fromRows(ROWS);

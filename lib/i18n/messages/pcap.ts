/**
 * Notes of an imported capture (lib/pcap): how its data connections were matched and what it misses;
 * pcap.p.* and pcap.skip.* say what an import could not read or left out (lib/pcap/problems).
 */
export const messages = {
  en: {
    "pcap.p.tooBig": "the file is {size}, more than the {max} allowed",
    "pcap.p.tooShort": "the file is too short to be a capture (under 24 bytes)",
    "pcap.p.notCapture":
      "not a pcap or pcapng file (it starts with {hex}; pcap starts with a1b2c3d4 or d4c3b2a1, pcapng with 0a0d0d0a)",
    "pcap.p.tooMany": "the capture has more than {n} {n|packet|packets}: only the first {n} are read",
    "pcap.p.cutHeader": "the file is cut short inside the header of packet {n}",
    "pcap.p.cutPacket": "the file is cut short inside packet {n} (it needs {bytes} {bytes|byte|bytes})",
    "pcap.p.cutAfter": "the file is cut short after packet {n}",
    "pcap.p.badBom": "a section header at byte {at} has no valid byte-order mark",
    "pcap.p.badBlock": "the file is cut short or damaged at byte {at} (a block of {len} {len|byte|bytes})",
    "pcap.p.noIface": "packet {n} names interface {id}, which was not described",
    "pcap.p.noIfaces": "the pcapng file describes no interface",
    "pcap.p.timeLimit": "reading stopped after {s} s at packet {done} of {total} (time limit)",
    "pcap.p.tooSlow":
      "reading it took more than {seconds} s, the time one capture may take here, so it was stopped; your session is as it was",
    "pcap.p.failed": "it could not be read here ({error}); your session is as it was",
    "pcap.p.leftOut1": "{n} packet left out: {why}",
    "pcap.p.leftOut": "{n} {n|packet|packets} left out: {why}",
    "pcap.p.retransmitted": "{n} retransmitted TCP segments were read once",
    "pcap.p.otherTcp":
      "{n} TCP {n|connection is neither FTP control nor an announced data connection and was|connections are neither FTP control nor announced data connections and were} left out",
    "pcap.p.otherUdp":
      "{n} UDP {n|datagram belongs|datagrams belong} to no TFTP session and {n|was|were} left out",
    "pcap.p.unsupportedLink":
      "unsupported link type: {types} (supported: Ethernet, Linux cooked SLL/SLL2, raw IP, BSD loopback)",
    "pcap.p.nothing": "no FTP or TFTP traffic found in the capture",
    "pcap.p.replyCut": "a reply is cut off by the end of the capture: {text}",
    "pcap.p.notCaptured":
      "connection {conn}: {bytes} {bytes|byte|bytes} from {host} {src} at stream offset {from} were not captured",
    "pcap.skip.link": "unsupported link type: {name}",
    "pcap.skip.family": "not IP (loopback family {af})",
    "pcap.skip.etherType": "not IP (EtherType {type})",
    "pcap.skip.ipv4Damaged": "a damaged IPv4 header",
    "pcap.skip.ipv4Fragment": "an IPv4 fragment (fragments are not reassembled)",
    "pcap.skip.ipv6Damaged": "a damaged IPv6 header",
    "pcap.skip.ipv6Fragment": "an IPv6 fragment (fragments are not reassembled)",
    "pcap.skip.tcpShort": "a TCP header cut short",
    "pcap.skip.udpShort": "a UDP header cut short",
    "pcap.skip.proto": "IP protocol {proto} (neither TCP nor UDP)",
    "pcap.dataConn":
      "Data connection opened for {command}, to the endpoint announced by “{announce}” (matched as Wireshark's FTP-DATA does)",
    "pcap.announceMismatch":
      "{kind} announces {announced}, but the packet comes from {seen}: the address inside differs from the packet's own (a NAT in the way, or pasv_address), as Wireshark flags it",
    "pcap.missing":
      "{bytes} {bytes|byte|bytes} of this connection (from {src}, stream offset {from}) {bytes|is|are} not in the capture: a segment the capture missed",
    "pcap.tftpNewPort":
      "The TFTP server answers from a new port, {port} (its transfer identifier): the rest of the transfer uses it, not port 69",
  },
  es: {
    "pcap.p.tooBig": "el archivo ocupa {size}, más de los {max} permitidos",
    "pcap.p.tooShort": "el archivo es demasiado corto para ser una captura (menos de 24 bytes)",
    "pcap.p.notCapture":
      "no es un archivo pcap ni pcapng (empieza por {hex}; pcap empieza por a1b2c3d4 o d4c3b2a1, pcapng por 0a0d0d0a)",
    "pcap.p.tooMany": "la captura tiene más de {n} {n|paquete|paquetes}: solo se leen los {n} primeros",
    "pcap.p.cutHeader": "el archivo se corta dentro de la cabecera del paquete {n}",
    "pcap.p.cutPacket": "el archivo se corta dentro del paquete {n} (necesita {bytes} {bytes|byte|bytes})",
    "pcap.p.cutAfter": "el archivo se corta después del paquete {n}",
    "pcap.p.badBom": "una cabecera de sección en el byte {at} no tiene una marca de orden de bytes válida",
    "pcap.p.badBlock":
      "el archivo se corta o está dañado en el byte {at} (un bloque de {len} {len|byte|bytes})",
    "pcap.p.noIface": "el paquete {n} nombra la interfaz {id}, que no se describió",
    "pcap.p.noIfaces": "el archivo pcapng no describe ninguna interfaz",
    "pcap.p.timeLimit": "la lectura se detuvo tras {s} s en el paquete {done} de {total} (límite de tiempo)",
    "pcap.p.tooSlow":
      "leerla tardó más de {seconds} s, el tiempo que puede tardar aquí una captura, y se detuvo; tu sesión sigue como estaba",
    "pcap.p.failed": "no se pudo leer aquí ({error}); tu sesión sigue como estaba",
    "pcap.p.leftOut1": "{n} paquete omitido: {why}",
    "pcap.p.leftOut": "{n} {n|paquete|paquetes} omitidos: {why}",
    "pcap.p.retransmitted": "{n} segmentos TCP retransmitidos se leyeron una sola vez",
    "pcap.p.otherTcp":
      "{n} {n|conexión TCP no es ni de control FTP ni de datos anunciada, y se omitió|conexiones TCP no son ni de control FTP ni de datos anunciadas, y se omitieron}",
    "pcap.p.otherUdp":
      "{n} {n|datagrama UDP no pertenece a ninguna sesión TFTP y se omitió|datagramas UDP no pertenecen a ninguna sesión TFTP y se omitieron}",
    "pcap.p.unsupportedLink":
      "tipo de enlace no admitido: {types} (se admiten Ethernet, Linux cooked SLL/SLL2, IP sin enlace y loopback BSD)",
    "pcap.p.nothing": "no hay tráfico FTP ni TFTP en la captura",
    "pcap.p.replyCut": "el final de la captura corta una respuesta: {text}",
    "pcap.p.notCaptured":
      "conexión {conn}: {bytes} {bytes|byte|bytes} de {host} {src} en la posición {from} del flujo no están en la captura",
    "pcap.skip.link": "tipo de enlace no admitido: {name}",
    "pcap.skip.family": "no es IP (familia de loopback {af})",
    "pcap.skip.etherType": "no es IP (EtherType {type})",
    "pcap.skip.ipv4Damaged": "una cabecera IPv4 dañada",
    "pcap.skip.ipv4Fragment": "un fragmento IPv4 (los fragmentos no se reensamblan)",
    "pcap.skip.ipv6Damaged": "una cabecera IPv6 dañada",
    "pcap.skip.ipv6Fragment": "un fragmento IPv6 (los fragmentos no se reensamblan)",
    "pcap.skip.tcpShort": "una cabecera TCP cortada",
    "pcap.skip.udpShort": "una cabecera UDP cortada",
    "pcap.skip.proto": "protocolo IP {proto} (ni TCP ni UDP)",
    "pcap.dataConn":
      "Conexión de datos abierta para {command}, hacia el extremo que anunció «{announce}» (emparejada como hace Wireshark con FTP-DATA)",
    "pcap.announceMismatch":
      "{kind} anuncia {announced}, pero el paquete viene de {seen}: la dirección de dentro no es la del paquete (hay un NAT por medio, o pasv_address), como señala Wireshark",
    "pcap.missing":
      "{bytes|Falta|Faltan} en la captura {bytes} {bytes|byte|bytes} de esta conexión (de {src}, posición {from} del flujo): un segmento que la captura no vio",
    "pcap.tftpNewPort":
      "El servidor TFTP responde desde un puerto nuevo, {port} (su identificador de transferencia): el resto de la transferencia lo usa, no el puerto 69",
  },
};

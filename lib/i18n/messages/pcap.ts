/** Notes of an imported capture (lib/pcap): how its data connections were matched and what it misses. */
export const messages = {
  en: {
    "pcap.dataConn":
      "Data connection opened for {command}, to the endpoint announced by “{announce}” (matched as Wireshark's FTP-DATA does)",
    "pcap.announceMismatch":
      "{kind} announces {announced}, but the packet comes from {seen}: the address inside differs from the packet's own (a NAT in the way, or pasv_address), as Wireshark flags it",
    "pcap.missing":
      "{bytes} bytes of this connection (from {src}, stream offset {from}) are not in the capture: a segment the capture missed",
    "pcap.tftpNewPort":
      "The TFTP server answers from a new port, {port} (its transfer identifier): the rest of the transfer uses it, not port 69",
  },
  es: {
    "pcap.dataConn":
      "Conexión de datos abierta para {command}, hacia el extremo que anunció «{announce}» (emparejada como hace Wireshark con FTP-DATA)",
    "pcap.announceMismatch":
      "{kind} anuncia {announced}, pero el paquete viene de {seen}: la dirección de dentro no es la del paquete (hay un NAT por medio, o pasv_address), como señala Wireshark",
    "pcap.missing":
      "Faltan en la captura {bytes} bytes de esta conexión (de {src}, posición {from} del flujo): un segmento que la captura no vio",
    "pcap.tftpNewPort":
      "El servidor TFTP responde desde un puerto nuevo, {port} (su identificador de transferencia): el resto de la transferencia lo usa, no el puerto 69",
  },
};

/** Notes of the simulated network (lib/net): routing, NAT, the FTP ALG, the firewall, and the presets. */
import { fromRows, type KeyOf } from "../rows";

const ROWS = [
  [
    "net.natDroppedUnsolicited",
    "The {router:name} has no mapping for {dst}: unsolicited inbound connection from {src} dropped",
    "El {router:name} no tiene ninguna traducción para {dst}: descarta la conexión entrante no solicitada de {src}",
  ],
  [
    "net.natMapped",
    "The {router:name} applied the connection's NAT mapping: {before} became {after}",
    "El {router:name} aplicó la traducción NAT de la conexión: {before} pasó a ser {after}",
  ],
  [
    "net.natMasqueraded",
    "The {router:name} masqueraded the new connection behind its public address: {before} became {after}",
    "El {router:name} enmascaró la nueva conexión tras su dirección pública: {before} pasó a ser {after}",
  ],
  [
    "net.natMasqueradedNewPort",
    "The {router:name} masqueraded the new connection, but port {port} was taken outside, so it chose another: {before} became {after}",
    "El {router:name} enmascaró la nueva conexión, pero el puerto {port} ya estaba ocupado fuera y eligió otro: {before} pasó a ser {after}",
  ],
  [
    "net.natForwarded",
    "The {router:name} forwarded the new connection by rule {rule}: {before} became {after}",
    "El {router:name} redirigió la nueva conexión según la regla {rule}: {before} pasó a ser {after}",
  ],
  [
    "net.natRelated",
    "The {router:name} recognised the expected FTP data connection and translated it: {before} became {after}",
    "El {router:name} reconoció la conexión de datos FTP esperada y la tradujo: {before} pasó a ser {after}",
  ],
  [
    "net.algRewrote",
    "The FTP ALG on the {router:name} rewrote the {kind} endpoint {before} to {after} (payload length changed by {delta} {delta|byte|bytes})",
    "El ALG de FTP del {router:name} reescribió el extremo {kind} {before} como {after} (la longitud del contenido cambió en {delta} {delta|byte|bytes})",
  ],
  [
    "net.algExpectation",
    "The {router:name} now expects a data connection from {src} to {dst}, to be delivered to {to} (RELATED to the control connection)",
    "El {router:name} espera ahora una conexión de datos de {src} a {dst}, que entregará a {to} (RELATED con la conexión de control)",
  ],
  [
    "net.algPartial",
    'The {router:name} dropped the segment: its FTP helper (nf_conntrack_ftp) found {kind} at the start of "{line}" but could not parse it, and drops it (and every retransmission), so the session hangs',
    'El {router:name} descartó el segmento: su asistente FTP (nf_conntrack_ftp) encontró {kind} al principio de "{line}" pero no pudo leerlo, y lo descarta (también cada retransmisión): la sesión se queda colgada',
  ],
  [
    "net.algAddressMismatch",
    "The FTP ALG on the {router:name} left {kind} alone: it announces {addr}, not the sender's own address {expected}",
    "El ALG de FTP del {router:name} no tocó {kind}: anuncia {addr}, que no es la dirección del emisor {expected}",
  ],
  [
    "net.seqAdjusted",
    "The {router:name} corrected TCP numbers (seq {seqDelta}, ack {ackDelta}) because the ALG changed the length of earlier data",
    "El {router:name} corrigió los números TCP (seq {seqDelta}, ack {ackDelta}) porque el ALG cambió la longitud de datos anteriores",
  ],
  [
    "net.fwOutbound",
    "The firewall on the {router:name} lets new outbound connections out (to {dst})",
    "El cortafuegos del {router:name} deja salir las conexiones nuevas hacia fuera (a {dst})",
  ],
  [
    "net.fwRelated",
    "The firewall on the {router:name} accepted {src} → {dst} as RELATED: the FTP helper expected it",
    "El cortafuegos del {router:name} aceptó {src} → {dst} como RELATED: el asistente FTP la esperaba",
  ],
  [
    "net.fwRule",
    "The firewall on the {router:name} accepted a new inbound connection to {dst} by rule {rule}",
    "El cortafuegos del {router:name} aceptó una conexión entrante nueva a {dst} por la regla {rule}",
  ],
  [
    "net.fwEstablished",
    "The firewall on the {router:name} accepted {src} → {dst}: it belongs to an ESTABLISHED connection",
    "El cortafuegos del {router:name} aceptó {src} → {dst}: pertenece a una conexión ESTABLISHED",
  ],
  [
    "net.fwDroppedNew",
    "The firewall on the {router:name} dropped a new inbound connection from {src} to {dst}: no rule allows it and it is not related to a known connection",
    "El cortafuegos del {router:name} descartó una conexión entrante nueva de {src} a {dst}: ninguna regla la permite y no está relacionada con ninguna conexión conocida",
  ],
  [
    "net.noRoute",
    "The {host:name} has no route to {dst}: the packet is discarded",
    "El {host:name} no tiene ruta hacia {dst}: el paquete se descarta",
  ],
  [
    "net.hostUnreachable",
    "No host has the address {dst} on the {link:name}: nobody answers the {host:name}'s packet",
    "Ningún equipo tiene la dirección {dst} en la {link:name}: nadie responde al paquete del {host:name}",
  ],
  [
    "net.privateUnroutable",
    "{dst} is a private address: no router on the internet forwards it, so the packet from the {host:name} is lost",
    "{dst} es una dirección privada: ningún router de internet la encamina, así que el paquete del {host:name} se pierde",
  ],
  [
    "net.unknownHost",
    "There is no host called {host} in this topology",
    "No hay ningún equipo llamado {host} en esta topología",
  ],
  [
    "net.notForwarding",
    "The {host:name} is not a router and discards a packet addressed to {dst}",
    "El {host:name} no es un router y descarta un paquete dirigido a {dst}",
  ],
  [
    "net.ttlExceeded",
    "The packet to {dst} went round in circles and its TTL ran out at the {host:name}",
    "El paquete hacia {dst} dio vueltas en círculo y su TTL se agotó en el {host:name}",
  ],
  [
    "net.routerNoService",
    "The {router:name} runs no service at {dst}: the packet goes no further",
    "El {router:name} no ofrece ningún servicio en {dst}: el paquete no sigue adelante",
  ],
  ["net.preset.lan.title", "Same LAN", "Misma red local"],
  [
    "net.preset.lan.description",
    "Client and server on one local network: no router, no NAT, nothing in the way.",
    "Cliente y servidor en la misma red local: sin router, sin NAT, nada por en medio.",
  ],
  ["net.preset.client-nat.title", "Client behind NAT", "Cliente tras NAT"],
  [
    "net.preset.client-nat.description",
    "The client sits in 192.168.1.0/24 behind a home router that masquerades it; the server is on the internet.",
    "El cliente está en 192.168.1.0/24 tras un router doméstico que lo enmascara; el servidor está en internet.",
  ],
  ["net.preset.client-nat-alg.title", "Client behind NAT with FTP ALG", "Cliente tras NAT con ALG de FTP"],
  [
    "net.preset.client-nat-alg.description",
    "The same home router, with an FTP helper that rewrites PORT and lets the active-mode data connection in.",
    "El mismo router doméstico, con un asistente FTP que reescribe PORT y deja entrar la conexión de datos del modo activo.",
  ],
  ["net.preset.client-firewall.title", "Client behind a firewall", "Cliente tras un cortafuegos"],
  [
    "net.preset.client-firewall.description",
    "The client has a public address but its router only lets replies and related connections in.",
    "El cliente tiene una dirección pública, pero su router solo deja entrar respuestas y conexiones relacionadas.",
  ],
  ["net.preset.server-nat.title", "Server behind NAT", "Servidor tras NAT"],
  [
    "net.preset.server-nat.description",
    "The server sits in 10.0.0.0/24; its router forwards port 21 and the passive range 40000–40100 to it.",
    "El servidor está en 10.0.0.0/24; su router le redirige el puerto 21 y el rango pasivo 40000–40100.",
  ],
  [
    "net.preset.server-nat-pasv-address.title",
    "Server behind NAT with pasv_address",
    "Servidor tras NAT con pasv_address",
  ],
  [
    "net.preset.server-nat-pasv-address.description",
    "The same server-side NAT, with vsftpd told to advertise the router's public address in its 227 replies.",
    "El mismo NAT del lado del servidor, con vsftpd configurado para anunciar la dirección pública del router en sus respuestas 227.",
  ],
  ["net.preset.both-nat.title", "NAT on both sides", "NAT en ambos lados"],
  [
    "net.preset.both-nat.description",
    "The client behind a home router and the server behind port forwarding.",
    "El cliente tras un router doméstico y el servidor tras una redirección de puertos.",
  ],
] as const;

/** This catalogue's keys (lib/i18n/core.ts joins every catalogue's into MessageKey). */
export type Key = KeyOf<typeof ROWS>;

export const messages = fromRows(ROWS);

/**
 * Words for following a session without the picture: the narration sentence of each step, the packet
 * list, the skip link and the accessibility settings. Keys start "ui.say.", "ui.list.", "ui.view.",
 * "ui.skip." and "ui.a11y.".
 */
import { fromRows, type KeyOf } from "../rows";

const ROWS = [
  // Narration: "{who}, {channel}: {what} — {note}".
  ["ui.say.withChannel", "{who}, {channel}: {what}", "{who}, {channel}: {what}"],
  ["ui.say.plain", "{who}: {what}", "{who}: {what}"],
  ["ui.say.explained", "{sentence} — {note}", "{sentence} — {note}"],
  ["ui.say.arrow", "{from} to {to}", "{from} {to}"],
  ["ui.say.from.client", "Client", "Del cliente"],
  ["ui.say.from.client-router", "Client router", "Del router del cliente"],
  ["ui.say.from.server-router", "Server router", "Del router del servidor"],
  ["ui.say.from.server", "Server", "Del servidor"],
  ["ui.say.from.victim", "Victim", "De la víctima"],
  ["ui.say.from.eavesdropper", "Eavesdropper", "Del espía"],
  ["ui.say.from.internet", "Internet", "De Internet"],
  ["ui.say.to.client", "client", "al cliente"],
  ["ui.say.to.client-router", "client router", "al router del cliente"],
  ["ui.say.to.server-router", "server router", "al router del servidor"],
  ["ui.say.to.server", "server", "al servidor"],
  ["ui.say.to.victim", "victim", "a la víctima"],
  ["ui.say.to.eavesdropper", "eavesdropper", "al espía"],
  ["ui.say.to.internet", "Internet", "a Internet"],
  ["ui.say.at.client", "At the client", "En el cliente"],
  ["ui.say.at.client-router", "At the client router", "En el router del cliente"],
  ["ui.say.at.server-router", "At the server router", "En el router del servidor"],
  ["ui.say.at.server", "At the server", "En el servidor"],
  ["ui.say.at.victim", "At the victim", "En la víctima"],
  ["ui.say.at.eavesdropper", "At the eavesdropper", "En el espía"],
  ["ui.say.at.internet", "On the Internet", "En Internet"],
  ["ui.say.channel.control", "control connection", "conexión de control"],
  ["ui.say.channel.data", "data connection", "conexión de datos"],
  ["ui.say.typed", "you typed “{text}”", "has escrito «{text}»"],
  ["ui.say.segment", "TCP segment {flags}", "segmento TCP {flags}"],
  ["ui.say.data", "{n} {n|byte|bytes} of data", "{n} {n|byte|bytes} de datos"],
  ["ui.say.datagram", "UDP datagram of {n} {n|byte|bytes}", "datagrama UDP de {n} {n|byte|bytes}"],
  ["ui.say.dropped", "packet {flags} dropped", "paquete {flags} descartado"],
  ["ui.say.nat", "NAT rewrote {before} to {after}", "el NAT reescribió {before} como {after}"],
  ["ui.say.alg", "the ALG rewrote “{before}” to “{after}”", "el ALG reescribió «{before}» como «{after}»"],
  ["ui.say.printed", "the client prints “{text}”", "el cliente muestra «{text}»"],
  ["ui.say.empty", "Nothing has happened yet.", "Aún no ha pasado nada."],
  ["ui.say.pasv", "the server listens on {addr} port {port}", "el servidor escucha en {addr}, puerto {port}"],
  [
    "ui.say.epsv",
    "the server listens on port {port} of the address already in use",
    "el servidor escucha en el puerto {port} de la dirección ya en uso",
  ],
  ["ui.say.port", "the client listens on {addr} port {port}", "el cliente escucha en {addr}, puerto {port}"],
  // The view switch and the packet list.
  ["ui.view.label", "Show the session as", "Ver la sesión como"],
  ["ui.view.diagram", "Diagram", "Diagrama"],
  ["ui.view.list", "Packet list", "Lista de paquetes"],
  ["ui.list.title", "Packet list", "Lista de paquetes"],
  [
    "ui.list.caption",
    "Packet list: {shown} of {total} {total|entry|entries} up to the cursor",
    "Lista de paquetes: {shown} de {total} {total|entrada|entradas} hasta el cursor",
  ],
  ["ui.list.col.no", "No.", "N.º"],
  ["ui.list.col.time", "Time (ms)", "Tiempo (ms)"],
  ["ui.list.col.route", "From → to", "De → a"],
  ["ui.list.col.channel", "Channel", "Canal"],
  ["ui.list.col.summary", "Summary", "Resumen"],
  ["ui.list.col.explanation", "Explanation", "Explicación"],
  ["ui.list.class.control", "control", "control"],
  ["ui.list.class.data", "data", "datos"],
  ["ui.list.class.tcp", "TCP", "TCP"],
  ["ui.list.class.nat", "NAT", "NAT"],
  ["ui.list.class.event", "event", "evento"],
  ["ui.list.filter.classes", "Show", "Mostrar"],
  ["ui.list.filter.conn", "Connection", "Conexión"],
  ["ui.list.conn.all", "All connections", "Todas las conexiones"],
  ["ui.list.conn.item", "#{id} {channel}: {a} ↔ {b}", "#{id} {channel}: {a} ↔ {b}"],
  ["ui.list.conn.noChannel", "TCP", "TCP"],
  ["ui.list.follow", "Follow this connection", "Seguir esta conexión"],
  [
    "ui.list.followNone",
    "The entry at the cursor is not on a connection.",
    "La entrada del cursor no pertenece a ninguna conexión.",
  ],
  [
    "ui.list.empty",
    "No entry up to the cursor matches the filter.",
    "Ninguna entrada hasta el cursor coincide con el filtro.",
  ],
  [
    "ui.list.help",
    "↑/↓ move the cursor through the rows shown, Home/End go to the first/last, F follows the connection.",
    "↑/↓ mueven el cursor por las filas mostradas, Inicio/Fin van a la primera/última, F sigue la conexión.",
  ],
  // Skip link and settings.
  ["ui.skip.diagram", "Skip to the diagram", "Saltar al diagrama"],
  ["ui.a11y.settings", "Accessibility", "Accesibilidad"],
  ["ui.a11y.narrate", "Narrate each step (screen readers)", "Narrar cada paso (lectores de pantalla)"],
  ["ui.a11y.screenReader", "Terminal screen-reader mode", "Modo lector de pantalla en el terminal"],
  ["ui.a11y.narration", "Narration", "Narración"],
  [
    "ui.a11y.key.terminal",
    "In the terminal: Esc, then Tab (or Shift+Tab) leaves it; until then it keeps its keys (Tab completes)",
    "En el terminal: Esc y después Tab (o Mayús+Tab) sale de él; hasta entonces conserva sus teclas (Tab completa)",
  ],
  [
    "ui.a11y.key.skip",
    "First Tab on the page: skip to the diagram",
    "Primer Tab de la página: saltar al diagrama",
  ],
  [
    "ui.list.key.move",
    "In the packet list: previous / next row shown (moves the cursor)",
    "En la lista de paquetes: fila mostrada anterior / siguiente (mueve el cursor)",
  ],
  [
    "ui.list.key.follow",
    "In the packet list: follow the connection of the current row",
    "En la lista de paquetes: seguir la conexión de la fila actual",
  ],
] as const;

/** This catalogue's keys (lib/i18n/core.ts joins every catalogue's into MessageKey). */
export type Key = KeyOf<typeof ROWS>;

export const messages = fromRows(ROWS);

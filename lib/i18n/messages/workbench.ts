/** The workbench's classroom words: start here, legend, shortcut sheet, new session. Keys start "ui.wb.". */
import { fromRows, type KeyOf } from "../rows";

const ROWS = [
  ["ui.wb.startHere", "Start here", "Empieza aquí"],
  [
    "ui.wb.startText",
    "press ▶ Play to watch a login and a listing on a LAN, message by message, or",
    "pulsa ▶ Reproducir para ver, mensaje a mensaje, un inicio de sesión y un listado en una LAN, o",
  ],
  ["ui.wb.openLesson1", "open lesson 1: {title}", "abre la lección 1: {title}"],
  ["ui.wb.dismiss", "Hide this tip", "Ocultar este consejo"],
  ["ui.wb.legend", "Legend", "Leyenda"],
  ["ui.wb.legend.control", "control connection (port 21)", "conexión de control (puerto 21)"],
  ["ui.wb.legend.data", "data connection", "conexión de datos"],
  ["ui.wb.legend.tcp", "TCP segment (SYN, ACK, FIN)", "segmento TCP (SYN, ACK, FIN)"],
  ["ui.wb.legend.typed", "what you typed", "lo que has escrito"],
  ["ui.wb.legend.printed", "client output", "salida del cliente"],
  ["ui.wb.legend.decision", "a decision, explained", "una decisión, explicada"],
  ["ui.wb.legend.drop", "dropped or refused", "descartado o rechazado"],
  ["ui.wb.legend.nat", "NAT rewrite", "reescritura NAT"],
  ["ui.tagline", "How FTP works, message by message", "Cómo funciona FTP, mensaje a mensaje"],
  ["ui.wb.newSession", "New session", "Nueva sesión"],
  ["ui.key.PageDown", "PageDown", "AvPág"],
  ["ui.key.PageUp", "PageUp", "RePág"],
  ["ui.key.Home", "Home", "Inicio"],
  ["ui.key.End", "End", "Fin"],
  ["ui.key.Space", "Space", "Espacio"],
  ["ui.key.Shift", "Shift", "Mayús"],
  ["ui.key.Esc", "Esc", "Esc"],
  [
    "ui.wb.split",
    "Resize the diagram and the terminal (← →)",
    "Cambiar el tamaño del diagrama y del terminal (← →)",
  ],
  ["ui.wb.splitValue", "terminal: {pct} % of the width", "terminal: {pct} % del ancho"],
  ["ui.wb.eighty", "80-column terminal", "Terminal de 80 columnas"],
  [
    "ui.wb.eightyHint",
    "Widens the terminal so an 80-column listing fits without wrapping",
    "Ensancha el terminal para que un listado de 80 columnas quepa sin partirse",
  ],
  [
    "ui.wb.newSessionDone",
    "New session: a LAN, at message 0. Press ▶ Play.",
    "Nueva sesión: una LAN, en el mensaje 0. Pulsa ▶ Reproducir.",
  ],
  ["ui.wb.shortcuts", "Keyboard shortcuts", "Atajos de teclado"],
  ["ui.wb.shortcutsButton", "Shortcuts", "Atajos"],
  ["ui.wb.close", "Close", "Cerrar"],
  ["ui.wb.exportRange", "Messages in the diagram", "Mensajes del diagrama"],
  ["ui.wb.exportFrom", "from #", "desde #"],
  ["ui.wb.exportTo", "to #", "hasta #"],
  ["ui.wb.exportAll", "All", "Todos"],
  ["ui.wb.exportFromHere", "from here (#{n})", "desde aquí (#{n})"],
  ["ui.wb.exportToHere", "to here (#{n})", "hasta aquí (#{n})"],
  [
    "ui.wb.exportHere",
    "“Here” is the message at the cursor: move it on the slider or with the keys.",
    "«Aquí» es el mensaje del cursor: muévelo con la barra o con las teclas.",
  ],
  ["ui.wb.key.forward", "Next message", "Mensaje siguiente"],
  ["ui.wb.key.back", "Previous message", "Mensaje anterior"],
  ["ui.wb.key.command", "Next / previous command", "Orden siguiente / anterior"],
  ["ui.wb.key.ends", "First / last message", "Primer / último mensaje"],
  ["ui.wb.key.play", "Play / pause", "Reproducir / pausa"],
  ["ui.wb.key.presenter", "Presenter mode (Esc leaves)", "Modo presentación (Esc sale)"],
  [
    "ui.wb.key.presenterNext",
    "In presenter mode: run the lesson step, then its messages one by one",
    "En modo presentación: ejecuta el paso de la lección y luego sus mensajes uno a uno",
  ],
  [
    "ui.wb.key.font",
    "In presenter mode: larger / smaller text",
    "En modo presentación: texto más grande / más pequeño",
  ],
  ["ui.wb.key.sheet", "This list of shortcuts", "Esta lista de atajos"],
  [
    "ui.wb.key.terminal",
    "The terminal keeps its keys while it has the focus; click the diagram to step again",
    "El terminal conserva sus teclas mientras tiene el foco; haz clic en el diagrama para volver a avanzar",
  ],
] as const;

/** This catalogue's keys (lib/i18n/core.ts joins every catalogue's into MessageKey). */
export type Key = KeyOf<typeof ROWS>;

export const messages = fromRows(ROWS);

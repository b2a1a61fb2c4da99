/**
 * The lab view's words (keys lab.*): a real run beside the simulation of the same scenario.
 */
type Row = readonly [key: string, en: string, es: string];

const ROWS: readonly Row[] = [
  ["title", "Real network vs simulation", "Red real frente a simulación"],
  [
    "intro",
    "The same scenario ran on a real network (Linux namespaces, nftables, the kernel's FTP helper, vsftpd 3.0.3) and in the simulator. Each command the client sent, side by side.",
    "El mismo escenario se ejecutó en una red real (espacios de nombres de Linux, nftables, el asistente FTP del núcleo, vsftpd 3.0.3) y en el simulador. Cada orden que envió el cliente, una al lado de la otra.",
  ],
  [
    "addresses",
    "The lab uses 192.0.2.0/24 where the simulation uses private LANs (192.168.1.x → 192.0.2.x, 10.0.0.x → 192.0.2.128+x); addresses here are the lab's.",
    "El laboratorio usa 192.0.2.0/24 donde la simulación usa redes privadas (192.168.1.x → 192.0.2.x, 10.0.0.x → 192.0.2.128+x); aquí las direcciones son las del laboratorio.",
  ],
  ["show", "Diagram shows", "El diagrama muestra"],
  ["showSim", "Simulated", "Simulado"],
  ["showReal", "Real", "Real"],
  [
    "noRealTrace",
    "This record has no capture of the real run: only the table.",
    "Este registro no trae la captura de la ejecución real: solo la tabla.",
  ],
  ["colN", "#", "n.º"],
  ["colLine", "Command sent", "Orden enviada"],
  ["colSim", "Simulated", "Simulado"],
  ["colReal", "Real", "Real"],
  ["colDiff", "Agree?", "¿Coinciden?"],
  ["same", "= same", "= igual"],
  ["differs", "≠ differs: {what}", "≠ difiere: {what}"],
  ["summary", "{n} {n|command|commands}, {d} differ", "{n} {n|orden|órdenes}, {d} difieren"],
  [
    "summaryNone",
    "{n} {n|command|commands}: the real network did what the simulation shows",
    "{n} {n|orden|órdenes}: la red real hizo lo que muestra la simulación",
  ],
  ["serverGot", "server got {line}", "el servidor recibió {line}"],
  ["dataFrom", "data from {remote}", "datos desde {remote}"],
  ["noData", "no data connection", "sin conexión de datos"],
  ["notSent", "(not sent)", "(no enviada)"],
  ["diff.codes", "reply codes", "códigos de respuesta"],
  ["diff.serverGot", "what the server received", "lo que recibió el servidor"],
  ["diff.passiveAddress", "address in 227/229", "dirección en 227/229"],
  ["diff.dataOpened", "data connection", "conexión de datos"],
  ["diff.dataSource", "data source port", "puerto de origen de los datos"],
  ["diff.missing", "not sent for real", "no se envió en la red real"],
  ["close", "Close", "Cerrar"],
  [
    "opened",
    "Lab run loaded: {n} {n|command|commands} compared",
    "Ejecución de laboratorio cargada: {n} {n|orden comparada|órdenes comparadas}",
  ],
  ["bad", "{file} is not a lab record: {problems}", "{file} no es un registro de laboratorio: {problems}"],
];

export const messages = {
  en: Object.fromEntries(ROWS.map(([k, en]) => [`lab.${k}`, en])),
  es: Object.fromEntries(ROWS.map(([k, , es]) => [`lab.${k}`, es])),
};

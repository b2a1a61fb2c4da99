/**
 * The lab view's words (keys lab.*): a real run beside the simulation of the same scenario.
 */
import { fromRows, type KeyOf } from "../rows";

const ROWS = [
  ["lab.title", "Real network vs simulation", "Red real frente a simulación"],
  [
    "lab.intro",
    "The same scenario ran on a real network (Linux namespaces, nftables, the kernel's FTP helper, vsftpd 3.0.3) and in the simulator. Each command the client sent, side by side.",
    "El mismo escenario se ejecutó en una red real (espacios de nombres de Linux, nftables, el asistente FTP del núcleo, vsftpd 3.0.3) y en el simulador. Cada orden que envió el cliente, una al lado de la otra.",
  ],
  [
    "lab.addresses",
    "The lab uses 192.0.2.0/24 where the simulation uses private LANs (192.168.1.x → 192.0.2.x, 10.0.0.x → 192.0.2.128+x); addresses here are the lab's.",
    "El laboratorio usa 192.0.2.0/24 donde la simulación usa redes privadas (192.168.1.x → 192.0.2.x, 10.0.0.x → 192.0.2.128+x); aquí las direcciones son las del laboratorio.",
  ],
  ["lab.show", "Diagram shows", "El diagrama muestra"],
  ["lab.showSim", "Simulated", "Simulado"],
  ["lab.showReal", "Real", "Real"],
  [
    "lab.noRealTrace",
    "This record has no capture of the real run: only the table.",
    "Este registro no trae la captura de la ejecución real: solo la tabla.",
  ],
  ["lab.colN", "#", "n.º"],
  ["lab.colLine", "Command sent", "Orden enviada"],
  ["lab.colSim", "Simulated", "Simulado"],
  ["lab.colReal", "Real", "Real"],
  ["lab.colDiff", "Agree?", "¿Coinciden?"],
  ["lab.same", "= same", "= igual"],
  ["lab.differs", "≠ differs: {what}", "≠ difiere: {what}"],
  ["lab.summary", "{n} {n|command|commands}, {d} differ", "{n} {n|orden|órdenes}, {d} difieren"],
  [
    "lab.summaryNone",
    "{n} {n|command|commands}: the real network did what the simulation shows",
    "{n} {n|orden|órdenes}: la red real hizo lo que muestra la simulación",
  ],
  ["lab.serverGot", "server got {line}", "el servidor recibió {line}"],
  ["lab.dataFrom", "data from {remote}", "datos desde {remote}"],
  ["lab.noData", "no data connection", "sin conexión de datos"],
  ["lab.notSent", "(not sent)", "(no enviada)"],
  ["lab.diff.codes", "reply codes", "códigos de respuesta"],
  ["lab.diff.serverGot", "what the server received", "lo que recibió el servidor"],
  ["lab.diff.passiveAddress", "address in 227/229", "dirección en 227/229"],
  ["lab.diff.dataOpened", "data connection", "conexión de datos"],
  ["lab.diff.dataSource", "data source port", "puerto de origen de los datos"],
  ["lab.diff.missing", "not sent for real", "no se envió en la red real"],
  ["lab.close", "Close", "Cerrar"],
  [
    "lab.opened",
    "Lab run loaded: {n} {n|command|commands} compared",
    "Ejecución de laboratorio cargada: {n} {n|orden comparada|órdenes comparadas}",
  ],
  [
    "lab.bad",
    "{file} is not a lab record: {problems}",
    "{file} no es un registro de laboratorio: {problems}",
  ],
] as const;

/** This catalogue's keys (lib/i18n/core.ts joins every catalogue's into MessageKey). */
export type Key = KeyOf<typeof ROWS>;

export const messages = fromRows(ROWS);

/** Notes produced by the scheduler itself (lib/sim): the TCP layer's decisions and the run's limits. */
import { fromRows, type KeyOf } from "../rows";

const ROWS = [
  ["sim.endOfInput", "Ctrl+D typed on an empty line.", "Ctrl+D pulsado en una línea vacía."],
  [
    "sim.secretTyped",
    "A password was typed; the terminal does not echo it (but watch the wire).",
    "Se ha escrito una contraseña; el terminal no la muestra (pero mira lo que viaja por la red).",
  ],
  [
    "sim.waited",
    "{seconds} s of simulated time pass with nobody typing.",
    "Pasan {seconds} s de tiempo simulado sin que nadie escriba.",
  ],
  [
    "sim.unknownHost",
    "The client cannot resolve “{host}”: no such host in this topology.",
    "El cliente no puede resolver «{host}»: no existe ese equipo en esta topología.",
  ],
  [
    "sim.listening",
    "A socket now listens on {addr} port {port}.",
    "Un socket escucha ahora en {addr}, puerto {port}.",
  ],
  [
    "sim.refused",
    "Nothing listens on port {port}: the host answers the SYN with RST (connection refused).",
    "Nadie escucha en el puerto {port}: el equipo responde al SYN con RST (conexión rechazada).",
  ],
  [
    "sim.connectTimedOut",
    "No answer to the SYN and its {max|retransmission|retransmissions}: after {secs} s the kernel gives up and connect() fails with ETIMEDOUT (Linux kernel profile {kernel}: {sysctl}).",
    "El SYN y sus {max|retransmisión|retransmisiones} no obtienen respuesta: a los {secs} s el núcleo se rinde y connect() falla con ETIMEDOUT (perfil de núcleo Linux {kernel}: {sysctl}).",
  ],
  [
    "sim.synRetransmit",
    "No SYN-ACK came back: the kernel sends the SYN again after {secs} s, retransmission {n} of {max} (Linux kernel profile {kernel}: {sysctl}).",
    "No ha vuelto ningún SYN-ACK: el núcleo reenvía el SYN a los {secs} s, retransmisión {n} de {max} (perfil de núcleo Linux {kernel}: {sysctl}).",
  ],
  [
    "sim.stopped.maxEvents",
    "The simulation stopped after {max} {max|event|events} to stay responsive.",
    "La simulación se detuvo tras {max} {max|evento|eventos} para seguir respondiendo.",
  ],
  [
    "sim.stopped.maxEntries",
    "The simulation stopped at {max} trace entries, the most one session may record here.",
    "La simulación se detuvo en {max} {max|entrada|entradas} de traza, lo máximo que aquí puede registrar una sesión.",
  ],
  [
    "sim.stopped.clientBusy",
    "The client was still busy when the commands ran out.",
    "El cliente seguía ocupado cuando se acabaron las órdenes.",
  ],
  [
    "sim.serverRefusedToStart",
    "vsftpd refused to start, so nothing listens on port 21: {message}",
    "vsftpd se negó a arrancar, así que nadie escucha en el puerto 21: {message}",
  ],
] as const;

/** This catalogue's keys (lib/i18n/core.ts joins every catalogue's into MessageKey). */
export type Key = KeyOf<typeof ROWS>;

export const messages = fromRows(ROWS);

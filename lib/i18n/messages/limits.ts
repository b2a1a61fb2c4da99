/** Explanations of the budgets that keep hostile input bounded (disk, path walking, simulation size). */
import { fromRows, type KeyOf } from "../rows";

const ROWS = [
  [
    "lesson.ui.share.tooLarge",
    "the link unpacks to more than {max} {max|byte|bytes}, more than any shared session needs (it may be a compression bomb)",
    "el enlace se descomprime en más de {max} {max|byte|bytes}, más de lo que necesita cualquier sesión compartida (puede ser una bomba de compresión)",
  ],
  [
    "ui.sim.tooManyEntries",
    "This session is too large to simulate here: it reached {max} trace {max|entry|entries}, the most one session may record. Your session is as it was.",
    "Esta sesión es demasiado grande para simularla aquí: llegó a {max} {max|entrada|entradas} de la traza, lo máximo que puede registrar una sesión. Tu sesión sigue como estaba.",
  ],
  [
    "ui.sim.tooManyEvents",
    "This session is too large to simulate here: it reached {max} simulation {max|event|events}, the most one session may run. Your session is as it was.",
    "Esta sesión es demasiado grande para simularla aquí: llegó a {max} {max|evento|eventos} de simulación, lo máximo que puede ejecutar una sesión. Tu sesión sigue como estaba.",
  ],
  [
    "ui.sim.tooSlow",
    "This session is too slow to simulate here: it took more than {seconds} s, the time one run may take, so it was stopped. Your session is as it was.",
    "Esta sesión es demasiado lenta para simularla aquí: tardó más de {seconds} s, el tiempo que puede durar una ejecución, y se detuvo. Tu sesión sigue como estaba.",
  ],
  [
    "ui.sim.failed",
    "This session could not be simulated here ({error}). Your session is as it was.",
    "Esta sesión no se pudo simular aquí ({error}). Tu sesión sigue como estaba.",
  ],
] as const;

/** This catalogue's keys (lib/i18n/core.ts joins every catalogue's into MessageKey). */
export type Key = KeyOf<typeof ROWS>;

export const messages = fromRows(ROWS);

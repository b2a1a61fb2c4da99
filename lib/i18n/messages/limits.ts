/** Explanations of the budgets that keep hostile input bounded (disk, path walking, simulation size). */
const en: Record<string, string> = {
  "lesson.ui.share.tooLarge":
    "the link unpacks to more than {max} {max|byte|bytes}, more than any shared session needs (it may be a compression bomb)",
};

const es: Record<string, string> = {
  "lesson.ui.share.tooLarge":
    "el enlace se descomprime en más de {max} {max|byte|bytes}, más de lo que necesita cualquier sesión compartida (puede ser una bomba de compresión)",
};

export const messages = { en, es };

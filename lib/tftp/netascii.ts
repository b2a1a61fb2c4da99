/**
 * netascii (RFC 764 via RFC 1350): on the wire a line ends with CR LF and a bare CR is CR NUL. Files
 * are stored Unix-style, so the sender converts LF → CR LF and CR → CR NUL, the receiver back.
 */
const CR = 13;
const LF = 10;
const NUL = 0;

export function toNetascii(b: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (const c of b) {
    if (c === LF) out.push(CR, LF);
    else if (c === CR) out.push(CR, NUL);
    else out.push(c);
  }
  return Uint8Array.from(out);
}

/** Decodes the whole received stream at once, so a CR at the end of one block pairs with the next. */
export function fromNetascii(b: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    const next = b[i + 1];
    if (c === CR && next === LF) {
      out.push(LF);
      i++;
    } else if (c === CR && next === NUL) {
      out.push(CR);
      i++;
    } else out.push(c);
  }
  return Uint8Array.from(out);
}

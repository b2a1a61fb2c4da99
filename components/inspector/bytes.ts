/** How the inspector shows exact bytes: control characters made visible, and a classic hex dump. */
import { base64Bytes } from "@/lib/util/bytes";

/** Names of the control characters the inspector makes visible (as small boxed badges). */
export const CONTROL_NAMES: Readonly<Record<string, string>> = {
  "\r": "CR",
  "\n": "LF",
  "\t": "TAB",
  "\0": "NUL",
};

export type Piece = { readonly text: string } | { readonly control: string };

/**
 * Splits text into plain runs and control characters. The ␍␊ symbols are missing from common fonts
 * (DejaVu, Liberation), so the UI draws CR/LF as boxed badges instead of relying on those glyphs.
 */
export function splitControls(text: string): Piece[] {
  const out: Piece[] = [];
  let run = "";
  for (const c of text) {
    const name = CONTROL_NAMES[c];
    if (!name) {
      run += c;
      continue;
    }
    if (run) out.push({ text: run });
    run = "";
    out.push({ control: name });
  }
  if (run) out.push({ text: run });
  return out;
}

export function bytesOf(entry: { readonly text?: string; readonly b64?: string }): Uint8Array {
  if (entry.b64) return base64Bytes(entry.b64);
  const text = entry.text ?? "";
  // Trace text is latin1 (one char per byte), as the recorder produced it.
  return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
}

/** 16 bytes a line: offset, hex pairs, and the printable characters. */
export function hexDump(bytes: Uint8Array, maxLines = 64): string {
  const lines: string[] = [];
  for (let off = 0; off < bytes.length && lines.length < maxLines; off += 16) {
    const chunk = bytes.subarray(off, off + 16);
    const hex = [...chunk].map((b) => b.toString(16).padStart(2, "0")).join(" ");
    const asc = [...chunk].map((b) => (b >= 32 && b < 127 ? String.fromCharCode(b) : ".")).join("");
    lines.push(`${off.toString(16).padStart(4, "0")}  ${hex.padEnd(47)}  ${asc}`);
  }
  if (bytes.length > maxLines * 16) lines.push("…");
  return lines.join("\n");
}

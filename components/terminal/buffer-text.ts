/** xterm's buffer read back as text (the test hook window.__ftpTerm), and the font size it is built at. */
import type { Terminal } from "@xterm/xterm";

export function bufferRows(term: Terminal): string[] {
  const buf = term.buffer.active;
  return Array.from({ length: buf.length }, (_, i) => buf.getLine(i)?.translateToString(true) ?? "");
}

/** The buffer as logical lines: a row xterm wrapped onto the next is joined back to its start. */
export function bufferLines(term: Terminal): string[] {
  const buf = term.buffer.active;
  const out: string[] = [];
  for (let i = 0; i < buf.length; i++) {
    const row = buf.getLine(i);
    const text = row?.translateToString(true) ?? "";
    if (row?.isWrapped && out.length) out[out.length - 1] = out[out.length - 1]!.padEnd(term.cols) + text;
    else out.push(text);
  }
  while (out.length && out[out.length - 1] === "") out.pop();
  return out;
}

/** An element's font size in px (the terminal's host: --terminal-font-size, 14 px unless a page sets it). */
export const fontSizeOf = (el: HTMLElement): number => parseFloat(getComputedStyle(el).fontSize) || 0;

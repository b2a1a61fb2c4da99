/** xterm's buffer read back as text (the test hook window.__ftpTerm), and its font size from CSS. */
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

/**
 * xterm draws in px from its own option, not from CSS: it takes the host's font size, which the page
 * sets with --terminal-font-size (presenter mode enlarges it with its text size); the caller refits.
 */
export function followFontSize(term: Terminal, host: HTMLElement): void {
  const px = Math.round(parseFloat(getComputedStyle(host).fontSize));
  if (px > 0 && px !== term.options.fontSize) term.options.fontSize = px;
}

/**
 * Where each row's words go and how tall the row is. Explanations wrap onto more lines instead of being
 * cut with "…" (a projected diagram must be readable in full), so rows have heights of their own: the
 * diagram places them by a running sum of heights and finds the scroll window by binary search.
 * Pure (widths are estimated per character, slightly generously, so a line never overflows the row).
 */
import type { Lang } from "@/lib/i18n";
import { rowText, type RowText } from "./labels";
import type { Row } from "./rows";

export const ROW_H = 48;
export const GUTTER = 72;
/** Average advance of a character in the row's two fonts (15 px semibold, 13 px regular). */
export const CHAR = { main: 8.6, sub: 7.4 } as const;
/** Distance between the baselines of two wrapped lines. */
export const LINE = { main: 18, sub: 16 } as const;

/** band: a typed command; arrow: a message between lifelines; side: a mark with words beside it;
 * centre: a mark whose words are too long for one side, centred on the row. */
export type Shape = "band" | "arrow" | "side" | "centre";

export interface RowLayout {
  readonly text: RowText;
  readonly shape: Shape;
  readonly main: readonly string[];
  readonly sub: readonly string[];
  readonly height: number;
}

export interface LayoutContext {
  readonly width: number;
  readonly xOf: (host: string) => number;
  readonly lang: Lang;
}

/**
 * Breaks text into lines of at most `px` wide, at spaces; a word longer than a line (a path, a long
 * address) is split where the line ends.
 */
export function wrap(text: string, px: number, charW: number): string[] {
  const max = Math.max(8, Math.floor(px / charW));
  if (text.length <= max) return text ? [text] : [];
  const lines: string[] = [];
  let line = "";
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > max) {
      if (line) lines.push(line);
      lines.push(word.slice(0, max));
      word = word.slice(max);
      line = "";
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= max) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const extra = (main: number, sub: number) =>
  Math.max(0, main - 1) * LINE.main + Math.max(0, sub - 1) * LINE.sub;

export function layoutRow(row: Row, ctx: LayoutContext): RowLayout {
  const e = row.entry;
  const text = rowText(row, ctx.lang);
  const full = ctx.width - GUTTER - 16;
  if (e.kind === "CommandTyped") {
    const main = wrap(text.main, ctx.width / 2 - GUTTER - 24, CHAR.main);
    const sub = wrap(text.sub, ctx.width / 2 - 16, CHAR.sub);
    const lines = Math.max(main.length, sub.length, 1);
    return { text, shape: "band", main, sub, height: ROW_H + (lines - 1) * LINE.main };
  }
  const from = row.fromHost ?? e.from.host;
  if (from === e.to.host) {
    const x = ctx.xOf(from);
    const rightSide = x < (GUTTER + ctx.width) / 2;
    const avail = (rightSide ? ctx.width - x : x - GUTTER) - 24;
    const longest = Math.max(text.main.length * CHAR.main, text.sub.length * CHAR.sub);
    if (longest <= avail)
      return { text, shape: "side", main: [text.main], sub: text.sub ? [text.sub] : [], height: ROW_H };
  }
  const shape = from === e.to.host ? "centre" : "arrow";
  const mainText = shape === "centre" ? `${glyphOf(row, text)} ${text.main}` : text.main;
  const main = wrap(mainText, full, CHAR.main);
  const sub = wrap(text.sub, full, CHAR.sub);
  return { text, shape, main, sub, height: ROW_H + extra(main.length, sub.length) };
}

export function glyphOf(row: Row, text: RowText): string {
  if (text.tone === "drop") return "✕";
  if (row.entry.kind === "NatTranslated") return "⇄";
  if (row.entry.kind === "ClientPrinted") return "▤";
  return "◆";
}

/** tops[i] is where row i starts; tops[n] is the height of all n rows. */
export function rowTops(rows: readonly Row[], ctx: LayoutContext): Float64Array {
  const tops = new Float64Array(rows.length + 1);
  for (let i = 0; i < rows.length; i++) tops[i + 1] = tops[i]! + layoutRow(rows[i]!, ctx).height;
  return tops;
}

/** The index of the row drawn at height y (the last row whose top is at or above y). */
export function rowAt(tops: Float64Array, y: number): number {
  let lo = 0;
  let hi = tops.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tops[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return Math.min(lo, Math.max(0, tops.length - 2));
}

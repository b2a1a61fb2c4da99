/**
 * What one diagram row is made of, as plain data: the d3 drawing (draw.ts) appends it and animates the
 * parts marked with a motion, and the static rows (static-rows.tsx) render the same data as React
 * elements, so the page's HTML already holds the first rows before any script has run. Pure.
 */
import { CHAR, GUTTER, LINE, glyphOf, layoutRow, type LayoutContext, type RowLayout } from "./layout";
import type { Row } from "./rows";

export interface SvgShape {
  readonly tag: "rect" | "text" | "line" | "title" | "g";
  /** SVG attribute names as in the markup (`class`, `text-anchor`); an absent one is not set. */
  readonly attrs: Readonly<Record<string, string | number>>;
  readonly text?: string;
  readonly children?: readonly SvgShape[];
  /** When the row appears by stepping: an arrow grows from its sender, labels fade in (after it). */
  readonly motion?: "grow" | "fadeAfterGrow" | "fade";
}

export interface ShapeContext extends LayoutContext {
  readonly markerId: (tone: string) => string;
  readonly styles: Readonly<Record<string, string>>;
}

/** What a row's drawing depends on besides the row itself. */
export interface DrawnWith {
  readonly width: number;
  readonly lang: string;
  /** The lifelines in order: when they change, every arrow's x changes. */
  readonly lanes: string;
  /** Every catalogue is loaded: rows drawn before then are drawn again. */
  readonly wordsComplete: boolean;
}

/**
 * A row's drawing is redone only when this changes: a resize, a language or lifeline change, the
 * catalogues' arrival, or a folded row growing as its segments arrive. The static rows write it on
 * their groups, so the d3 drawing takes them over without building them again (draw.ts adoptRows).
 */
export const rowVersion = (w: DrawnWith, row: Row): string =>
  `${w.width}|${w.lang}|${w.lanes}|${w.wordsComplete}|${row.seqs.length}`;

const text = (attrs: SvgShape["attrs"], str: string): SvgShape => ({ tag: "text", attrs, text: str });

export function rowShapes(row: Row, ctx: ShapeContext): SvgShape[] {
  const s = ctx.styles;
  const e = row.entry;
  const lay = layoutRow(row, ctx);
  const common: SvgShape[] = [
    { tag: "rect", attrs: { class: s.bg!, width: ctx.width, height: lay.height } },
    text({ class: s.gutter!, x: 8, y: 20 }, `#${e.seq}`),
    text({ class: s.gutterDim!, x: 8, y: 38 }, `${Math.round(e.t)} ms`),
    { tag: "title", attrs: {}, text: `${lay.text.main}\n${lay.text.sub}` },
  ];
  if (lay.shape === "band") return [...common, ...band(lay, ctx)];
  if (lay.shape === "arrow") return [...common, ...arrow(row, lay, ctx, row.fromHost ?? e.from.host)];
  return [...common, ...marker(row, lay, ctx)];
}

/** One <text> per line, the first at y, each next one `step` lower. */
function lines(
  texts: readonly string[],
  cls: string,
  x: (line: string) => number,
  y: number,
  step: number,
  anchor: string,
): SvgShape[] {
  return texts.map((line, i) =>
    text({ class: cls, x: x(line), y: y + i * step, "text-anchor": anchor }, line),
  );
}

function band(lay: RowLayout, ctx: ShapeContext): SvgShape[] {
  const s = ctx.styles;
  return [
    {
      tag: "rect",
      attrs: {
        class: s.band!,
        x: GUTTER,
        y: 6,
        width: ctx.width - GUTTER - 8,
        height: lay.height - 12,
        rx: 6,
      },
    },
    ...lines(lay.main, `${s.main} ${s["tone-typed"]}`, () => GUTTER + 14, 30, LINE.main, "start"),
    ...lines(lay.sub, s.sub!, () => ctx.width / 2, 30, LINE.main, "start"),
  ];
}

/** The row's words centred on `mid` (kept inside the row), main lines from yMain, sub lines below. */
function labels(lay: RowLayout, tone: string, ctx: ShapeContext, mid: number, yMain: number, ySub: number) {
  const s = ctx.styles;
  const place = (charW: number) => (str: string) => {
    const half = (str.length * charW) / 2;
    return Math.min(Math.max(mid, GUTTER + 8 + half), ctx.width - 8 - half);
  };
  const below = Math.max(0, lay.main.length - 1) * LINE.main;
  const children = [
    ...lines(lay.main, `${s.main} ${s[`tone-${tone}`] ?? ""}`, place(CHAR.main), yMain, LINE.main, "middle"),
    ...lines(lay.sub, s.sub!, place(CHAR.sub), ySub + below, LINE.sub, "middle"),
  ];
  return { tag: "g", attrs: { class: s.labels! }, children } satisfies SvgShape;
}

function arrow(row: Row, lay: RowLayout, ctx: ShapeContext, from: string): SvgShape[] {
  const s = ctx.styles;
  const e = row.entry;
  const x1 = ctx.xOf(from);
  const xTo = ctx.xOf(e.to.host);
  const drop = e.kind === "SegmentDropped";
  const dir = Math.sign(xTo - x1) || 1;
  const x2 = drop ? xTo - dir * 14 : xTo - dir * 2;
  // The arrow sits under the last line of the main label, the sub label under the arrow.
  const y = 26 + Math.max(0, lay.main.length - 1) * LINE.main;
  const lineTone = drop ? "drop" : (e.channel ?? "tcp");
  const out: SvgShape[] = [
    {
      tag: "line",
      attrs: {
        class: `${s.arrow} ${s[`line-${lineTone}`] ?? ""} ${e.kind === "SegmentSent" || row.fold ? s.thin : ""}`,
        x1,
        y1: y,
        y2: y,
        ...(drop ? {} : { "marker-end": `url(#${ctx.markerId(e.channel ?? "tcp")})` }),
        x2,
        ...(row.fold ? { "marker-start": `url(#${ctx.markerId(`${e.channel ?? "tcp"}-back`)})` } : {}),
      },
      motion: "grow",
    },
  ];
  if (drop) out.push(text({ class: s.cross!, x: xTo, y: y + 7, "text-anchor": "middle" }, "✕"));
  out.push({ ...labels(lay, lay.text.tone, ctx, (x1 + xTo) / 2, 18, 43), motion: "fadeAfterGrow" });
  return out;
}

function marker(row: Row, lay: RowLayout, ctx: ShapeContext): SvgShape[] {
  const s = ctx.styles;
  const words = lay.text;
  const x = ctx.xOf(row.entry.from.host);
  // Too long for one side of the lifeline (a NAT rewrite, a long explanation): centred, wrapped.
  if (lay.shape === "centre") return [{ ...labels(lay, words.tone, ctx, x, 20, 41), motion: "fade" }];
  const rightSide = x < (GUTTER + ctx.width) / 2;
  const anchor = rightSide ? "start" : "end";
  const tx = rightSide ? x + 16 : x - 16;
  return [
    text(
      { class: `${s.glyph} ${s[`tone-${words.tone}`] ?? ""}`, x, y: 31, "text-anchor": "middle" },
      glyphOf(row, words),
    ),
    {
      tag: "g",
      attrs: { class: s.labels! },
      children: [
        ...lines(lay.main, `${s.main} ${s[`tone-${words.tone}`] ?? ""}`, () => tx, 20, LINE.main, anchor),
        ...lines(lay.sub, s.sub!, () => tx, 40, LINE.sub, anchor),
      ],
      motion: "fade",
    },
  ];
}

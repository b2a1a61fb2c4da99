/**
 * d3 drawing of the visible rows: a keyed join on the row's first entry of this very run, so moving the
 * cursor by one enters or exits one group, and a new session (whose seqs start again at 0) replaces
 * every group. Only rows inside the scroll window are passed in (virtualised by rows).
 */
import { select, type Selection } from "d3";
import "d3-transition";
import type { Lang } from "@/lib/i18n";
import { CHAR, GUTTER, LINE, layoutRow, glyphOf, type RowLayout } from "./layout";
import type { Row } from "./rows";

export { GUTTER, ROW_H } from "./layout";

export interface DrawContext {
  readonly width: number;
  readonly xOf: (host: string) => number;
  readonly lang: Lang;
  /** The lifelines in order: when they change, every arrow's x changes. */
  readonly lanes: string;
  readonly current: number;
  readonly selected: number | null;
  /** Rows whose first seq is above this just appeared by stepping: animate them. */
  readonly animateAbove: number;
  readonly motion: boolean;
  readonly markerId: (tone: string) => string;
  readonly styles: Readonly<Record<string, string>>;
  readonly onSelect: (seq: number) => void;
}

export interface Placed {
  readonly row: Row;
  readonly index: number;
  /** Where the row starts (rows are as tall as their wrapped words need). */
  readonly top: number;
}

/*
 * Keys name one entry of one run, never a seq alone: a new session numbers its messages from 0 again,
 * and a seq-keyed join would keep the previous session's drawing under the new entry's number.
 * Entries are immutable objects created once per run, so their identity is the run-specific key.
 */
const entryIds = new WeakMap<object, number>();
let nextEntryId = 0;
function entryKey(e: object): string {
  let id = entryIds.get(e);
  if (id === undefined) entryIds.set(e, (id = nextEntryId++));
  return String(id);
}

export function drawRows(svgRows: SVGGElement, placed: readonly Placed[], ctx: DrawContext): void {
  const s = ctx.styles;
  const layout = `${ctx.width}|${ctx.lang}|${ctx.lanes}`;
  let entering = 0;
  select(svgRows)
    .selectAll<SVGGElement, Placed>(`g.${s.row}`)
    .data(placed, (d) => entryKey(d.row.entry))
    .join(
      (enter) =>
        enter
          .append("g")
          .attr("class", s.row!)
          .attr("data-testid", "trace-entry")
          .on("click", (_ev, d) => ctx.onSelect(d.row.entry.seq)),
      (update) => update,
      (exit) => exit.remove(),
    )
    .attr("transform", (d) => `translate(0,${d.top})`)
    .attr("data-seq", (d) => d.row.entry.seq)
    .attr("data-kind", (d) => d.row.entry.kind)
    .attr("data-fold", (d) => d.row.fold ?? null)
    .attr("data-channel", (d) => d.row.entry.channel ?? null)
    .attr("data-code", (d) => d.row.entry.code ?? null)
    .attr("aria-current", (d) => (d.index === ctx.current ? "step" : null))
    .classed(s.current!, (d) => d.index === ctx.current)
    .classed(s.selected!, (d) => ctx.selected !== null && d.row.seqs.includes(ctx.selected))
    .each(function (d) {
      // A folded row grows as its segments arrive; a resize, a language or lifeline change moves it.
      const version = `${layout}|${d.row.seqs.length}`;
      if (this.dataset.v === version) return;
      const fresh = this.dataset.v === undefined;
      this.dataset.v = version;
      select(this).selectAll("*").remove();
      const animate = fresh && ctx.motion && d.row.first > ctx.animateAbove;
      const delay = animate ? Math.min(entering++, 12) * 110 : 0;
      drawRow(select(this), d.row, ctx, animate, delay);
    });
}

type G = Selection<SVGGElement, Placed, null, undefined>;

function drawRow(g: G, row: Row, ctx: DrawContext, animate: boolean, delay: number): void {
  const s = ctx.styles;
  const e = row.entry;
  const lay = layoutRow(row, ctx);
  g.append("rect").attr("class", s.bg!).attr("width", ctx.width).attr("height", lay.height);
  g.append("text").attr("class", s.gutter!).attr("x", 8).attr("y", 20).text(`#${e.seq}`);
  g.append("text")
    .attr("class", s.gutterDim!)
    .attr("x", 8)
    .attr("y", 38)
    .text(`${Math.round(e.t)} ms`);
  g.append("title").text(`${lay.text.main}\n${lay.text.sub}`);
  if (lay.shape === "band") return drawBand(g, lay, ctx);
  if (lay.shape === "arrow") return drawArrow(g, row, lay, ctx, animate, delay, row.fromHost ?? e.from.host);
  drawMarker(g, row, lay, ctx, animate, delay);
}

/** Appends one <text> per line, the first at y, each next one `step` lower. */
function lines(
  parent: G,
  texts: readonly string[],
  cls: string,
  x: (line: string) => number,
  y: number,
  step: number,
  anchor: string,
) {
  texts.forEach((line, i) =>
    parent
      .append("text")
      .attr("class", cls)
      .attr("x", x(line))
      .attr("y", y + i * step)
      .attr("text-anchor", anchor)
      .text(line),
  );
}

function drawBand(g: G, lay: RowLayout, ctx: DrawContext): void {
  const s = ctx.styles;
  g.append("rect")
    .attr("class", s.band!)
    .attr("x", GUTTER)
    .attr("y", 6)
    .attr("width", ctx.width - GUTTER - 8)
    .attr("height", lay.height - 12)
    .attr("rx", 6);
  lines(g, lay.main, `${s.main} ${s["tone-typed"]}`, () => GUTTER + 14, 30, LINE.main, "start");
  lines(g, lay.sub, s.sub!, () => ctx.width / 2, 30, LINE.main, "start");
}

/** The row's words centred on `mid` (kept inside the row), main lines from yMain, sub lines below. */
function labels(
  g: G,
  lay: RowLayout,
  tone: string,
  ctx: DrawContext,
  mid: number,
  yMain: number,
  ySub: number,
) {
  const s = ctx.styles;
  const place = (charW: number) => (str: string) => {
    const half = (str.length * charW) / 2;
    return Math.min(Math.max(mid, GUTTER + 8 + half), ctx.width - 8 - half);
  };
  const out = g.append("g").attr("class", s.labels!);
  const below = Math.max(0, lay.main.length - 1) * LINE.main;
  lines(out, lay.main, `${s.main} ${s[`tone-${tone}`] ?? ""}`, place(CHAR.main), yMain, LINE.main, "middle");
  lines(out, lay.sub, s.sub!, place(CHAR.sub), ySub + below, LINE.sub, "middle");
  return out;
}

function drawArrow(
  g: G,
  row: Row,
  lay: RowLayout,
  ctx: DrawContext,
  animate: boolean,
  delay: number,
  from: string,
) {
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
  const line = g
    .append("line")
    .attr(
      "class",
      `${s.arrow} ${s[`line-${lineTone}`] ?? ""} ${e.kind === "SegmentSent" || row.fold ? s.thin : ""}`,
    )
    .attr("x1", x1)
    .attr("y1", y)
    .attr("y2", y)
    .attr("marker-end", drop ? null : `url(#${ctx.markerId(e.channel ?? "tcp")})`)
    .attr("x2", animate ? x1 : x2);
  if (row.fold) line.attr("marker-start", `url(#${ctx.markerId(`${e.channel ?? "tcp"}-back`)})`);
  if (drop)
    g.append("text")
      .attr("class", s.cross!)
      .attr("x", xTo)
      .attr("y", y + 7)
      .attr("text-anchor", "middle")
      .text("✕");
  const lab = labels(g, lay, lay.text.tone, ctx, (x1 + xTo) / 2, 18, 43);
  if (!animate) return;
  lab
    .attr("opacity", 0)
    .transition()
    .delay(delay + 250)
    .duration(250)
    .attr("opacity", 1);
  line.transition().delay(delay).duration(450).attr("x2", x2);
}

function drawMarker(g: G, row: Row, lay: RowLayout, ctx: DrawContext, animate: boolean, delay: number) {
  const s = ctx.styles;
  const text = lay.text;
  const x = ctx.xOf(row.entry.from.host);
  if (lay.shape === "centre") {
    // Too long for one side of the lifeline (a NAT rewrite, a long explanation): centred, wrapped.
    const lab = labels(g, lay, text.tone, ctx, x, 20, 41);
    if (animate) lab.attr("opacity", 0).transition().delay(delay).duration(300).attr("opacity", 1);
    return;
  }
  g.append("text")
    .attr("class", `${s.glyph} ${s[`tone-${text.tone}`] ?? ""}`)
    .attr("x", x)
    .attr("y", 31)
    .attr("text-anchor", "middle")
    .text(glyphOf(row, text));
  const rightSide = x < (GUTTER + ctx.width) / 2;
  const anchor = rightSide ? "start" : "end";
  const tx = rightSide ? x + 16 : x - 16;
  const out = g.append("g").attr("class", s.labels!);
  lines(out, lay.main, `${s.main} ${s[`tone-${text.tone}`] ?? ""}`, () => tx, 20, LINE.main, anchor);
  lines(out, lay.sub, s.sub!, () => tx, 40, LINE.sub, anchor);
  if (animate) out.attr("opacity", 0).transition().delay(delay).duration(300).attr("opacity", 1);
}

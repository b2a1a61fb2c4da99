/**
 * d3 drawing of the visible rows: a keyed join on the row's first entry of this very run, so moving the
 * cursor by one enters or exits one group, and a new session (whose seqs start again at 0) replaces
 * every group. Only rows inside the scroll window are passed in (virtualised by rows).
 */
import { select, type Selection } from "d3";
import "d3-transition";
import type { Lang } from "@/lib/i18n/core";
import type { Row } from "./rows";
import { rowShapes, rowVersion, type DrawnWith, type SvgShape } from "./shapes";

export { GUTTER, ROW_H } from "./layout";

export interface DrawContext extends DrawnWith {
  readonly xOf: (host: string) => number;
  readonly lang: Lang;
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
      const version = rowVersion(ctx, d.row);
      if (this.dataset.v === version) return;
      const fresh = this.dataset.v === undefined;
      this.dataset.v = version;
      const g = select<SVGElement, unknown>(this);
      g.selectAll("*").remove();
      const animate = fresh && ctx.motion && d.row.first > ctx.animateAbove;
      const delay = animate ? Math.min(entering++, 12) * 110 : 0;
      for (const shape of rowShapes(d.row, ctx)) append(g, shape, animate, delay);
    });
}

/**
 * The rows React rendered before d3 was here (static-rows.tsx, built with the page) become d3's, so
 * its first drawing builds nothing: each group gets its row as d3 data and d3's click, and moves into
 * the drawing's group. `from` is the static rows' group, already out of the page (React removed it,
 * with its rows still in it). A group whose row is no longer placed is left behind with it.
 */
export function adoptRows(
  svgRows: SVGGElement,
  from: SVGGElement,
  placed: readonly Placed[],
  onSelect: (seq: number) => void,
): void {
  const bySeq = new Map(placed.map((d) => [String(d.row.entry.seq), d]));
  for (const el of Array.from(from.children)) {
    const d = bySeq.get(el.getAttribute("data-seq") ?? "");
    if (!d || !(el instanceof SVGGElement)) continue;
    select<SVGGElement, Placed>(el)
      .datum(d)
      .on("click", (_ev, p) => onSelect(p.row.entry.seq));
    svgRows.appendChild(el);
  }
}

/** Appends a shape (and its children); an entering row's arrow grows and its labels fade in. */
function append(
  parent: Selection<SVGElement, unknown, null, undefined>,
  shape: SvgShape,
  animate: boolean,
  delay: number,
) {
  const el = parent.append<SVGElement>(shape.tag);
  for (const [name, value] of Object.entries(shape.attrs)) el.attr(name, value);
  if (shape.text !== undefined) el.text(shape.text);
  for (const child of shape.children ?? []) append(el, child, animate, delay);
  if (!animate || !shape.motion) return;
  if (shape.motion === "grow")
    el.attr("x2", shape.attrs.x1!).transition().delay(delay).duration(450).attr("x2", shape.attrs.x2!);
  else if (shape.motion === "fadeAfterGrow")
    el.attr("opacity", 0)
      .transition()
      .delay(delay + 250)
      .duration(250)
      .attr("opacity", 1);
  else el.attr("opacity", 0).transition().delay(delay).duration(300).attr("opacity", 1);
}

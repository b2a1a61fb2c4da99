/**
 * The diagram's rows as plain SVG elements, rendered with the page (at build time for the first
 * visit): readable and painted before any script runs. The d3 drawing replaces them on its first draw.
 * Same shapes as the d3 drawing (shapes.ts), without motion.
 */
import { createElement, memo, type ReactNode } from "react";
import { rowShapes, rowVersion, type DrawnWith, type ShapeContext, type SvgShape } from "./shapes";
import type { Placed } from "./draw";
import type { Row } from "./rows";

/** Markup attribute names React spells differently. */
const REACT_NAME: Readonly<Record<string, string>> = {
  class: "className",
  "text-anchor": "textAnchor",
  "marker-end": "markerEnd",
  "marker-start": "markerStart",
};

function element(shape: SvgShape, key: number): ReactNode {
  const props: Record<string, string | number> = { key };
  for (const [name, value] of Object.entries(shape.attrs)) props[REACT_NAME[name] ?? name] = value;
  const kids = shape.children?.map(element) ?? [];
  return createElement(shape.tag, props, ...(shape.text !== undefined ? [shape.text] : kids));
}

/**
 * A row's drawing depends only on the row and the context, not on the cursor: a step re-renders the
 * rows' groups (their classes), not every shape in them. `ctx` must keep its identity between steps.
 */
const RowBody = memo(function RowBody({ row, ctx }: { row: Row; ctx: ShapeContext }) {
  return <>{rowShapes(row, ctx).map(element)}</>;
});

export interface StaticRowsProps {
  readonly placed: readonly Placed[];
  readonly ctx: ShapeContext & DrawnWith;
  readonly current: number;
  readonly selected: number | null;
  /** A click on a row selects it, as on the d3 rows (which replace these once d3 has loaded). */
  readonly onSelect?: (seq: number) => void;
  /** The rows' group, kept by the diagram so d3 can take its rows over once this is gone. */
  readonly group?: (el: SVGGElement | null) => void;
}

export function StaticRows({ placed, ctx, current, selected, onSelect, group }: StaticRowsProps) {
  const s = ctx.styles;
  return (
    <g data-static-rows="" ref={group}>
      {placed.map(({ row, index, top }) => {
        const e = row.entry;
        const classes = [
          s.row,
          index === current && s.current,
          selected !== null && row.seqs.includes(selected) && s.selected,
        ];
        return (
          <g
            key={e.seq}
            className={classes.filter(Boolean).join(" ")}
            data-testid="trace-entry"
            transform={`translate(0,${top})`}
            data-seq={e.seq}
            data-kind={e.kind}
            data-fold={row.fold}
            data-channel={e.channel ?? undefined}
            data-code={e.code}
            data-v={rowVersion(ctx, row)}
            aria-current={index === current ? "step" : undefined}
            onClick={onSelect && (() => onSelect(e.seq))}
          >
            <RowBody row={row} ctx={ctx} />
          </g>
        );
      })}
    </g>
  );
}

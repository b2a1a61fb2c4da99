/**
 * The legend of the diagram: what each line style and each mark drawn on a row means, as list items.
 * One list for every place that explains the diagram (the bar above it, the printable handout); each
 * place gives the <ul>, the arrow's width and the classes that colour it for screen or paper.
 */
import type { MessageKey } from "@/lib/i18n/core";

export const LEGEND_LINES = [
  { cls: "control", key: "ui.wb.legend.control" },
  { cls: "data", key: "ui.wb.legend.data" },
  { cls: "tcp", key: "ui.wb.legend.tcp" },
] as const;
export const LEGEND_MARKS = [
  { glyph: "ftp>", key: "ui.wb.legend.typed" },
  { glyph: "▤", key: "ui.wb.legend.printed" },
  { glyph: "◆", key: "ui.wb.legend.decision" },
  { glyph: "✕", key: "ui.wb.legend.drop" },
  { glyph: "⇄", key: "ui.wb.legend.nat" },
] as const;

export type LegendLine = (typeof LEGEND_LINES)[number]["cls"];

export interface LegendItemsProps {
  readonly t: (key: MessageKey) => string;
  /** Width of the drawn arrow in px (its head takes the last 8). */
  readonly width: number;
  /** The class that strokes an arrow of this kind. */
  readonly lineClass: (cls: LegendLine) => string | undefined;
  readonly glyphClass?: string;
}

export function LegendItems({ t, width, lineClass, glyphClass }: LegendItemsProps) {
  const tip = width - 1;
  return (
    <>
      {LEGEND_LINES.map((l) => (
        <li key={l.cls}>
          <svg width={width} height="10" aria-hidden="true" className={lineClass(l.cls)}>
            <line x1="1" y1="5" x2={tip - 6} y2="5" />
            <path d={`M${tip - 7},1 L${tip},5 L${tip - 7},9 z`} />
          </svg>
          {t(l.key)}
        </li>
      ))}
      {LEGEND_MARKS.map((m) => (
        <li key={m.key}>
          <span className={glyphClass} aria-hidden="true">
            {m.glyph}
          </span>
          {t(m.key)}
        </li>
      ))}
    </>
  );
}

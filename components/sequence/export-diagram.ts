/**
 * The whole session (or a range of messages) as a standalone SVG, for handouts: every row drawn with
 * the same code as the screen (drawRows), not only the scroll window, under full lifeline heads (host
 * name and addresses). The rows are drawn off-screen in the page so the CSS module styles resolve,
 * then those computed styles are written inline.
 */
import { hostName, type Lang } from "@/lib/i18n";
import type { TraceEntry } from "@/lib/trace/types";
import { drawRows, type Placed } from "./draw";
import { GUTTER, ROW_H, rowTops } from "./layout";
import { buildRows, lifelines } from "./rows";
import styles from "./sequence-diagram.module.css";

const NS = "http://www.w3.org/2000/svg";
const HEAD = 58;
const WIDTH = 1100;
const TONES = ["control", "data", "tcp"] as const;

// paint-order matters: labels carry a white halo (a stroke painted under the fill).
const STYLE_PROPS = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-opacity",
  "stroke-linejoin",
  "stroke-linecap",
  "paint-order",
  "marker-start",
  "marker-end",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "text-anchor",
  "dominant-baseline",
] as const;

export interface SessionSvgOptions {
  readonly trace: readonly TraceEntry[];
  readonly hosts: readonly { readonly name: string; readonly addrs: readonly string[] }[];
  readonly lang: Lang;
  /** First and last message (seq) to include, inclusive. */
  readonly from: number;
  readonly to: number;
  readonly fold?: boolean;
}

const el = <K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>) => {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
};

function markers(): SVGDefsElement {
  const defs = el("defs", {});
  for (const tone of TONES)
    for (const back of [false, true]) {
      const m = el("marker", {
        id: `export-m-${tone}${back ? "-back" : ""}`,
        viewBox: "0 0 10 10",
        refX: back ? 1 : 9,
        refY: 5,
        markerWidth: 7,
        markerHeight: 7,
        orient: "auto",
      });
      m.appendChild(
        el("path", {
          d: back ? "M10,0 L0,5 L10,10 z" : "M0,0 L10,5 L0,10 z",
          class: styles[`head-${tone}`]!,
        }),
      );
      defs.appendChild(m);
    }
  return defs;
}

function inlineStyles(root: SVGSVGElement): void {
  for (const node of [root, ...root.querySelectorAll<SVGElement>("*")]) {
    if (!node.getAttribute("class")) continue;
    const cs = getComputedStyle(node);
    node.setAttribute("style", STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(";"));
    node.removeAttribute("class");
  }
}

/** The rows of the range, their lifelines and where each row starts (the screen's own layout). */
function geometry(o: SessionSvgOptions) {
  const rows = buildRows(o.trace, o.fold ?? false).filter((r) => r.first >= o.from && r.first <= o.to);
  const lanes = lifelines(
    o.trace,
    o.hosts.map((h) => h.name),
  );
  const colW = (WIDTH - GUTTER) / Math.max(1, lanes.length);
  const xOf = (h: string) => GUTTER + colW * (Math.max(0, lanes.indexOf(h)) + 0.5);
  return { rows, lanes, xOf, tops: rowTops(rows, { width: WIDTH, xOf, lang: o.lang }) };
}

/**
 * The range cut into pages for print: whole rows only (a break never falls inside a row), each page's
 * rows at most `height` px tall under the heads (the first page `firstHeight`, as a title shares it);
 * a row taller than a page gets a page of its own. Each page is a range for sessionSvg.
 */
export function sessionPages(
  o: SessionSvgOptions,
  firstHeight: number,
  height: number,
): { from: number; to: number }[] {
  const { rows, tops } = geometry(o);
  const pages: { from: number; to: number }[] = [];
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    const limit = pages.length === 0 ? firstHeight : height;
    if (i < rows.length && tops[i + 1]! - tops[start]! <= limit) continue;
    pages.push({ from: rows[start]!.first, to: i < rows.length ? rows[i]!.first - 1 : o.to });
    start = i;
  }
  return pages;
}

/** Width of the drawing in px (the handout scales it to the page). */
export const SVG_WIDTH = WIDTH;

export function sessionSvg(o: SessionSvgOptions): string {
  const { rows, lanes, xOf, tops } = geometry(o);
  const height = HEAD + tops[rows.length]! + ROW_H / 2;

  const svg = el("svg", { xmlns: NS, width: WIDTH, height, viewBox: `0 0 ${WIDTH} ${height}` });
  svg.appendChild(markers());
  svg.appendChild(el("rect", { width: "100%", height: "100%", fill: "#ffffff" }));
  for (const h of lanes) {
    const x = xOf(h);
    svg.appendChild(el("line", { x1: x, x2: x, y1: HEAD, y2: height, class: styles.lifeline! }));
    const name = el("text", {
      x,
      y: 22,
      "text-anchor": "middle",
      style: "font: bold 16px sans-serif; fill: #14213d",
    });
    name.textContent = hostName(h, o.lang);
    const addrs = el("text", {
      x,
      y: 42,
      "text-anchor": "middle",
      style: "font: 12px monospace; fill: #4a5568",
    });
    addrs.textContent = o.hosts.find((x) => x.name === h)?.addrs.join(" · ") ?? "";
    svg.append(name, addrs);
  }
  svg.appendChild(
    el("line", { x1: 0, x2: WIDTH, y1: HEAD - 4, y2: HEAD - 4, style: "stroke:#d5dae3;stroke-width:2" }),
  );
  const body = el("g", { transform: `translate(0 ${HEAD})` });
  svg.appendChild(body);

  // Off-screen but laid out and styled (getComputedStyle needs the page's stylesheets).
  const holder = document.createElement("div");
  holder.setAttribute("aria-hidden", "true");
  holder.style.cssText = `position:fixed;left:-${WIDTH * 3}px;top:0;width:${WIDTH}px`;
  holder.appendChild(svg);
  document.body.appendChild(holder);
  try {
    const placed: Placed[] = rows.map((row, index) => ({ row, index, top: tops[index]! }));
    drawRows(body, placed, {
      width: WIDTH,
      xOf,
      lang: o.lang,
      lanes: lanes.join("|"),
      wordsComplete: true,
      current: -1,
      selected: null,
      animateAbove: Number.MAX_SAFE_INTEGER,
      motion: false,
      markerId: (tone) => `export-m-${tone}`,
      styles,
      onSelect: () => {},
    });
    for (const g of body.querySelectorAll("g")) g.removeAttribute("data-v");
    inlineStyles(svg);
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(svg);
  } finally {
    holder.remove();
  }
}

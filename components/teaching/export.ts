/**
 * Exports of what the learner sees: the diagram as a standalone SVG (computed styles inlined, since
 * the CSS module classes mean nothing outside the page) or a PNG drawn from it, and text files.
 */
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
  "visibility",
  "display",
] as const;

/** The diagram as shown (its scroll window) in a standalone SVG: lifeline names on top, styles inline. */
export function diagramSvg(svg: SVGSVGElement): string {
  const HEAD = 36;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const src = [svg, ...svg.querySelectorAll("*")];
  const dst = [clone, ...clone.querySelectorAll("*")];
  src.forEach((el, i) => {
    const cs = getComputedStyle(el);
    const style = STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(";");
    dst[i]?.setAttribute("style", style);
    dst[i]?.removeAttribute("class");
  });
  const width = svg.width.baseVal.value || svg.getBoundingClientRect().width;
  // The diagram draws only the rows near its scroll window: export exactly that window.
  const scroller = svg.parentElement;
  const top = scroller?.scrollTop ?? 0;
  const height = Math.min(scroller?.clientHeight ?? Infinity, svg.height.baseVal.value - top);
  const ns = "http://www.w3.org/2000/svg";
  const out = document.createElementNS(ns, "svg");
  out.setAttribute("xmlns", ns);
  out.setAttribute("width", String(width));
  out.setAttribute("height", String(height + HEAD));
  out.setAttribute("viewBox", `0 0 ${width} ${height + HEAD}`);
  const bg = document.createElementNS(ns, "rect");
  bg.setAttribute("width", "100%");
  bg.setAttribute("height", "100%");
  bg.setAttribute("fill", "#ffffff");
  out.appendChild(bg);
  // The lifeline names are HTML above the scroller; write them as text at their columns.
  const box = svg.getBoundingClientRect();
  const names = svg.closest("section")?.querySelectorAll<HTMLElement>("strong") ?? [];
  for (const h of names) {
    const r = h.getBoundingClientRect();
    const text = document.createElementNS(ns, "text");
    text.setAttribute("x", String(r.left - box.left + r.width / 2));
    text.setAttribute("y", "22");
    text.setAttribute("text-anchor", "middle");
    text.setAttribute("style", "font: bold 14px sans-serif; fill: #111");
    text.textContent = h.textContent;
    out.appendChild(text);
  }
  const body = document.createElementNS(ns, "g");
  body.setAttribute("transform", `translate(0 ${HEAD - top})`);
  body.setAttribute("clip-path", "url(#export-window)");
  const clip = document.createElementNS(ns, "clipPath");
  clip.setAttribute("id", "export-window");
  const win = document.createElementNS(ns, "rect");
  win.setAttribute("y", String(top));
  win.setAttribute("width", String(width));
  win.setAttribute("height", String(height));
  clip.appendChild(win);
  out.appendChild(clip);
  while (clone.firstChild) body.appendChild(clone.firstChild);
  out.appendChild(body);
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(out);
}

/** The SVG rasterised at twice its size (sharp on a projector). */
export async function svgToPng(svgText: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: "image/svg+xml" }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = img.width * 2;
    canvas.height = img.height * 2;
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("no 2d canvas");
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0);
    return await new Promise<Blob>((ok, fail) =>
      canvas.toBlob((b) => (b ? ok(b) : fail(new Error("toBlob failed"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function download(name: string, data: Blob | string, type = "text/plain"): void {
  const blob = typeof data === "string" ? new Blob([data], { type: `${type};charset=utf-8` }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: Chromium reads the blob after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

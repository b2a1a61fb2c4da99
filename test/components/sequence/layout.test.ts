import { describe, expect, it } from "vitest";
import { buildRows } from "@/components/sequence/rows";
import { CHAR, GUTTER, LINE, ROW_H, layoutRow, rowAt, rowTops, wrap } from "@/components/sequence/layout";
import { parseScenario, simulate } from "@/lib/sim/session";

/*
 * Issue 15, item 9: explanations on the diagram's rows wrap instead of being cut with "…" (a projected
 * diagram must be readable in full), and rows grow to hold them without breaking the scroll window.
 */

describe("wrap", () => {
  const text =
    "vsftpd refuses PORT to an address other than the control connection's peer (port_promiscuous=NO): 500 Illegal PORT command.";
  for (const px of [120, 300, 700])
    it(`keeps every word and no line is wider than ${px} px`, () => {
      const lines = wrap(text, px, CHAR.sub);
      expect(lines.join("").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
      for (const l of lines) expect(l.length * CHAR.sub).toBeLessThanOrEqual(Math.max(px, 8 * CHAR.sub));
      expect(lines.join("")).not.toContain("…");
    });
  it("splits a word longer than a line", () => {
    const long = "/pub/" + "x".repeat(60);
    const lines = wrap(long, 200, CHAR.sub);
    expect(lines.join("")).toBe(long);
    expect(lines.length).toBeGreaterThan(1);
  });
});

function session(topology: string) {
  const p = parseScenario({
    topology,
    client: { mode: "active" },
    commands: ["open server", "user anonymous", "x@y", "ls", "get README.txt", "bye"],
  });
  if (!p.ok) throw new Error("scenario");
  return buildRows(simulate(p.scenario).trace, false);
}

describe("row layout", () => {
  const rows = session("client-nat");
  for (const lang of ["es", "en"] as const)
    for (const width of [560, 1000, 1800])
      it(`${lang} at ${width} px: every word of every row is drawn, no line wider than the row`, () => {
        const xOf = (h: string) =>
          GUTTER + ((width - GUTTER) / 3) * (["client", "client-router", "server"].indexOf(h) + 0.5);
        let wrapped = 0;
        for (const row of rows) {
          const lay = layoutRow(row, { width, xOf, lang });
          const main = lay.main.join(" ").replace(/^[✕⇄▤◆] /, "");
          if (lay.shape !== "side") {
            expect(main.replace(/\s/g, "")).toBe(lay.text.main.replace(/\s/g, ""));
            expect(lay.sub.join("").replace(/\s/g, "")).toBe(lay.text.sub.replace(/\s/g, ""));
          }
          for (const l of lay.main) expect(l.length * CHAR.main).toBeLessThanOrEqual(width - GUTTER);
          for (const l of lay.sub) expect(l.length * CHAR.sub).toBeLessThanOrEqual(width - GUTTER);
          const lines =
            Math.max(0, lay.main.length - 1) * LINE.main + Math.max(0, lay.sub.length - 1) * LINE.sub;
          if (lay.shape !== "band") expect(lay.height).toBe(ROW_H + lines);
          if (lay.height > ROW_H) wrapped++;
        }
        // The explanations of a NAT session do not fit one line of a narrow diagram.
        if (width === 560) expect(wrapped).toBeGreaterThan(3);
      });
});

describe("row positions", () => {
  const rows = session("lan");
  const ctx = { width: 560, xOf: (h: string) => (h === "client" ? 150 : 450), lang: "es" as const };
  const tops = rowTops(rows, ctx);
  it("rows stack by their own heights", () => {
    for (let i = 0; i < rows.length; i++)
      expect(tops[i + 1]! - tops[i]!).toBe(layoutRow(rows[i]!, ctx).height);
  });
  it("rowAt finds the row drawn at any height", () => {
    for (let i = 0; i < rows.length; i++) {
      expect(rowAt(tops, tops[i]!)).toBe(i);
      expect(rowAt(tops, tops[i + 1]! - 1)).toBe(i);
    }
    expect(rowAt(tops, -5)).toBe(0);
    expect(rowAt(tops, tops[rows.length]! + 500)).toBe(rows.length - 1);
  });
});

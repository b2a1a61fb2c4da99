/**
 * vsftpd's LIST/NLST filter (ls.c, vsf_filename_passes_filter): the matcher keeps every result of the
 * string-copying algorithm vsftpd runs, while a listing's work is bounded by counted character steps
 * (issue 13: `{*,*}` braces over a 4 KiB filter made one STAT take 1.5 s and every session wait).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LISTING_MATCH_STEPS, passesFilter } from "@/lib/vfs/glob";
import { listDir, numericIds } from "@/lib/vfs/ls";
import { buildVfs } from "@/lib/vfs/build";

/**
 * The reference: vsftpd's algorithm as it is written, copying "alternative + rest" into a new string
 * and recursing, with one iteration count shared by the whole match and capped at 1000.
 */
function reference(name: string, filter: string, iters = { n: 0 }): boolean {
  let rest = filter;
  let lastToken = "";
  let anchored = true;
  while (rest !== "" && iters.n < 1000) {
    iters.n++;
    const m = /[*?{]/.exec(rest);
    const needed = m ? rest.slice(0, m.index) : rest;
    lastToken = m ? m[0] : "";
    rest = m ? rest.slice(m.index + 1) : "";
    if (needed !== "") {
      const at = name.indexOf(needed);
      if (at < 0 || (anchored && at > 0)) return false;
      name = name.slice(at + needed.length);
    }
    if (lastToken === "?") {
      if (name === "") return false;
      name = name.slice(1);
      anchored = true;
    } else if (lastToken === "{") {
      anchored = true;
      const close = rest.indexOf("}");
      if (close >= 0) {
        const after = rest.slice(close + 1);
        for (const alt of rest.slice(0, close).split(",")) {
          if (alt === "") return false;
          if (reference(name, alt + after, iters)) return true;
        }
        return false;
      }
      if (!name.startsWith("{")) return false;
      name = name.slice(1);
    } else anchored = false;
  }
  if (name !== "" && lastToken !== "*") return false;
  return iters.n < 1000;
}

const piece = fc.constantFrom("*", "?", "{", "}", ",", "a", "b", "ab", ".", "x", "{a,b}", "{,}", "*a*");
const filters = fc.array(piece, { maxLength: 14 }).map((p) => p.join(""));
const names = fc
  .array(fc.constantFrom("a", "b", "x", ".", "{", "}", ","), { maxLength: 8 })
  .map((p) => p.join(""));

describe("vsftpd's filename filter", () => {
  it("gives vsftpd's answer for every name and filter (differential, 3000 cases)", () => {
    fc.assert(
      fc.property(names, filters, (name, filter) => {
        expect(passesFilter(name, filter)).toBe(reference(name, filter));
      }),
      { numRuns: 3000 },
    );
  });

  it("gives vsftpd's answer where the 1000-iteration cap decides", () => {
    for (const filter of ["{*,*}".repeat(400), "{*,*}".repeat(600), "*".repeat(999), "?*".repeat(600)])
      for (const name of ["w1", "x".repeat(700), ""])
        expect(passesFilter(name, filter)).toBe(reference(name, filter));
  });

  it("charges every character it looks at: a 4 KiB literal costs thousands of steps, not one", () => {
    const budget = { left: 1_000_000 };
    expect(passesFilter("w1", "w".repeat(4000), budget)).toBe(false);
    expect(1_000_000 - budget.left).toBeGreaterThanOrEqual(4000);
  });

  it("a hostile brace filter over 2,500 names stays inside the listing's step budget", () => {
    const children = Array.from({ length: 2500 }, (_, i) => ({ path: `w${i}`, type: "dir" as const }));
    const vfs = buildVfs(children, { mountPath: "/srv", root: { mode: 0o755 } });
    const opened = vfs.view("/srv", { uid: 0, gid: 0 })!.openDir([], "/");
    if (!opened.ok) throw new Error("no /srv");
    const { dir, parent } = opened.value;
    const budget = { left: LISTING_MATCH_STEPS };
    const listed = listDir(dir, parent, {
      all: true,
      verbose: false,
      filter: "{*,*}".repeat(800),
      baseDir: ".",
      nowS: 0,
      ids: numericIds,
      budget,
    });
    // vsftpd lists nothing here too: every name reaches the 1000-iteration cap.
    expect(listed.lines).toEqual([]);
    // The budget is spent, and overdrawn by at most the one charge that found it empty (an alternative
    // costs ten steps), where vsftpd's string copies cost 4 KiB each.
    expect(budget.left).toBeLessThanOrEqual(0);
    expect(budget.left).toBeGreaterThanOrEqual(-10);
  });

  it("an ordinary filter over 2,500 names costs a small part of the budget", () => {
    const budget = { left: LISTING_MATCH_STEPS };
    let n = 0;
    for (let i = 0; i < 2500; i++) if (passesFilter(`w${i}.txt`, "w1*.{txt,log}", budget)) n++;
    expect(n).toBe(1111);
    expect(LISTING_MATCH_STEPS - budget.left).toBeLessThan(LISTING_MATCH_STEPS / 10);
  });
});

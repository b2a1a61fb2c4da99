/**
 * The layers are guarded by lint: each deliberate violation below must be reported. The last test
 * also walks the import graph with type-only imports included (import/no-cycle skips those), so a
 * circle made of types alone is caught as well.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });
const rulesFor = async (code: string, filePath: string) => {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId);
};

// The first lint of a run loads the TypeScript resolver: slow on a busy machine, so a generous limit.
describe("lint guards the layering", { timeout: 90_000 }, () => {
  it("rejects an import cycle", async () => {
    // First in the file: import/no-cycle caches the strongly connected components of the first graph it
    // builds, and this text adds an edge the files on disk do not have.
    // lib/sim/session.ts reaches lib/util/bytes.ts through the composer: importing it back closes a circle.
    const code =
      readFileSync("lib/util/bytes.ts", "utf8") +
      '\nimport { simulate } from "../sim/session";\nexport const s = simulate;\n';
    expect(await rulesFor(code, "lib/util/bytes.ts")).toContain("import/no-cycle");
  });

  const violations: [string, string, string, string][] = [
    [
      "lib/ imports components/",
      "lib/sim/defaults.ts",
      'import { openSession } from "../../components/workbench/use-session";\nexport const o = openSession;\n',
      "import/no-restricted-paths",
    ],
    [
      "lib/ imports components/ through the @ alias",
      "lib/sim/defaults.ts",
      'import { openSession } from "@/components/workbench/use-session";\nexport const o = openSession;\n',
      "import/no-restricted-paths",
    ],
    [
      "lib/ imports scripts/",
      "lib/sim/defaults.ts",
      'import * as m from "../../scripts/sim";\nexport const o = m;\n',
      "import/no-restricted-paths",
    ],
    [
      "browser code imports lib/node",
      "components/app-shell.tsx",
      'import * as m from "@/lib/node/real-server";\nexport const o = m;\n',
      "import/no-restricted-paths",
    ],
    [
      "lib/ outside lib/node imports lib/node",
      "lib/share/base64url.ts",
      'import * as m from "../node/real-server";\nexport const o = m;\n',
      "import/no-restricted-paths",
    ],
    [
      "lib/net imports the FTP engines' session code",
      "lib/net/packet.ts",
      'import type { ServerAction } from "../ftp/io";\nexport type A = ServerAction;\n',
      "import/no-restricted-paths",
    ],
    [
      "lib/ftp reaches up into lib/sim",
      "lib/ftp/client/types.ts",
      'import { DEFAULT_EPOCH } from "../../sim/defaults";\nexport const e = DEFAULT_EPOCH;\n',
      "import/no-restricted-paths",
    ],
    [
      "a protocol's session imports the opener table above it",
      "lib/tftp/session.ts",
      'import { openSession } from "../sim/session";\nexport const o = openSession;\n',
      "import/no-restricted-paths",
    ],
  ];

  it.each(violations)("rejects: %s", async (_name, filePath, code, rule) => {
    expect(await rulesFor(code, filePath)).toContain(rule);
  });

  it("allows the same imports where the layers permit them", async () => {
    const ok = 'import { DEFAULT_EPOCH } from "../lib/sim/defaults";\nexport const e = DEFAULT_EPOCH;\n';
    expect(await rulesFor(ok, "scripts/sim.ts")).toEqual([]);
  });
});

/** Relative and "@/" imports of lib/ and components/, type-only ones included. */
function importGraph(roots: readonly string[]): Map<string, string[]> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.tsx?$/.test(name)) files.push(p);
    }
  };
  roots.forEach(walk);
  const resolveSpec = (from: string, spec: string): string | null => {
    const base = spec.startsWith("@/")
      ? spec.slice(2)
      : spec.startsWith(".")
        ? join(dirname(from), spec)
        : null;
    if (base === null) return null;
    for (const c of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")]) {
      try {
        if (statSync(c).isFile()) return relative(process.cwd(), resolve(c));
      } catch {
        // not this candidate
      }
    }
    return null;
  };
  const graph = new Map<string, string[]>();
  for (const f of files) {
    const src = readFileSync(f, "utf8");
    const deps = [...src.matchAll(/(?:import|export)\s[^"';]*?from\s*["']([^"']+)["']/g)]
      .map((m) => resolveSpec(f, m[1]!))
      .filter((d): d is string => d !== null);
    graph.set(f, deps);
  }
  return graph;
}

/** Strongly connected components with more than one file (Tarjan). */
function circles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

describe("the import graph", () => {
  it("has no circles in lib/ and components/, type-only imports included", () => {
    expect(circles(importGraph(["lib", "components"]))).toEqual([]);
  });

  it("finds a circle when there is one (the check can fail)", () => {
    const g = new Map([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["c.ts"]],
      ["c.ts", ["a.ts"]],
      ["d.ts", ["a.ts"]],
    ]);
    expect(circles(g)).toEqual([["a.ts", "b.ts", "c.ts"]]);
  });
});

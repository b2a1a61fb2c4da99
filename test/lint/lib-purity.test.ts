import { describe, expect, it } from "vitest";
import { ESLint } from "eslint";

// lib/ is the deterministic simulation core: these globals must be rejected there, and only there.
const lint = async (code: string, filePath: string) => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId);
};

describe("lint keeps lib/ pure", { timeout: 90_000 }, () => {
  const violations: [string, string][] = [
    ["Date.now", "export const t = Date.now();\n"],
    ["Math.random", "export const r = Math.random();\n"],
    ["setTimeout", "setTimeout(() => undefined, 10);\n"],
    ["window", "export const w = window.innerWidth;\n"],
    ["document", "export const d = document.title;\n"],
    ["new Date()", "export const d = new Date();\n"],
  ];

  it.each(violations)("rejects %s in lib/", async (_name, code) => {
    const rules = await lint(code, "lib/sim/example.ts");
    expect(rules.length).toBeGreaterThan(0);
  });

  it("allows the same code outside lib/ (components may use the clock)", async () => {
    const rules = await lint("export const t = Date.now();\n", "components/example.ts");
    expect(rules).toEqual([]);
  });

  it("rejects Node imports in lib/ outside lib/node", async () => {
    const rules = await lint(
      'import { Socket } from "node:net";\nexport const s = Socket;\n',
      "lib/sim/example.ts",
    );
    expect(rules).toContain("no-restricted-imports");
  });
});

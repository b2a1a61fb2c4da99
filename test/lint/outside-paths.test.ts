import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findOutsidePaths, scanRepository } from "./outside-paths";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

describe("nothing in the repository reads a file outside it", () => {
  it("finds no such reference in any tracked file", () => {
    expect(scanRepository(ROOT)).toEqual([]);
  });
});

describe("the scanner", () => {
  const hits = (text: string, file = "test/conformance/harness.ts") =>
    findOutsidePaths(text, file).map((f) => f.text);

  it("flags absolute paths into a machine's folders", () => {
    expect(hits('export const DIR = "/work/shared/conformance";')).toEqual(["/work/shared"]);
    expect(hits("cp /work/main/test/x.json test/")).toEqual(["/work/main"]);
  });

  it("flags the sibling ../shared from any depth", () => {
    expect(hits('join(__dirname, "../shared/conformance")')).toEqual(["../shared"]);
    expect(hits('join(process.cwd(), "../shared")', "bench/run.ts")).toContain("../shared");
  });

  it("flags quoted relative paths that climb above the root, and only those", () => {
    expect(hits('join(__dirname, "../../../golden.json")')).toEqual(["../../../g"]);
    expect(hits('import x from "../../lib/ftp/io";')).toEqual([]);
    expect(hits('import x from "../x";', "vitest.config.mts")).toEqual(["../x"]);
  });

  it("leaves paths inside a simulated server alone", () => {
    expect(hits("expect(reply).toBe('257 \"/home/alice\" is the current directory');")).toEqual([]);
    expect(hits("curl ${base}/work/up.bin")).toEqual([]);
    expect(hits('h.raw({ type: "userLine", line: "cd /tmp" });')).toEqual([]);
    expect(hits('"STOR work/stalled.bin"')).toEqual([]);
  });

  it("reports the line of each hit", () => {
    const [hit] = findOutsidePaths('const a = 1;\nconst b = "/work/wt/h12";\n', "scripts/x.ts");
    expect(hit).toMatchObject({ line: 2, text: "/work/wt" });
  });
});

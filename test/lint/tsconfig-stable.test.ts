/**
 * `next build` (and `next dev`) rewrite tsconfig.json in their own layout whenever it lacks something they
 * want, which leaves a tracked file changed and fails the next `format:check`. Running Next's own check on a
 * copy proves the committed file already has everything, so `npm test` can run twice in one checkout.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";

const require = createRequire(import.meta.url);
const TSCONFIG = fileURLToPath(new URL("../../tsconfig.json", import.meta.url));
type Write = (
  ts: string,
  path: string,
  first: boolean,
  app: boolean,
  dist: string,
  pages: boolean,
  strict: boolean,
) => Promise<void>;
const { writeConfigurationDefaults } = require("next/dist/lib/typescript/writeConfigurationDefaults.js") as {
  writeConfigurationDefaults: Write;
};
const { version } = require("typescript") as { version: string };

describe("Next leaves the committed tsconfig.json as it is", () => {
  const dirs: string[] = [];
  afterEach(() => {
    vi.unstubAllEnvs();
    dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
  });

  // next build runs with NODE_ENV=production and dist .next; next dev with development and .next/dev.
  it.each([
    ["production", ".next"],
    ["development", ".next/dev"],
  ])("under NODE_ENV=%s (distDir %s)", async (env, distDir) => {
    vi.stubEnv("NODE_ENV", env);
    const dir = mkdtempSync(join(tmpdir(), "ftpviz-tsconfig-"));
    dirs.push(dir);
    const copy = join(dir, "tsconfig.json");
    copyFileSync(TSCONFIG, copy);
    await writeConfigurationDefaults(version, copy, false, true, distDir, false, false);
    expect(readFileSync(copy, "utf8")).toBe(readFileSync(TSCONFIG, "utf8"));
  });
});

/**
 * Finds references to files outside the repository, so that a fresh clone anywhere runs the same tests:
 * absolute paths into this machine's layout (/work/…, where checkouts and shared data live), the sibling
 * `../shared`, and any quoted relative path that climbs above the repository's root from the file naming it.
 * (/home and /tmp are not flagged: simulated servers use them as their own paths, e.g. `257 "/home/alice"`.)
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix } from "node:path";

export interface OutsidePath {
  readonly line: number;
  readonly text: string;
  readonly why: string;
}

/** This machine's top folder of checkouts and shared data; a path under it exists on this disk only. */
const MACHINE_ROOTS = /(?<![\w.}$/-])\/work\/[\w.-]+/g;
/** The repository has no folder named `shared`: `../shared` is always a sibling of the checkout. */
const SIBLING_SHARED = /\.\.\/shared\b/g;
/** A quoted relative path (import specifier, join() argument, config entry) that starts by climbing. */
const QUOTED_CLIMB = /(?<=["'`])((?:\.\.\/)+)[\w@-]/g;

/** `file` is the path relative to the repository's root, with `/` separators. */
export function findOutsidePaths(text: string, file: string): OutsidePath[] {
  const found: OutsidePath[] = [];
  const depth = posix.dirname(file) === "." ? 0 : posix.dirname(file).split("/").length;
  text.split("\n").forEach((line, i) => {
    const add = (match: string, why: string) => found.push({ line: i + 1, text: match, why });
    for (const m of line.matchAll(MACHINE_ROOTS)) add(m[0], "absolute path on this machine");
    for (const m of line.matchAll(SIBLING_SHARED)) add(m[0], "sibling folder of the checkout");
    for (const m of line.matchAll(QUOTED_CLIMB)) {
      const climbs = (m[1] ?? "").length / 3;
      if (climbs > depth) add(m[0], `climbs ${climbs} folders from a file ${depth} deep`);
    }
  });
  return found;
}

/** The scanner and its test hold the patterns and samples they look for. */
const SELF = new Set(["test/lint/outside-paths.ts", "test/lint/outside-paths.test.ts"]);
const SKIP = new Set([
  "node_modules",
  ".git",
  ".next",
  "out",
  "coverage",
  "test-results",
  "playwright-report",
]);

/** The repository's tracked files; without git (an unpacked archive), every file outside build output. */
export function repositoryFiles(root: string): string[] {
  try {
    const listed = execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" });
    return listed.split("\0").filter((f) => f !== "");
  } catch {
    const walk = (dir: string): string[] =>
      readdirSync(join(root, dir)).flatMap((name) => {
        if (SKIP.has(name)) return [];
        const rel = dir === "" ? name : `${dir}/${name}`;
        return statSync(join(root, rel)).isDirectory() ? walk(rel) : [rel];
      });
    return walk("");
  }
}

/** Every reference outside the repository in its files, as `file:line: text (why)`. */
export function scanRepository(root: string): string[] {
  return repositoryFiles(root)
    .filter((file) => file !== "package-lock.json" && !SELF.has(file))
    .flatMap((file) => {
      const bytes = readFileSync(join(root, file));
      if (bytes.includes(0)) return [];
      return findOutsidePaths(bytes.toString("utf8"), file).map(
        (f) => `${file}:${f.line}: ${f.text} (${f.why})`,
      );
    });
}

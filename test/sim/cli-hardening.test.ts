/**
 * Issue 13 finding 9: `npm run sim` answers every hostile scenario with named problems and exit code 2
 * (was: a stack trace and exit 1), stays fast on a huge unknown word, keeps time finite after `wait`
 * with hundreds of digits, reads files with a UTF-8 BOM, and ends quietly when piped into `head`.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const run = (input: string, shell?: string) =>
  shell
    ? spawnSync("sh", ["-c", shell], { encoding: "utf8", input, timeout: 60_000 })
    : spawnSync(process.execPath, ["--import", "tsx", "scripts/sim.ts", "-"], {
        encoding: "utf8",
        input,
        timeout: 60_000,
        maxBuffer: 64 * 1024 * 1024,
      });

const scenario = (extra: Record<string, unknown>) =>
  JSON.stringify({ topology: "lan", commands: ["open server", "bye"], ...extra });

describe("npm run sim under hostile scenarios", () => {
  it("names every problem of the inputs that printed stack traces, and exits 2", () => {
    const files = [
      { path: "a", text: 123 },
      { path: "b", base64: {} },
      { path: "c", mode: {} },
      { path: "l", type: "symlink", target: 5 },
      { path: "d", size: -5 },
      { path: "e", size: 1e12 },
    ];
    const r = run(scenario({ server: { files }, client: { files: { "a.txt": 5 } } }));
    expect(r.status).toBe(2);
    for (const path of [
      "server.files[0].text",
      "server.files[1].base64",
      "server.files[2].mode",
      "server.files[3].target",
      "server.files[4].size",
      "server.files[5].size",
      "client.files.a.txt",
    ])
      expect(r.stderr).toContain(`${path}:`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("keeps time finite after `wait` with 400 digits", () => {
    const r = run(scenario({ commands: ["wait " + "9".repeat(400), "open server", "bye"] }));
    expect(r.status).toBe(0);
    const ts = r.stdout
      .trim()
      .split("\n")
      .map((l) => (JSON.parse(l) as { t: unknown }).t);
    for (const t of ts) expect(Number.isFinite(t)).toBe(true);
  });

  it("answers a 1 MiB unknown word at once (the 'did you mean' distance is bounded)", () => {
    const r = run(scenario({ commands: ["x".repeat(1 << 20)] }));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Invalid command");
  });

  it("reads a scenario that starts with a UTF-8 byte-order mark", () => {
    const r = run("\uFEFF" + scenario({}));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('"kind":"CommandTyped"');
  });

  it("ends without a stack trace when its reader stops early (| head -1)", () => {
    const many = Array.from({ length: 300 }, () => "ls");
    const r = run(
      scenario({ commands: ["open server", "anonymous", "x@y", ...many] }),
      `${process.execPath} --import tsx scripts/sim.ts - | head -1 >/dev/null`,
    );
    expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /);
  });
});

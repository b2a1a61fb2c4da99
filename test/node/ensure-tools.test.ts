/**
 * scripts/ensure-tools.mjs, the one place that makes the tests' Debian tools available: it names
 * what is missing and how to install it, fails `--check` for a missing group, leaves a binary named
 * through CURL_PATH/TSHARK_PATH to the caller, and never runs apt-get when not root.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SCRIPT = resolve(__dirname, "../../scripts/ensure-tools.mjs");
const run = (args: string[], env: Record<string, string> = {}, uid?: number, script = SCRIPT) =>
  spawnSync(process.execPath, [script, ...args], {
    encoding: "utf8",
    env: { ...process.env, ...env },
    ...(uid === undefined ? {} : { uid, gid: uid }),
    timeout: 30_000,
  });

describe("scripts/ensure-tools.mjs", () => {
  it("fails --check for a missing binary, naming it and the apt-get line, without installing it", () => {
    const r = run(["curl", "--check"], { CURL_PATH: "/nonexistent/curl" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("/nonexistent/curl");
    expect(r.stderr).toContain("apt-get install -y curl");
    expect(r.stderr).not.toContain("Installing");
  });

  it("passes --check when the group's binaries are there", () => {
    expect(run(["curl", "--check"], { CURL_PATH: process.execPath }).status).toBe(0);
  });

  it("without --check it reports and exits 0, so the other tests still run", () => {
    const r = run(["tshark"], { TSHARK_PATH: "/nonexistent/tshark" });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/pcapng round-trip tests need \/nonexistent\/tshark.*skipped/);
  });

  it("rejects an unknown group", () => {
    const r = run(["curly"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("known: curl, python, tshark, lab");
  });

  it.runIf(process.getuid?.() === 0)("as a user other than root it never calls apt-get", () => {
    // The checkout may sit in a directory only root can enter (mktemp -d): the other user runs a copy.
    const dir = mkdtempSync(join(tmpdir(), "ftpviz-ensure-"));
    chmodSync(dir, 0o755);
    const copy = join(dir, "ensure-tools.mjs");
    copyFileSync(SCRIPT, copy);
    chmodSync(copy, 0o644);
    const r = run(["tshark", "--check"], { TSHARK_PATH: "/nonexistent/tshark" }, 65534, copy);
    rmSync(dir, { recursive: true, force: true });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("need /nonexistent/tshark; install Debian's package as root");
    expect(r.stderr).not.toMatch(/Installing|apt-get could not/);
  });

  it("is what npm run test:unit runs (the three scripts it replaces are gone)", () => {
    const pkg = JSON.parse(readFileSync(resolve(__dirname, "../../package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts["test:unit"]).toBe("node scripts/ensure-tools.mjs && vitest run");
  });
});

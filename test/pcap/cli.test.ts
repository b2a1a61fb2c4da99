import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";

const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/sim.ts", ...args], {
    encoding: "utf8",
    input,
    timeout: 60_000,
  });

const SCENARIO = JSON.stringify({
  topology: "client-nat",
  client: { mode: "passive" },
  commands: ["open server", "user anonymous", "guest@example.org", "get pub/logo.bin", "bye"],
});

describe("npm run sim -- --pcap", () => {
  it("writes the session as pcapng (one interface per link) and still prints the trace", () => {
    const file = join(mkdtempSync(join(tmpdir(), "sim-pcap-")), "out.pcapng");
    const r = run(["--pcap", file, "-"], SCENARIO);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split("\n").length).toBeGreaterThan(20);
    expect(r.stderr).toMatch(/wrote .*out\.pcapng: \d+ packets on 2 interfaces/);
    const bytes = readFileSync(file);
    expect(bytes.readUInt32LE(0)).toBe(0x0a0d0d0a);
    expect(bytes.readUInt32LE(8)).toBe(0x1a2b3c4d);
    // Deterministic: the same scenario writes the same file.
    const again = join(mkdtempSync(join(tmpdir(), "sim-pcap-")), "out.pcapng");
    run(["--pcap", again, "-"], SCENARIO);
    expect(readFileSync(again).equals(bytes)).toBe(true);
  }, 90_000);

  it("names an unwritable output file with exit code 2", () => {
    const r = run(["--pcap", "/no/such/dir/out.pcapng", "-"], SCENARIO);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("cannot write /no/such/dir/out.pcapng");
  });
});

describe("npm run sim -- --import", () => {
  it("prints a real capture's trace as JSON lines (vsftpd on port 3250, found by its 220)", () => {
    const r = run(["--import", "test/fixtures/captures/curl-vsftpd-pasv.pcap"]);
    expect(r.status).toBe(0);
    const entries = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { kind: string; text?: string; from: { host: string } });
    expect(entries.filter((e) => e.kind === "CommandSent").map((e) => e.text)).toContain("RETR hola.txt\r\n");
    expect(entries.find((e) => e.kind === "ReplySent")?.from.host).toBe("server");
  });

  it("names what is wrong with a file that is not a capture, with exit code 2", () => {
    const r = run(["--import", "package.json"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("not a pcap or pcapng file");
    expect(run(["--import", "/no/such.pcap"]).stderr).toContain("cannot read /no/such.pcap");
  });
});

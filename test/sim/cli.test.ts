import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { writeFileSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";

const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/sim.ts", ...args], {
    encoding: "utf8",
    input,
    timeout: 60_000,
  });

describe("npm run sim", () => {
  it("prints one JSON entry a line with seq, t, kind, from, to and the protocol text", () => {
    const dir = mkdtempSync(join(tmpdir(), "sim-"));
    const file = join(dir, "s.json");
    writeFileSync(
      file,
      JSON.stringify({
        topology: "client-nat",
        client: { mode: "active" },
        commands: ["open server", "user anonymous", "guest@example.org", "ls", "bye"],
      }),
    );
    const r = run([file]);
    expect(r.status).toBe(0);
    const entries = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const e of entries) for (const k of ["seq", "t", "kind", "from", "to"]) expect(e).toHaveProperty(k);
    const texts = entries.filter((e) => e.kind === "ReplySent").map((e) => e.text);
    expect(texts).toContain("500 Illegal PORT command.\r\n");
    expect(texts).toContain("425 Use PORT or PASV first.\r\n");
    expect(entries.find((e) => e.code === 500)).toMatchObject({ channel: "control" });
  });

  it("rejects a bad scenario with a message naming the problem and exit code 2", () => {
    const r = run(["-"], JSON.stringify({ topology: "mars", commands: "ls" }));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown topology "mars"');
    expect(r.stderr).toContain("commands: must be an array");
    const bad = run(["-"], "{nope");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("is not valid JSON");
    expect(run(["/no/such/file.json"]).status).toBe(2);
  });

  it("says what vsftpd would say about a bad vsftpd.conf, and the client's connect is refused", () => {
    const r = run(
      ["-"],
      JSON.stringify({
        topology: "lan",
        server: { config: "listen=YES\nanonymous_enable=MAYBE\n" },
        commands: ["open server"],
      }),
    );
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("line 2: 500 OOPS: bad bool value in config file for: anonymous_enable");
    expect(r.stdout).toContain('"kind":"ConnectionRefused"');
  });
});

describe("scenario short forms", () => {
  it("accepts users and files as simple maps, as people write them by hand", () => {
    const r = run(
      ["-"],
      JSON.stringify({
        topology: "lan",
        server: {
          config: "listen=YES\nlocal_enable=YES\n",
          users: { profe: "secreto" },
          files: { "apuntes.txt": "hola\n" },
        },
        commands: ["open server", "user profe secreto", "get apuntes.txt"],
      }),
    );
    expect(r.status).toBe(0);
    const replies = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { kind: string; text?: string });
    const texts = replies.filter((e) => e.kind === "ReplySent").map((e) => e.text ?? "");
    expect(texts).toContain("230 Login successful.\r\n");
    expect(
      texts.some((t) => t.startsWith("150 Opening BINARY mode data connection for apuntes.txt (5 bytes).")),
    ).toBe(true);
  });
});

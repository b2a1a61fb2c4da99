import { describe, expect, it } from "vitest";
import { buildRows } from "@/components/sequence/rows";
import { rowText } from "@/components/sequence/labels";
import { parseScenario, simulate } from "@/lib/sim/session";
import { DEFAULT_CONFIG } from "@/lib/sim/defaults";
import { transcript } from "@/lib/trace/transcript";

/* Issue 15, item 11: rough edges of the diagram's rows and of the default server. */

function trace(scenario: Record<string, unknown>) {
  const p = parseScenario(scenario);
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  return simulate(p.scenario).trace;
}

describe("typed lines carry their program's prompt", () => {
  it("a TFTP session's typed lines read tftp>, never ftp>", () => {
    const t = trace({ protocol: "tftp", topology: "lan", commands: ["connect server", "get readme.txt"] });
    const typed = buildRows(t, false).filter((r) => r.entry.kind === "CommandTyped");
    expect(typed.length).toBe(2);
    for (const lang of ["es", "en"] as const)
      for (const r of typed) expect(rowText(r, lang).main).toMatch(/^tftp> /);
  });
  it("an FTP session's commands read ftp>; the password typed at Password: reads Password:", () => {
    const t = trace({ topology: "lan", commands: ["open server", "user anonymous", "a@b", "ls"] });
    const mains = buildRows(t, false)
      .filter((r) => r.entry.kind === "CommandTyped")
      .map((r) => rowText(r, "es").main);
    expect(mains).toEqual(["ftp> open server", "ftp> user anonymous", "Password:", "ftp> ls"]);
  });
});

/* Issue 21, item 2: a typed row carries the prompt that was actually waiting, as the terminal shows it. */
describe("typed rows carry the prompt that was waiting", () => {
  const typedRows = (t: ReturnType<typeof trace>) =>
    buildRows(t, false).filter((r) => r.entry.kind === "CommandTyped");

  it("the Name (…) and Password: prompts of an interactive login, the password never shown", () => {
    const t = trace({
      topology: "lan",
      client: { autologin: true },
      commands: ["open server", "anonymous", "guest@example.org", "pwd"],
    });
    for (const lang of ["es", "en"] as const) {
      const mains = typedRows(t).map((r) => rowText(r, lang).main);
      expect(mains).toEqual(["ftp> open server", "Name (server:alumno): anonymous", "Password:", "ftp> pwd"]);
      expect(mains.join("\n")).not.toContain("guest@example.org");
    }
    // The terminal's transcript titles the same lines the same way.
    const lines = transcript(t, t.length - 1, { verbose: false, explain: false, lang: "en" })
      .filter((l) => l.style === "typed")
      .map((l) => l.text.trimEnd());
    expect(lines).toEqual(["ftp> open server", "Name (server:alumno): anonymous", "Password:", "ftp> pwd"]);
  });

  it("lines typed in nc go to the server as they are: no ftp> in front", () => {
    const t = trace({ topology: "lan", commands: ["nc server 21", "USER anonymous", "QUIT", "pwd"] });
    const mains = typedRows(t).map((r) => rowText(r, "en").main);
    expect(mains).toEqual(["ftp> nc server 21", "USER anonymous", "QUIT", "ftp> pwd"]);
  });

  it("a `wait` at the tftp> prompt and the line after it read tftp>", () => {
    const t = trace({ protocol: "tftp", topology: "lan", commands: ["connect server", "wait 1", "status"] });
    expect(typedRows(t).map((r) => rowText(r, "en").main)).toEqual([
      "tftp> connect server",
      "tftp> wait 1",
      "tftp> status",
    ]);
  });
});

describe("folding TCP handshakes keeps what the router did", () => {
  const t = trace({
    topology: "client-nat",
    client: { mode: "passive" },
    commands: ["open server", "user anonymous", "a@b", "ls"],
  });
  it("each folded handshake through the NAT router still shows a NAT row", () => {
    const rows = buildRows(t, true);
    const connects = rows.filter((r) => r.fold === "connect");
    const nats = rows.filter((r) => r.entry.kind === "NatTranslated");
    expect(connects.length).toBeGreaterThan(0);
    // Control and data connections both cross the router: each handshake's translation is drawn.
    const conns = new Set(connects.map((r) => r.entry.conn));
    for (const c of conns) expect(nats.some((r) => r.entry.conn === c)).toBe(true);
    // Folding still folds: fewer rows than entries, and every NAT entry belongs to some row.
    expect(rows.length).toBeLessThan(buildRows(t, false).length);
    const covered = new Set(rows.flatMap((r) => r.seqs));
    for (const e of t) if (e.kind === "NatTranslated") expect(covered.has(e.seq)).toBe(true);
  });
});

describe("the default vsftpd.conf", () => {
  it("has no comment in one language only (the editor shows it as is in es and en)", () => {
    expect(DEFAULT_CONFIG.split("\n").filter((l) => l.trim().startsWith("#"))).toEqual([]);
  });
});

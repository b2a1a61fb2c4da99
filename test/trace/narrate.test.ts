import { describe, expect, it } from "vitest";
import { LANGS } from "@/lib/i18n";
import { simulate } from "@/lib/sim/session";
import { connections, entryClass, explanation, meaning, summary } from "@/lib/trace/describe";
import { narrate } from "@/lib/trace/narrate";
import type { Scenario } from "@/lib/sim/scenario";
import type { TraceEntry } from "@/lib/trace/types";

const session = (topology: string, mode: "active" | "passive", epsv = false) =>
  simulate({
    seed: 1,
    topology,
    client: { mode, epsv },
    commands: ["open server", "user anonymous", "guest@example.org", "ls", "bye"],
  } as Scenario).trace;

const passiveNat = session("client-nat", "passive");
const find = (trace: readonly TraceEntry[], p: (e: TraceEntry) => boolean) => {
  const e = trace.find(p);
  if (!e) throw new Error("entry not found");
  return e;
};

describe("narrate: one sentence per step", () => {
  it("says who sent a 227 to whom, on which connection, and where the server listens (en, es)", () => {
    const r = find(passiveNat, (e) => e.kind === "ReplySent" && e.code === 227 && e.from.host === "server");
    const [h1, h2, h3, h4, p1, p2] = r
      .text!.match(/\((\d+(?:,\d+){5})\)/)![1]!
      .split(",")
      .map(Number);
    const addr = [h1, h2, h3, h4].join(".");
    const port = p1! * 256 + p2!;
    expect(narrate(r, "en")).toBe(
      `Server to client router, control connection: ${r.text!.trim()} — the server listens on ${addr} port ${port}`,
    );
    expect(narrate(r, "es")).toBe(
      `Del servidor al router del cliente, conexión de control: ${r.text!.trim()} — el servidor escucha en ${addr}, puerto ${port}`,
    );
  });

  it("names the data connection and the size of what crossed it", () => {
    const d = find(passiveNat, (e) => e.kind === "DataSent");
    expect(narrate(d, "en")).toMatch(
      new RegExp(`^Server to client router, data connection: ${d.bytes} bytes of data`),
    );
    expect(narrate(d, "es")).toMatch(
      new RegExp(`^Del servidor al router del cliente, conexión de datos: ${d.bytes} bytes de datos`),
    );
  });

  it("says what an active-mode PORT announces", () => {
    const trace = session("lan", "active");
    const port = find(trace, (e) => e.kind === "CommandSent" && e.verb === "PORT");
    const n = port.text!.slice(5).trim().split(",").map(Number);
    expect(narrate(port, "en")).toContain(
      `— the client listens on ${n.slice(0, 4).join(".")} port ${n[4]! * 256 + n[5]!}`,
    );
  });

  it("explains a NAT rewrite with the router's own note, at the router", () => {
    const nat = find(passiveNat, (e) => e.kind === "NatTranslated");
    expect(narrate(nat, "en")).toMatch(/^At the client router: /);
    expect(narrate(nat, "es")).toMatch(/^En el router del cliente: /);
    expect(narrate(nat, "en")).toContain(nat.after!.src);
  });

  it("does not repeat a password the terminal did not echo", () => {
    const typed = passiveNat.filter((e) => e.kind === "CommandTyped");
    const secret = typed.find((e) => e.text === "");
    expect(secret).toBeDefined();
    expect(narrate(secret!, "en")).not.toContain("guest@example.org");
    expect(narrate(typed[0]!, "es")).toBe("En el cliente: has escrito «open server»");
  });

  it("gives every entry of several sessions a sentence without catalogue keys, in both languages", () => {
    const traces = [
      passiveNat,
      session("lan", "active"),
      session("client-nat", "active"),
      session("server-nat", "passive", true),
    ];
    for (const trace of traces)
      for (const e of trace)
        for (const lang of LANGS) {
          const s = narrate(e, lang);
          expect(s.length, `${e.seq} ${e.kind}`).toBeGreaterThan(8);
          expect(s, `${e.seq} ${e.kind}`).not.toMatch(/\b(ui|code|sim|client|server|net)\.[a-z]/);
          expect(s).not.toMatch(/\{\w+\}/);
        }
  });

  it("is pure: the same entry and language give the same sentence; the languages differ", () => {
    for (const e of passiveNat.slice(0, 20)) {
      expect(narrate(e, "en")).toBe(narrate(structuredClone(e), "en"));
      expect(narrate(e, "es")).not.toBe(narrate(e, "en"));
    }
  });

  it("has a sentence for nothing at all", () => {
    expect(narrate(undefined, "en")).toBe("Nothing has happened yet.");
  });
});

describe("describe: the packet list's columns", () => {
  it("classes entries by what crossed: control, data, TCP, NAT or an event", () => {
    const cls = (p: (e: TraceEntry) => boolean) => entryClass(find(passiveNat, p));
    expect(cls((e) => e.kind === "CommandSent")).toBe("control");
    expect(cls((e) => e.kind === "ReplySent")).toBe("control");
    expect(cls((e) => e.kind === "DataSent")).toBe("data");
    expect(cls((e) => e.kind === "SegmentSent")).toBe("tcp");
    expect(cls((e) => e.kind === "NatTranslated")).toBe("nat");
    expect(cls((e) => e.kind === "CommandTyped")).toBe("event");
  });

  it("lists each connection once, control first, with both ends as the first packet saw them", () => {
    const conns = connections(passiveNat, "en");
    expect(conns.map((c) => c.channel)).toEqual(["control", "data"]);
    expect(new Set(conns.map((c) => c.id)).size).toBe(conns.length);
    expect(conns[0]!.a).toMatch(/^Client 192\.168\.1\.10:\d+$/);
    expect(conns[0]!.b).toMatch(/^Client router .*:21$/);
  });

  it("keeps the protocol text as it is and adds the rule only where asked", () => {
    const user = find(passiveNat, (e) => e.kind === "CommandSent" && e.verb === "USER");
    expect(summary(user, "es")).toBe("USER anonymous");
    // A command without a note of its own says what its verb does (the server table's help text).
    expect(meaning(user, "en")).toBe("Send the user name");
    expect(meaning(user, "es")).toBe("Enviar el nombre de usuario");
    const nat = find(passiveNat, (e) => e.kind === "NatTranslated");
    expect(nat.rule).toBe("nat:client-router:masquerade");
    // The rule is shown with the router's name, not its id (issue 15, item 11).
    expect(explanation(nat, "en", { rule: true })).toContain("nat · client's router · masquerade");
    expect(explanation(nat, "en")).not.toContain(" · nat · ");
  });
});

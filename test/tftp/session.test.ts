import { describe, expect, it } from "vitest";
import { openSession, simulate } from "@/lib/sim/session";
import { parseScenario } from "@/lib/sim/session";
import type { Scenario } from "@/lib/sim/scenario";
import { createTftpServer } from "@/lib/tftp/server";
import { decode, encode } from "@/lib/tftp/packet";
import { transcript } from "@/lib/trace/transcript";
import { catalogs } from "@/lib/i18n";
import { tftpVsFtp } from "@/lib/lessons/tftp-vs-ftp";
import { render } from "./render";

const base: Scenario = { topology: "lan", protocol: "tftp", commands: ["connect server", "get readme.txt"] };

describe("tftp sessions", () => {
  it("are deterministic: same scenario, same trace", () => {
    const s = { ...base, topology: "client-firewall", loss: { internet: { rate: 0.3 } }, seed: 7 };
    expect(render(simulate(s).trace)).toBe(render(simulate(s).trace));
  });

  it("drive the terminal through type(): prompt tftp>, ready between commands", () => {
    const s = openSession({ ...base, commands: [] });
    expect(s.ready).toBe(true);
    s.type("connect server");
    s.type("get readme.txt");
    s.type("frobnicate");
    expect(s.ready).toBe(true);
    const lines = transcript(s.trace, s.trace.length - 1, { verbose: true, explain: false, lang: "en" });
    expect(lines.map((l) => l.text)).toEqual([
      "tftp> connect server",
      "tftp> get readme.txt",
      "Received 210 bytes in 0.0 seconds (readme.txt)",
      "tftp> frobnicate",
      "?Invalid command: frobnicate (help lists the commands)",
    ]);
    const es = transcript(s.trace, s.trace.length - 1, { verbose: true, explain: false, lang: "es" });
    expect(es.at(-1)!.text).toBe("?Orden no válida: frobnicate (help muestra las órdenes)");
  });

  it("prints tftp-hpa's trace lines when trace is on, and help from the table", () => {
    const { trace } = simulate({ ...base, commands: ["trace", "connect server", "get readme.txt", "help"] });
    const texts = trace.filter((e) => e.kind === "ClientPrinted").map((e) => e.text);
    expect(texts).toContain("sent RRQ <file=readme.txt, mode=netascii>");
    expect(texts).toContain("received DATA <block=1, 210 bytes>");
    expect(texts).toContain("sent ACK <block=1>");
    expect(texts.some((t) => t?.startsWith("blksize"))).toBe(true);
  });

  it("negotiates blksize with an OACK (RFC 2347/2348)", () => {
    const { trace } = simulate({
      ...base,
      commands: ["connect server", "blksize 1024", "binary", "get pub/logo.bin"],
    });
    const sent = trace.filter((e) => e.kind === "DatagramSent").map((e) => e.text);
    expect(sent).toContain('RRQ "pub/logo.bin" octet blksize=1024 tsize=0 timeout=5');
    expect(sent).toContain("OACK blksize=1024 tsize=2048 timeout=5");
    expect(sent).toContain("ACK block 0");
    expect(sent).toContain("DATA block 2 (1024 bytes)");
    expect(sent).toContain("DATA block 3 (0 bytes)");
  });

  it("get without a target, put of a missing file, and a mode typo are messages, not exceptions", () => {
    const { trace } = simulate({
      ...base,
      commands: ["get x", "connect nowhere", "connect server", "put nope.txt", "mode ebcdic"],
    });
    const texts = trace.filter((e) => e.kind === "ClientPrinted" && e.rule === "error").map((e) => e.text);
    expect(texts).toEqual([
      "No target machine specified (use connect first).",
      "tftp: nowhere: Unknown host",
      "tftp: nope.txt: No such file or directory",
      "ebcdic: unknown mode",
    ]);
  });

  it("the server answers a stranger on a transfer port with ERROR 5 and keeps the transfer", () => {
    const server = createTftpServer({
      files: new Map([["f", { bytes: new Uint8Array(600), mode: 0o644 }]]),
      seed: 1,
    });
    const client = { addr: "10.0.0.2", port: 5000 };
    const first = server.handle(
      {
        type: "datagram",
        port: 69,
        from: client,
        bytes: encode({ op: "RRQ", filename: "f", mode: "octet", options: [] }),
      },
      0,
    );
    const tid = first.find((a) => a.type === "send")!;
    expect(tid.type === "send" && tid.fromPort).not.toBe(69);
    const port = tid.type === "send" ? tid.fromPort! : 0;
    const stranger = server.handle(
      { type: "datagram", port, from: { addr: "10.0.0.3", port: 7 }, bytes: encode({ op: "ACK", block: 1 }) },
      5,
    );
    const err = stranger.find((a) => a.type === "send")!;
    expect(err.type === "send" && decode(err.bytes)).toEqual({
      ok: true,
      packet: { op: "ERROR", code: 5, message: "Unknown transfer ID" },
    });
    const goOn = server.handle(
      { type: "datagram", port, from: client, bytes: encode({ op: "ACK", block: 1 }) },
      6,
    );
    const next = goOn.find((a) => a.type === "send")!;
    expect(next.type === "send" && decode(next.bytes)).toMatchObject({
      ok: true,
      packet: { op: "DATA", block: 2 },
    });
  });

  it("refuses to overwrite (ERROR 6), walks outside the root (ERROR 2), unknown modes (ERROR 4)", () => {
    const server = createTftpServer({
      files: new Map([["f", { bytes: new Uint8Array(1), mode: 0o666 }]]),
      seed: 1,
    });
    const ask = (op: "RRQ" | "WRQ", filename: string, mode = "octet") => {
      const out = server.handle(
        {
          type: "datagram",
          port: 69,
          from: { addr: "1.2.3.4", port: 9 },
          bytes: encode({ op, filename, mode, options: [] }),
        },
        0,
      );
      const s = out.find((a) => a.type === "send")!;
      const d = s.type === "send" ? decode(s.bytes) : undefined;
      return d?.ok && d.packet.op === "ERROR" ? d.packet.code : d?.ok ? d.packet.op : "?";
    };
    expect(ask("WRQ", "f")).toBe(6);
    expect(ask("RRQ", "../etc/passwd")).toBe(2);
    expect(ask("RRQ", "f", "ebcdic")).toBe(4);
    expect(ask("WRQ", "nobody", "mail")).toBe(7);
    expect(ask("RRQ", "nope")).toBe(1);
    expect(ask("WRQ", "new")).toBe("ACK");
  });

  it("checks the new scenario fields", () => {
    expect(parseScenario({ ...base, loss: { lan: [0] } }).ok).toBe(false);
    expect(parseScenario({ ...base, protocol: "gopher" }).ok).toBe(false);
    expect(parseScenario({ ...base, loss: { lan: [2, 5], internet: { rate: 0.1 } } }).ok).toBe(true);
  });

  it("the lesson is plain data whose keys exist in both languages and whose checks pass on its scenario", () => {
    for (const step of tftpVsFtp.steps) {
      expect(catalogs.en[step.narrationKey], step.narrationKey).toBeTruthy();
      expect(catalogs.es[step.narrationKey], step.narrationKey).toBeTruthy();
    }
    expect(catalogs.es[tftpVsFtp.titleKey]).toBeTruthy();
    const s = openSession(tftpVsFtp.scenario);
    for (const step of tftpVsFtp.steps) {
      // Steps that switch the topology are replayed by the course's own test (test/lessons).
      if (step.switchTo) break;
      for (const c of step.commands ?? []) if (typeof c === "string") s.type(c);
      if (step.check) expect(step.check(s.trace), step.narrationKey).toBe(true);
    }
  });
});

import { describe, expect, it } from "vitest";
import { openSession, simulate } from "@/lib/sim/session";
import { parseScenario } from "@/lib/sim/session";
import type { Scenario } from "@/lib/sim/scenario";
import { transcript } from "@/lib/trace/transcript";
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
    // tftp-hpa is quiet unless `verbose` is on: a good transfer prints nothing.
    expect(lines.map((l) => l.text)).toEqual([
      "tftp> connect server",
      "tftp> get readme.txt",
      "tftp> frobnicate",
      "?Invalid command",
    ]);
    const es = transcript(s.trace, s.trace.length - 1, { verbose: true, explain: false, lang: "es" });
    expect(es.at(-1)!.text).toBe("?Orden no válida");
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

  it("prints what tftp-hpa prints: mode lines, and in verbose the transfer's start and its rate", () => {
    const { trace } = simulate({
      ...base,
      commands: ["mode", "binary", "mode netascii", "verbose", "connect server", "get readme.txt"],
    });
    const texts = trace.filter((e) => e.kind === "ClientPrinted" && e.rule !== "prompt").map((e) => e.text);
    expect(texts.slice(0, 4)).toEqual([
      "Using netascii mode to transfer files.",
      "mode set to octet",
      "mode set to netascii",
      "Verbose mode on.",
    ]);
    expect(texts).toContain("getting from server:readme.txt to readme.txt [netascii]");
    expect(texts.at(-1)).toMatch(/^Received 2\d\d bytes in 0\.0 seconds \[\d+ bit\/s\]$/);
  });

  it("blksize with a netascii get carries tsize, which tftpd-hpa refuses (ERROR 8); octet works", () => {
    const { trace } = simulate({ ...base, commands: ["connect server", "blksize 1024", "get readme.txt"] });
    const sent = trace.filter((e) => e.kind === "DatagramSent").map((e) => e.text);
    expect(sent).toContain("ERROR 8 Unsupported option(s) requested");
    const printed = trace.filter((e) => e.kind === "ClientPrinted").map((e) => e.text);
    expect(printed).toContain("Error code 8: Unsupported option(s) requested");
    expect(trace.some((e) => e.note?.key === "tftp.server.optionRefused.netascii")).toBe(true);
  });

  it("a put of a new file fails without --create (ERROR 1, Debian's default) and works with it", () => {
    const put = (create: boolean) =>
      simulate({
        ...base,
        tftp: { server: { create } },
        commands: ["connect server", "put tarea.txt"],
      })
        .trace.filter((e) => e.kind === "DatagramSent")
        .map((e) => e.text);
    expect(put(false)).toContain("ERROR 1 File not found");
    expect(put(true)).toContain("ACK block 0");
  });

  it("checks the new scenario fields", () => {
    expect(parseScenario({ ...base, loss: { lan: [0] } }).ok).toBe(false);
    expect(parseScenario({ ...base, protocol: "gopher" }).ok).toBe(false);
    expect(parseScenario({ ...base, loss: { lan: [2, 5], internet: { rate: 0.1 } } }).ok).toBe(true);
  });

  it("the lesson is plain data whose checks pass on its scenario", () => {
    const s = openSession(tftpVsFtp.scenario);
    for (const step of tftpVsFtp.steps) {
      // Steps that switch the topology are replayed by the course's own test (test/lessons).
      if (step.switchTo) break;
      for (const c of step.commands ?? []) if (typeof c === "string") s.type(c);
      if (step.check) expect(step.check(s.trace), step.narrationKey).toBe(true);
    }
  });
});

/**
 * The capture importer on hand-made captures: reassembly (out of order, retransmitted, missing bytes), FTP
 * control parsing (pipelined commands, multi-line replies across segments), data connections matched to
 * their announcement with NAT mismatches noted, TFTP followed to the server's new port, and bad input
 * (wrong magic, truncated, too big, too many packets, an unsupported link type, the time limit).
 */
import { describe, expect, it } from "vitest";
import { importCapture } from "@/lib/pcap/import";
import { scenarioPcapng } from "@/lib/pcap/session-export";
import { simulate } from "@/lib/sim/session";
import type { Scenario } from "@/lib/sim/scenario";
import { base64Bytes, latin1Bytes } from "@/lib/util/bytes";
import { control, frame, pcap } from "./synth";

const texts = (bytes: Uint8Array) =>
  importCapture(bytes)
    .trace.filter((e) => e.kind === "CommandSent" || e.kind === "ReplySent")
    .map((e) => e.text);

describe("TCP reassembly and FTP parsing", () => {
  it("puts out-of-order segments back in order, reads retransmitted bytes once, splits pipelined commands", () => {
    const { c, s, open } = control();
    const r = importCapture(
      pcap([
        ...open,
        s(0, "220 hi\r\n"),
        c(8, "PASS b\r\nSY"),
        c(0, "USER a\r\n"),
        c(0, "USER a\r\n"),
        c(18, "ST\r\n"),
      ]),
    );
    const msgs = r.trace.filter((e) => e.kind === "CommandSent");
    expect(msgs.map((e) => e.text)).toEqual(["USER a\r\n", "PASS b\r\n", "SYST\r\n"]);
    expect(msgs.map((e) => e.verb)).toEqual(["USER", "PASS", "SYST"]);
    expect(r.problems).toContain("1 retransmitted TCP segments were read once");
    // In time order, as the capture saw them: the pipelined PASS cannot come before the USER that freed it.
    const ts = r.trace.map((e) => e.t);
    expect(ts).toEqual([...ts].sort((a, b) => a - b));
  });

  it("names bytes the capture never saw, and goes on after them", () => {
    const { c, s, open, isn } = control();
    const r = importCapture(
      pcap([
        ...open,
        s(0, "220 hi\r\n"),
        c(0, "USER a\r\n"),
        c(14, "SYST\r\n"),
        frame({
          src: "192.0.2.10",
          dst: "198.51.100.20",
          sport: 40000,
          dport: 21,
          flags: "FIN,ACK",
          seq: isn.c + 1 + 20,
          ack: isn.s + 9,
        }),
      ]),
    );
    const gap = r.trace.find((e) => e.kind === "Decision")!;
    expect(gap).toMatchObject({
      rule: "missing-segment",
      note: { key: "pcap.missing", params: { bytes: 6, from: 8 } },
    });
    expect(r.problems.join("\n")).toMatch(
      /6 bytes from client 192\.0\.2\.10:40000 at stream offset 8 were not captured/,
    );
    expect(r.trace.filter((e) => e.kind === "CommandSent").map((e) => e.text)).toEqual([
      "USER a\r\n",
      "SYST\r\n",
    ]);
  });

  it("reads a multi-line reply cut across segments as one reply", () => {
    const { s, open } = control();
    expect(
      texts(pcap([...open, s(0, "230-Welcome\r\n230-"), s(17, "Rules\r\n230 Login successful.\r\n")])),
    ).toEqual(["230-Welcome\r\n230-Rules\r\n230 Login successful.\r\n"]);
  });

  it("matches a data connection to the 227 that announced it and the command it carries; notes a NAT mismatch", () => {
    const { c, s, open, C, S } = control();
    const pasv = "227 Entering Passive Mode (10,0,0,5,156,64).\r\n"; // 10.0.0.5:40000, but the server is 198.51.100.20
    const data = (
      from: string,
      to: string,
      sp: number,
      dp: number,
      flags: string,
      seq: number,
      ack: number,
      d = "",
    ) => frame({ src: from, dst: to, sport: sp, dport: dp, flags, seq, ack, data: d });
    const r = importCapture(
      pcap([
        ...open,
        s(0, "220 hi\r\n"),
        c(0, "PASV\r\n"),
        s(8, pasv),
        data(C, S, 50000, 40000, "SYN", 1, 0),
        data(S, C, 40000, 50000, "SYN,ACK", 9, 2),
        data(C, S, 50000, 40000, "ACK", 2, 10),
        c(6, "RETR a.txt\r\n"),
        data(S, C, 40000, 50000, "PSH,ACK", 10, 2, "hello\n"),
      ]),
    );
    const reply = r.trace.find((e) => e.code === 227)!;
    expect(reply.note).toEqual({
      key: "pcap.announceMismatch",
      params: { kind: "227", announced: "10.0.0.5:40000", addr: "10.0.0.5", seen: S },
    });
    const syn = r.trace.find((e) => e.channel === "data" && e.flags === "SYN")!;
    expect(syn).toMatchObject({ from: { host: "client", port: 50000 }, to: { host: "server", port: 40000 } });
    expect(syn.note).toEqual({
      key: "pcap.dataConn",
      params: { announce: pasv.trimEnd(), command: "RETR a.txt" },
    });
    expect(r.trace.find((e) => e.kind === "DataSent")).toMatchObject({
      text: "hello\n",
      bytes: 6,
      channel: "data",
    });
  });

  it("finds FTP on any port by the server's 220 greeting; leaves other TCP out and says so", () => {
    const other = [
      frame({ src: "192.0.2.1", dst: "192.0.2.2", sport: 1234, dport: 80, flags: "SYN", seq: 1 }),
      frame({ src: "192.0.2.2", dst: "192.0.2.1", sport: 80, dport: 1234, flags: "SYN,ACK", seq: 1, ack: 2 }),
      frame({
        src: "192.0.2.2",
        dst: "192.0.2.1",
        sport: 80,
        dport: 1234,
        flags: "PSH,ACK",
        seq: 2,
        ack: 2,
        data: "HTTP/1.1 200 OK\r\n",
      }),
      frame({ src: "192.0.2.1", dst: "192.0.2.2", sport: 1235, dport: 2121, flags: "SYN", seq: 1 }),
      frame({
        src: "192.0.2.2",
        dst: "192.0.2.1",
        sport: 2121,
        dport: 1235,
        flags: "SYN,ACK",
        seq: 1,
        ack: 2,
      }),
      frame({
        src: "192.0.2.2",
        dst: "192.0.2.1",
        sport: 2121,
        dport: 1235,
        flags: "PSH,ACK",
        seq: 2,
        ack: 2,
        data: "220 hello\r\n",
      }),
    ];
    const r = importCapture(pcap(other));
    expect(r.trace.map((e) => [e.kind, e.code ?? e.flags])).toEqual([
      ["SegmentSent", "SYN"],
      ["SegmentSent", "SYN,ACK"],
      ["ReplySent", 220],
    ]);
    expect(r.problems).toContain(
      "1 TCP connection is neither FTP control nor an announced data connection and was left out",
    );
  });
});

describe("simulated sessions exported and imported back", () => {
  it.each(["active", "passive"] as const)(
    "lan %s: the same FTP messages and data bytes, hosts by role",
    (mode) => {
      const scenario: Scenario = {
        topology: "lan",
        client: { mode },
        commands: ["open server", "user anonymous", "x@y", "ls", "get pub/logo.bin", "bye"],
      };
      const { trace } = simulate(scenario);
      const back = importCapture(scenarioPcapng(scenario).bytes);
      const msgs = (t: typeof trace) =>
        t
          .filter((e) => e.kind === "CommandSent" || e.kind === "ReplySent")
          .map((e) => `${e.from.host}>${e.to.host} ${e.text}`);
      expect(msgs(back.trace)).toEqual(msgs(trace));
      const bytes = (t: typeof trace) =>
        t
          .filter((e) => e.kind === "DataSent")
          .map((e) => (e.b64 ? [...base64Bytes(e.b64)].join() : [...latin1Bytes(e.text ?? "")].join()))
          .join();
      expect(bytes(back.trace)).toEqual(bytes(trace));
      expect(back.problems).toEqual([]);
    },
  );

  it("follows a TFTP transfer to the server's new port", () => {
    const scenario: Scenario = {
      topology: "lan",
      protocol: "tftp",
      commands: ["connect server", "get readme.txt"],
    };
    const back = importCapture(scenarioPcapng(scenario).bytes);
    const grams = back.trace.filter((e) => e.kind === "DatagramSent");
    expect(grams.length).toBeGreaterThan(2);
    expect(grams[0]).toMatchObject({ from: { host: "client" }, to: { host: "server", port: 69 } });
    expect(grams[0]!.text).toMatch(/^RRQ/);
    expect(grams[1]).toMatchObject({ from: { host: "server" }, note: { key: "pcap.tftpNewPort" } });
    expect(grams[1]!.from.port).not.toBe(69);
    expect(grams.slice(1).every((g) => g.from.port !== 69 && g.to.port !== 69)).toBe(true);
  });
});

describe("bad captures get a clear message, never a hang", () => {
  const { c, s, open } = control();
  const good = pcap([...open, s(0, "220 hi\r\n"), c(0, "USER a\r\n")]);

  it("wrong magic", () => {
    const r = importCapture(latin1Bytes("GIF89a this is not a capture at all"));
    expect(r.trace).toEqual([]);
    expect(r.problems[0]).toMatch(/^not a pcap or pcapng file \(it starts with 47494638/);
  });

  it("truncated: what was read is kept and the cut is named", () => {
    const r = importCapture(good.subarray(0, good.length - 5));
    expect(r.problems[0]).toMatch(/cut short inside packet 5/);
    expect(r.trace.some((e) => e.code === 220)).toBe(true);
  });

  it("too big, too many packets, too slow", () => {
    expect(importCapture(good, { maxBytes: 100 }).problems[0]).toMatch(/more than the 0\.0 MiB allowed/);
    expect(importCapture(good, { maxPackets: 3 }).problems).toContain(
      "the capture has more than 3 packets: only the first 3 are read",
    );
    let now = 0;
    const slow = importCapture(good, { clock: () => (now += 1000), maxMs: 500 });
    expect(slow.problems).toContain("reading stopped after 0.5 s at packet 0 of 5 (time limit)");
  });

  it("an unsupported link type is named", () => {
    const r = importCapture(pcap([new Uint8Array(40)], 105));
    expect(r.problems[0]).toMatch(/^unsupported link type: IEEE 802\.11 Wi-Fi/);
  });
});

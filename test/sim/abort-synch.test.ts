/**
 * Ctrl+C mid-download as netkit-ftp's abort_remote does it: IAC IP IAC as TCP urgent data, then
 * DM ABOR in the normal stream; vsftpd reads "\377\364\377\362ABOR" as ABOR (postlogin.c).
 */
import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim/session";
import { transcript } from "@/lib/trace/transcript";
import { buildFrame } from "@/lib/pcap/frame";

const run = (config?: string) =>
  simulate({
    topology: "lan",
    client: { mode: "passive" },
    ...(config ? { server: { config } } : {}),
    commands: ["open server", "user anonymous x@y", "get pub/grande.iso", { interrupt: true, afterMs: 1500 }],
  }).trace;

describe("the client's side of ABOR", () => {
  it("sends Telnet IP as urgent data, then DM ABOR; vsftpd finishes the RETR (226), then 225", () => {
    const trace = run();
    const sent = trace.filter((e) => e.kind === "CommandSent" && e.from.host === "client");
    const i = sent.findIndex((e) => e.text === "\xff\xf4\xff");
    expect(i).toBeGreaterThan(0);
    expect(sent[i]!.flags).toBe("PSH,ACK,URG");
    expect(sent[i + 1]).toMatchObject({ text: "\xf2ABOR\r\n", verb: "ABOR", flags: "PSH,ACK" });
    const after = trace.filter(
      (e) => e.kind === "ReplySent" && e.to.host === "client" && e.seq > sent[i + 1]!.seq,
    );
    expect(after.slice(0, 2).map((e) => e.code)).toEqual([226, 225]);
    // netkit writes those bytes itself: no "---> ABOR" line, even in debug mode.
    const lines = transcript(trace, trace.length - 1, { verbose: true, explain: true, lang: "en" }).map(
      (l) => l.text,
    );
    expect(lines.some((l) => l.includes("ABOR") && l.startsWith("--->"))).toBe(false);
    expect(lines).toContain("waiting for remote to finish abort");
  });

  it("with async_abor_enable=YES vsftpd catches the urgent data mid-transfer: 426, then 226 ABOR successful.", () => {
    const trace = run("listen=YES\nanonymous_enable=YES\nasync_abor_enable=YES\n");
    const abor = trace.find((e) => e.kind === "CommandSent" && e.verb === "ABOR")!;
    const after = trace.filter((e) => e.kind === "ReplySent" && e.to.host === "client" && e.seq > abor.seq);
    expect(after.slice(0, 2).map((e) => e.text?.trim())).toEqual([
      "426 Failure writing network stream.",
      "226 ABOR successful.",
    ]);
  });

  it("a capture carries URG and the urgent pointer", () => {
    const frame = buildFrame({
      srcMac: new Uint8Array(6),
      dstMac: new Uint8Array(6),
      src: "192.168.1.10",
      dst: "192.168.1.20",
      srcPort: 50000,
      dstPort: 21,
      ttl: 64,
      ipId: 1,
      tcp: { psh: true, ack: true, urg: 3, seq: 1, ackNo: 1, window: 502 },
      payload: Uint8Array.of(255, 244, 255),
    })!;
    const tcp = 14 + 20;
    expect(frame[tcp + 13]).toBe(0x38);
    expect((frame[tcp + 18]! << 8) | frame[tcp + 19]!).toBe(3);
  });
});

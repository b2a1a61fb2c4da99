/**
 * The outcome of every topology preset × transfer mode × command, as the real systems behave:
 * vsftpd 3.0.3's rules, Linux NAT (with and without nf_nat_ftp), a stateful firewall, and a classic
 * netkit-style ftp client. Each row names what the learner should see in the replies that reach the
 * client, so a change of behaviour anywhere in the stack shows up here.
 */
import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim/session";
import type { TraceEntry } from "@/lib/trace/types";

type Mode = "active" | "passive" | "epsv";
type Outcome =
  | "ok"
  /** vsftpd refuses the private address in PORT; the client then sends the command anyway. */
  | "illegal-port"
  /** The server's connect to the client never completes (firewall): vsftpd gives up. */
  | "server-connect-fails"
  /** The client's connect to the advertised passive address never completes. */
  | "client-connect-times-out";

const COMMANDS = { ls: "ls", get: "get readme.txt", put: "put tarea.txt" } as const;

const EXPECTED: Record<string, Record<Mode, Outcome>> = {
  lan: { active: "ok", passive: "ok", epsv: "ok" },
  "client-nat": { active: "illegal-port", passive: "ok", epsv: "ok" },
  "client-nat-alg": { active: "ok", passive: "ok", epsv: "ok" },
  "client-firewall": { active: "server-connect-fails", passive: "ok", epsv: "ok" },
  "server-nat": { active: "ok", passive: "client-connect-times-out", epsv: "ok" },
  "server-nat-pasv-address": { active: "ok", passive: "ok", epsv: "ok" },
  "both-nat": { active: "illegal-port", passive: "client-connect-times-out", epsv: "ok" },
};

function run(topology: string, mode: Mode, command: string) {
  const { trace } = simulate({
    topology,
    client: { mode: mode === "active" ? "active" : "passive", epsv: mode === "epsv" },
    commands: ["open server", "user alumno alumno123", command],
  });
  const step = Math.max(...trace.map((e) => e.step));
  const inStep = trace.filter((e) => e.step === step);
  const replies = inStep
    .filter((e) => e.kind === "ReplySent" && e.to.host === "client")
    .map((e) => (e.text ?? "").trim());
  const sent = inStep.filter((e) => e.kind === "CommandSent" && e.from.host === "client").map((e) => e.verb);
  return { trace, inStep, replies, sent };
}

const has = (entries: readonly TraceEntry[], kind: string, host?: string) =>
  entries.some((e) => e.kind === kind && (host === undefined || e.from.host === host));

describe.each(Object.entries(EXPECTED))("topology %s", (topology, modes) => {
  describe.each(Object.entries(modes) as [Mode, Outcome][])("%s mode", (mode, outcome) => {
    it.each(Object.entries(COMMANDS))(`%s → ${outcome}`, (_name, command) => {
      const { inStep, replies, sent } = run(topology, mode, command);
      const last = replies[replies.length - 1] ?? "";
      switch (outcome) {
        case "ok":
          expect(replies.some((r) => r.startsWith("150"))).toBe(true);
          expect(last).toMatch(/^226 /);
          expect(has(inStep, "DataSent")).toBe(true);
          break;
        case "illegal-port":
          expect(replies[replies.length - 2]).toBe("500 Illegal PORT command.");
          expect(last).toBe("425 Use PORT or PASV first.");
          // No data connection is ever attempted.
          expect(inStep.some((e) => e.channel === "data" && e.kind === "SegmentSent")).toBe(false);
          break;
        case "server-connect-fails":
          expect(replies.some((r) => r.startsWith("200 PORT command successful"))).toBe(true);
          expect(last).toBe("425 Failed to establish connection.");
          expect(inStep.some((e) => e.kind === "SegmentDropped" && e.channel === "data")).toBe(true);
          break;
        case "client-connect-times-out":
          expect(sent).toContain("PASV");
          expect(replies.find((r) => r.startsWith("227"))).toContain("(10,0,0,5,");
          // The kernel's give-up (ConnectTimedOut) or the client's own connect timer, whichever is first.
          expect(
            has(inStep, "ConnectTimedOut", "client") ||
              inStep.some((e) => e.kind === "ClientPrinted" && e.note?.key === "client.err.connectTimeout"),
          ).toBe(true);
          expect(inStep.filter((e) => e.kind === "SegmentDropped").length).toBeGreaterThan(1);
          expect(replies.some((r) => r.startsWith("150"))).toBe(false);
          break;
      }
    });
  });
});

describe("determinism with the real engines", () => {
  it("gives a byte-identical trace for the same scenario, and another for another seed", () => {
    const scenario = {
      topology: "client-nat-alg",
      client: { mode: "active" as const },
      commands: ["open server", "user anonymous x@y", "ls", "get readme.txt", "bye"],
    };
    const a = JSON.stringify(simulate(scenario).trace);
    expect(JSON.stringify(simulate(scenario).trace)).toBe(a);
    expect(JSON.stringify(simulate({ ...scenario, seed: 2 }).trace)).not.toBe(a);
  });
});

describe("Ctrl+C during a transfer", () => {
  // netkit's abort_remote sends Telnet IP/Synch and ABOR, then reads the data connection to its end
  // (throwing the bytes away) before reading replies. vsftpd (async_abor_enable=NO, its default) does
  // not read the control connection during a transfer: it sends the rest of the file, 226 for the
  // RETR, and only then reads ABOR: 225, nothing to abort.
  it("sends ABOR; the rest of the file still crosses, then 226 for the RETR and 225 for ABOR", () => {
    const { trace } = simulate({
      topology: "lan",
      client: { mode: "passive" },
      commands: [
        "open server",
        "user anonymous x@y",
        "get pub/grande.iso",
        { interrupt: true, afterMs: 1500 },
        "pwd",
      ],
    });
    const abor = trace.find(
      (e) => e.kind === "CommandSent" && e.verb === "ABOR" && e.from.host === "client",
    )!;
    expect(abor).toBeDefined();
    const toClient = trace.filter((e) => e.kind === "DataSent" && e.to.host === "client");
    const before = toClient.filter((e) => e.seq < abor.seq).reduce((n, e) => n + (e.bytes ?? 0), 0);
    const all = toClient.reduce((n, e) => n + (e.bytes ?? 0), 0);
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(3 * 1024 * 1024);
    expect(all).toBe(3 * 1024 * 1024);
    const replies = trace
      .filter((e) => e.kind === "ReplySent" && e.to.host === "client" && e.seq > abor.seq)
      .map((e) => e.text?.trim());
    expect(replies.slice(0, 2)).toEqual(["226 Transfer complete.", "225 No transfer to ABOR."]);
    // The drained bytes are thrown away: the statistics count what arrived before Ctrl+C.
    const stats = trace.find((e) => e.kind === "ClientPrinted" && /bytes received/.test(e.text ?? ""));
    expect(Number(/^(\d+)/.exec(stats?.text ?? "")?.[1])).toBe(before);
    // The session goes on: the next command is answered.
    expect(trace.some((e) => e.kind === "ReplySent" && e.code === 257)).toBe(true);
  });
});

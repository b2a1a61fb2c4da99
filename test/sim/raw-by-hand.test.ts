import { describe, expect, it } from "vitest";
import { parseScenario, simulate } from "@/lib/sim/session";
import type { TraceEntry } from "@/lib/trace/types";

/*
 * Issue 15, item 10: in `nc server 21` the learner opens the data connection by hand, as with a second
 * nc in another terminal, and vsftpd's own timeouts (accept_timeout, data_connection_timeout) apply as
 * on a real vsftpd 3.0.3 (defaults 60 s and 300 s).
 */

function run(topology: string, commands: string[], conf?: string): readonly TraceEntry[] {
  const parsed = parseScenario({
    topology,
    client: { mode: "passive" },
    commands,
    ...(conf ? { server: { config: conf } } : {}),
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return simulate(parsed.scenario).trace;
}

const replies = (trace: readonly TraceEntry[]) =>
  trace.filter((e) => e.kind === "ReplySent" && e.to.host === "client").map((e) => e.code);
const printed = (trace: readonly TraceEntry[]) =>
  trace.filter((e) => e.kind === "ClientPrinted").map((e) => e.text ?? "");
const passivePort = (trace: readonly TraceEntry[]) => {
  const r = trace.find((e) => e.kind === "ReplySent" && e.code === 227 && e.to.host === "client")!;
  const [p1, p2] = /,(\d+),(\d+)\)/.exec(r.text!)!.slice(1).map(Number);
  return p1! * 256 + p2!;
};
const login = ["nc server 21", "USER anonymous", "PASS x@y", "PASV"];

describe("raw mode: a data connection opened by hand", () => {
  for (const topology of ["lan", "client-nat"])
    it(`nc server <port> after PASV receives the listing; 150 and 226 come on the control (${topology})`, () => {
      const port = passivePort(run(topology, login));
      const trace = run(topology, [...login, `nc server ${port}`, "LIST", "QUIT"]);
      expect(replies(trace)).toEqual([220, 331, 230, 227, 150, 226, 221]);
      // The typed nc line opened a TCP connection (a SYN on the data channel), it was not sent as a command.
      expect(trace.some((e) => e.kind === "CommandSent" && /^nc /.test(e.text ?? ""))).toBe(false);
      expect(trace.some((e) => e.kind === "SegmentSent" && e.channel === "data" && e.flags === "SYN")).toBe(
        true,
      );
      // What arrived on the data connection is printed, whole lines, as the second nc would.
      expect(printed(trace).join("\n")).toMatch(/^drwx.* pub$/m);
      expect(trace.some((e) => e.note?.key === "client.note.rawDataClosed")).toBe(true);
    });

  it("a port nobody listens on is refused, as nc reports it", () => {
    const trace = run("lan", [...login, "nc server 9", "QUIT"]);
    expect(printed(trace)).toContain("nc: connect to server port 9 (tcp) failed: Connection refused");
    expect(replies(trace)).toEqual([220, 331, 230, 227, 221]);
  });

  it("LIST with no data connection: the note says what the server waits for", () => {
    const trace = run("lan", [...login, "LIST"]);
    const port = passivePort(trace);
    const note = trace.find((e) => e.note?.key === "client.note.rawAwaitsData");
    expect(note?.note?.params).toMatchObject({ port, host: "server" });
  });
});

describe("raw mode: vsftpd's timeouts", () => {
  it("accept_timeout (60 s): nothing before, 425 after; the buffered QUIT is then answered", () => {
    const early = run("lan", [...login, "LIST", "QUIT", "wait 58"]);
    expect(replies(early)).toEqual([220, 331, 230, 227]);
    const trace = run("lan", [...login, "LIST", "QUIT", "wait 61"]);
    expect(replies(trace)).toEqual([220, 331, 230, 227, 425, 221]);
    const list = trace.find((e) => e.kind === "CommandSent" && e.text === "LIST\r\n")!;
    const r425 = trace.find((e) => e.kind === "ReplySent" && e.code === 425)!;
    expect(r425.t - list.t).toBeGreaterThanOrEqual(60_000);
    expect(r425.t - list.t).toBeLessThan(61_000);
  });

  it("accept_timeout from vsftpd.conf applies too", () => {
    const trace = run(
      "lan",
      [...login, "LIST", "wait 11"],
      "listen=YES\nanonymous_enable=YES\naccept_timeout=10\n",
    );
    expect(replies(trace)).toEqual([220, 331, 230, 227, 425]);
  });

  it("data_connection_timeout (300 s): a STOR whose data never comes ends the session with 421", () => {
    const base = [...login];
    const port = passivePort(run("lan", base));
    const cmds = [...base, `nc server ${port}`, "STOR upload/up.txt"];
    const conf = "listen=YES\nanonymous_enable=YES\nwrite_enable=YES\nanon_upload_enable=YES\n";
    expect(replies(run("lan", [...cmds, "wait 299"], conf))).not.toContain(421);
    const trace = run("lan", [...cmds, "wait 301"], conf);
    const last = trace.filter((e) => e.kind === "ReplySent" && e.to.host === "client").at(-1)!;
    expect(last.code).toBe(421);
    expect(last.text).toMatch(/Data timeout/);
  });
});

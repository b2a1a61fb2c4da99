/**
 * Stepping by command: a simulated trace steps by the lines typed at the client; a real server's
 * session (watched live, or imported), where nobody typed, steps by the commands the client sent,
 * and the counter says which one the cursor is in.
 */
import { describe, expect, it } from "vitest";
import { commandAt, commandBack, commandForward } from "@/components/controls/stepping";
import type { TraceEntry } from "@/lib/trace/types";

const client = { host: "client", addr: "127.0.0.1", port: 40000 };
const server = { host: "server", addr: "127.0.0.1", port: 2121 };
let seq = 0;
const e = (kind: TraceEntry["kind"], step: number, extra: object = {}): TraceEntry =>
  ({ seq: seq++, t: seq, step, layer: "ftp", from: client, to: server, kind, ...extra }) as TraceEntry;

describe("stepping a real server's session (nobody typed)", () => {
  seq = 0;
  const real: TraceEntry[] = [
    e("SegmentSent", -1, { flags: "SYN", layer: "tcp" }),
    e("SegmentSent", -1, { flags: "SYN,ACK", layer: "tcp" }),
    e("SegmentSent", -1, { flags: "ACK", layer: "tcp" }),
    e("ReplySent", -1, { code: 220 }),
    e("CommandSent", 0, { verb: "USER" }), // 4
    e("ReplySent", 0, { code: 331 }),
    e("CommandSent", 1, { verb: "PASS" }), // 6
    e("ReplySent", 1, { code: 230 }),
    e("CommandSent", 2, { verb: "QUIT" }), // 8
    e("ReplySent", 2, { code: 221 }),
    e("SegmentSent", 2, { flags: "FIN,ACK", layer: "tcp" }),
  ];

  it("counts the client's commands and says which one the cursor is in", () => {
    expect(commandAt(real, 0)).toEqual({ index: -1, total: 3 });
    expect(commandAt(real, 5)).toEqual({ index: 0, total: 3 });
    expect(commandAt(real, 10)).toEqual({ index: 2, total: 3 });
  });

  it("moves to the end of each command and back", () => {
    expect(commandForward(real, 0)).toBe(3); // the banner, before the first command
    expect(commandForward(real, 3)).toBe(5);
    expect(commandForward(real, 5)).toBe(7);
    expect(commandForward(real, 7)).toBe(10);
    expect(commandBack(real, 10)).toBe(7);
    expect(commandBack(real, 7)).toBe(5);
  });

  it("counts the same without the step numbers (an imported ftpd trace has step -1 throughout)", () => {
    const flat = real.map((x) => ({ ...x, step: -1 }));
    expect(commandAt(flat, 6)).toEqual({ index: 1, total: 3 });
  });
});

describe("stepping a simulated session", () => {
  seq = 0;
  const sim: TraceEntry[] = [
    e("CommandTyped", 0, { layer: "client", from: { host: "client" }, to: { host: "client" } }),
    e("CommandSent", 0, { verb: "USER" }),
    e("ReplySent", 0, { code: 331 }),
    e("CommandTyped", 1, { layer: "client", from: { host: "client" }, to: { host: "client" } }),
    e("CommandSent", 1, { verb: "PASS" }),
    e("CommandSent", 1, { verb: "SYST" }), // the client's own command: still the same typed line
    e("ReplySent", 1, { code: 215 }),
  ];

  it("steps by typed lines, not by the commands the client sent", () => {
    expect(commandAt(sim, 5)).toEqual({ index: 1, total: 2 });
    expect(commandForward(sim, 0)).toBe(2);
    expect(commandForward(sim, 2)).toBe(6);
    expect(commandBack(sim, 6)).toBe(2);
  });
});

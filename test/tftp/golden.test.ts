/**
 * Golden traces of TFTP sessions: clean transfers, a lost DATA, a lost ACK, ERROR 1, and the
 * firewall that drops the reply from the server's new port unless the TFTP helper expects it.
 * Regenerate on purpose with `npx vitest run test/tftp/golden.test.ts -u`, then review the diff.
 */
import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim/session";
import type { Scenario } from "@/lib/sim/scenario";
import type { TraceEntry } from "@/lib/trace/types";
import { render } from "./render";

const tftp = (s: Partial<Scenario> & { commands: Scenario["commands"] }): Scenario => ({
  topology: "lan",
  protocol: "tftp",
  ...s,
});

const sent = (trace: readonly TraceEntry[], text: string) =>
  trace.filter((e) => e.kind === "DatagramSent" && e.text === text);
const notes = (trace: readonly TraceEntry[], key: string) => trace.filter((e) => e.note?.key === key);
const printed = (trace: readonly TraceEntry[]) =>
  trace.filter((e) => e.kind === "ClientPrinted" && e.rule !== "prompt").map((e) => e.text);

/** logo.bin is 2048 bytes: four full blocks, then the empty block that ends the transfer. */
const GET_LOGO = ["connect server", "verbose", "binary", "get pub/logo.bin"];

describe("tftp golden traces", () => {
  it("a clean get: RRQ to 69, DATA from a new port, lock-step ACKs, an empty last block", async () => {
    const { trace } = simulate(tftp({ commands: GET_LOGO }));
    await expect(render(trace) + "\n").toMatchFileSnapshot("golden/get-clean.txt");
    const rrq = sent(trace, 'RRQ "pub/logo.bin" octet')[0]!;
    expect(rrq.to.port).toBe(69);
    const data1 = sent(trace, "DATA block 1 (512 bytes)")[0]!;
    expect(data1.from.port).not.toBe(69);
    expect(sent(trace, "DATA block 5 (0 bytes)")).toHaveLength(1);
    expect(sent(trace, "ACK block 5")).toHaveLength(1);
    expect(printed(trace)).toContain("getting from server:pub/logo.bin to logo.bin [octet]");
    expect(printed(trace).at(-1)).toMatch(/^Received 2048 bytes in 0\.0 seconds \[\d+ bit\/s\]$/);
  });

  it("a clean put: WRQ, ACK 0 from a new port, DATA blocks, the server stores the file", async () => {
    const { trace } = simulate(
      tftp({ tftp: { server: { create: true } }, commands: ["connect server", "put tarea.txt"] }),
    );
    await expect(render(trace) + "\n").toMatchFileSnapshot("golden/put-clean.txt");
    expect(sent(trace, 'WRQ "tarea.txt" netascii')).toHaveLength(1);
    expect(sent(trace, "ACK block 0")[0]!.from.port).not.toBe(69);
    expect(notes(trace, "tftp.server.stored")).toHaveLength(1);
    expect(notes(trace, "tftp.note.completed.put")).toHaveLength(1);
  });

  it("a lost DATA is sent again only when the server's timer expires", async () => {
    // On the lan link: 1 RRQ, 2 DATA 1, 3 ACK 1, 4 DATA 2 (lost).
    const { trace } = simulate(tftp({ commands: GET_LOGO, loss: { lan: [4] } }));
    await expect(render(trace) + "\n").toMatchFileSnapshot("golden/get-lost-data.txt");
    const drops = trace.filter((e) => e.kind === "SegmentDropped");
    expect(drops.map((d) => [d.text, d.rule])).toEqual([["DATA block 2 (512 bytes)", "loss:lan#4"]]);
    const data2 = sent(trace, "DATA block 2 (512 bytes)");
    expect(data2).toHaveLength(2);
    expect(data2[1]!.t - data2[0]!.t).toBe(1000);
    expect(notes(trace, "tftp.note.retransmit")[0]!.note!.params).toMatchObject({
      what: "DATA block 2 (512 bytes)",
    });
  });

  it("a lost ACK: the server repeats the DATA, the client re-ACKs it, no block is doubled", async () => {
    // 5 = ACK 2 (lost).
    const { trace } = simulate(tftp({ commands: GET_LOGO, loss: { lan: [5] } }));
    await expect(render(trace) + "\n").toMatchFileSnapshot("golden/get-lost-ack.txt");
    expect(sent(trace, "DATA block 2 (512 bytes)")).toHaveLength(2);
    expect(notes(trace, "tftp.note.dupData")).toHaveLength(1);
    expect(sent(trace, "ACK block 2")).toHaveLength(2);
    // No Sorcerer's Apprentice: every later block crosses exactly once.
    for (const b of [3, 4]) expect(sent(trace, `DATA block ${b} (512 bytes)`)).toHaveLength(1);
    expect(sent(trace, "DATA block 5 (0 bytes)")).toHaveLength(1);
  });

  it("a duplicate ACK never triggers a DATA (put with a lost block: the server re-ACKs, the client waits)", async () => {
    // put logo.bin-sized data: 1 WRQ, 2 ACK 0, 3 DATA 1, 4 ACK 1, 5 DATA 2 (lost).
    const big = "x".repeat(1500);
    const { trace } = simulate(
      tftp({
        client: { files: { "big.txt": big } },
        tftp: { server: { create: true } },
        commands: ["connect server", "binary", "put big.txt"],
        loss: { lan: [5] },
      }),
    );
    await expect(render(trace) + "\n").toMatchFileSnapshot("golden/put-lost-data.txt");
    const ignored = notes(trace, "tftp.note.dupAckIgnored");
    expect(ignored.length).toBeGreaterThanOrEqual(1);
    const data2 = sent(trace, "DATA block 2 (512 bytes)");
    expect(data2).toHaveLength(2);
    // The second DATA 2 comes from the client's own timer (5 s), not from the duplicate ACK.
    expect(data2[1]!.t - data2[0]!.t).toBe(5000);
    expect(data2[1]!.t).toBeGreaterThan(ignored[0]!.t);
  });

  it("file not found: ERROR 1 from a new port ends the transfer", async () => {
    const { trace } = simulate(tftp({ commands: ["connect server", "get nosuch.txt"] }));
    await expect(render(trace) + "\n").toMatchFileSnapshot("golden/get-not-found.txt");
    const err = sent(trace, "ERROR 1 File not found")[0]!;
    expect(err.from.port).not.toBe(69);
    expect(printed(trace)).toContain("Error code 1: File not found");
  });

  it("a stateful firewall drops the reply from the new port; the client times out", async () => {
    const { trace } = simulate(
      tftp({ topology: "client-firewall", commands: ["connect server", "get readme.txt"] }),
    );
    await expect(render(trace) + "\n").toMatchFileSnapshot("golden/firewall-no-helper.txt");
    const drops = trace.filter((e) => e.kind === "SegmentDropped");
    expect(drops.length).toBeGreaterThan(0);
    expect(drops.every((d) => d.rule === "fw:client-router:default-drop")).toBe(true);
    expect(drops[0]!.note!.key).toBe("tftp.net.newPortFirewall");
    expect(drops[0]!.text).toBe("DATA block 1 (210 bytes)");
    expect(printed(trace)).toContain("Transfer timed out.");
  });

  it("meanwhile each server child retransmits with a doubling wait and quits at 63 s without an ERROR", () => {
    const { trace } = simulate(
      tftp({ topology: "client-firewall", commands: ["connect server", "get readme.txt", "wait 70"] }),
    );
    // Each child keeps trying with a doubling wait (tftpd-hpa: 1, 2, 4, 8, 16 s), then quits at 63 s
    // without an ERROR; the client gave up at 25 s (5 s × 5). Every repeated RRQ forked a child of its own.
    const isData1 = (e: TraceEntry) => e.kind === "DatagramSent" && e.text === "DATA block 1 (210 bytes)";
    const firstChild = trace.find(isData1)!.from.port;
    const data1 = trace.filter((e) => isData1(e) && e.from.port === firstChild && e.from.host === "server");
    const t0 = data1[0]!.t;
    expect(data1.map((e) => e.t - t0)).toEqual([0, 1000, 3000, 7000, 15000, 31000]);
    expect(notes(trace, "tftp.server.forked")).toHaveLength(5);
    const closed = notes(trace, "tftp.server.closed.gaveUp").find(
      (e) => e.note!.params!.port === firstChild,
    )!;
    expect(closed.t - t0).toBe(63000);
    expect(trace.some((e) => e.kind === "DatagramSent" && e.text?.startsWith("ERROR"))).toBe(false);
  });

  it("with the TFTP helper the reply passes as RELATED", async () => {
    const { trace } = simulate(
      tftp({ topology: "client-firewall", alg: true, commands: ["connect server", "get readme.txt"] }),
    );
    await expect(render(trace) + "\n").toMatchFileSnapshot("golden/firewall-helper.txt");
    expect(trace.filter((e) => e.kind === "SegmentDropped")).toEqual([]);
    expect(notes(trace, "tftp.net.expectation")).toHaveLength(1);
    expect(notes(trace, "tftp.note.completed.get")).toHaveLength(1);
  });

  it("behind a NAT without the helper the reply has no mapping; with it, it is translated", () => {
    const off = simulate(
      tftp({ topology: "client-nat", commands: ["connect server", "get readme.txt"] }),
    ).trace;
    expect(off.find((e) => e.kind === "SegmentDropped")!.note!.key).toBe("tftp.net.newPortNat");
    const on = simulate(
      tftp({ topology: "client-nat", alg: true, commands: ["connect server", "get readme.txt"] }),
    ).trace;
    expect(notes(on, "tftp.net.natRelated")).toHaveLength(1);
    expect(notes(on, "tftp.note.completed.get")).toHaveLength(1);
  });

  it("through a server-side NAT the forwarded request is answered (udp 69 is forwarded)", () => {
    const { trace } = simulate(
      tftp({ topology: "server-nat", commands: ["connect server", "get readme.txt"] }),
    );
    expect(notes(trace, "tftp.note.completed.get")).toHaveLength(1);
  });
});

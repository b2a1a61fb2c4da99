import { describe, expect, it } from "vitest";
import { Simulation } from "@/lib/sim/simulation";
import { oneLink, tinyClient, tinyServer } from "./fakes";

const make = (seed = 1) => {
  const client = tinyClient();
  const sim = new Simulation({
    network: oneLink(),
    server: { listenPort: 21, createSession: () => tinyServer() },
    client,
    seed,
    bandwidth: 100_000,
  });
  return { sim, client };
};

describe("scheduler and TCP model", () => {
  it("draws the three-way handshake before the greeting, with consistent sequence numbers", () => {
    const { sim } = make();
    sim.type("open");
    const t = sim.trace;
    const segs = t.filter((e) => e.kind === "SegmentSent").map((e) => e.flags);
    expect(segs.slice(0, 3)).toEqual(["SYN", "SYN,ACK", "ACK"]);
    const [syn, synAck, ack] = t.filter((e) => e.kind === "SegmentSent");
    expect(synAck!.ackNo).toBe(syn!.seqNo! + 1);
    expect(ack!.ackNo).toBe(synAck!.seqNo! + 1);
    const greeting = t.find((e) => e.kind === "ReplySent");
    expect(greeting).toMatchObject({
      code: 220,
      text: "220 hello\r\n",
      from: { host: "server" },
      to: { host: "client" },
    });
    expect(greeting!.seq).toBeGreaterThan(ack!.seq);
  });

  it("is deterministic: same seed, same trace; another seed, other ports", () => {
    const run = (seed: number) => {
      const { sim } = make(seed);
      for (const l of ["open", "NOOP", "QUIT"]) sim.type(l);
      return JSON.stringify(sim.trace);
    };
    expect(run(5)).toBe(run(5));
    expect(run(5)).not.toBe(run(6));
  });

  it("tears the control connection down with FIN in both directions after QUIT", () => {
    const { sim } = make();
    sim.type("open");
    sim.type("QUIT");
    const flags = sim.trace.filter((e) => e.kind === "SegmentSent").map((e) => e.flags);
    expect(flags.slice(-3)).toEqual(["FIN,ACK", "FIN,ACK", "ACK"]);
    expect(sim.trace.filter((e) => e.kind === "CommandSent").map((e) => e.verb)).toEqual(["QUIT"]);
  });

  it("paces a large transfer over simulated time and delivers every byte before the final reply", () => {
    const { sim, client } = make();
    sim.type("open");
    const start = sim.time;
    sim.type("SEND");
    expect(client.received).toBe(200_000);
    const data = sim.trace.filter((e) => e.kind === "DataSent");
    expect(data.reduce((n, e) => n + (e.bytes ?? 0), 0)).toBe(200_000);
    // 200 kB at 100 kB/s take about two simulated seconds.
    expect(sim.time - start).toBeGreaterThan(1500);
    const last226 = sim.trace.find((e) => e.code === 226)!;
    expect(last226.t).toBeGreaterThanOrEqual(data[data.length - 1]!.t);
  });

  it("answers a SYN to a closed port with RST and tells the connecting engine", () => {
    const { sim } = make();
    sim.type("open");
    sim.type("SEND 5000"); // nobody listens on the client's port 5000
    const refused = sim.trace.find((e) => e.kind === "ConnectionRefused");
    expect(refused).toMatchObject({ from: { host: "client", port: 5000 }, note: { key: "sim.refused" } });
    expect(sim.trace.some((e) => e.kind === "SegmentSent" && e.flags === "RST,ACK")).toBe(true);
    expect(sim.trace.find((e) => e.code === 425)?.text).toBe("425 refused\r\n");
  });

  it("a connect to an address nobody has retransmits the SYN and then times out", () => {
    const client = tinyClient();
    const sim = new Simulation({
      network: { ...oneLink(), resolve: () => "192.0.2.99" },
      server: { listenPort: 21, createSession: () => tinyServer() },
      client,
      seed: 1,
      bandwidth: 1e6,
    });
    sim.type("open");
    const drops = sim.trace.filter((e) => e.kind === "SegmentDropped");
    expect(drops.length).toBe(7); // the SYN and its six retransmissions
    expect(sim.trace.some((e) => e.kind === "ConnectTimedOut")).toBe(true);
    expect(sim.trace.some((e) => e.kind === "ClientPrinted" && e.text === "failed")).toBe(true);
    expect(sim.ready).toBe(true);
  });
});

describe("connect timeout", () => {
  it("gives up like Linux: six SYN retransmissions, about 127 s after the first SYN", () => {
    const sim = new Simulation({
      network: { ...oneLink(), resolve: () => "192.0.2.99" },
      server: { listenPort: 21, createSession: () => tinyServer() },
      client: tinyClient(),
      seed: 1,
      bandwidth: 1e6,
    });
    sim.type("open");
    const first = sim.trace.find((e) => e.kind === "SegmentDropped")!;
    const timedOut = sim.trace.find((e) => e.kind === "ConnectTimedOut")!;
    expect(timedOut.t - first.t).toBe(127_000);
  });
});

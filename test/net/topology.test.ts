import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inCidr, isPrivate, parseIpv4, formatIpv4 } from "@/lib/net/ipv4";
import { ADDR, PRESET_NAMES, preset } from "@/lib/net/presets";
import { addressOn, hostOfAddress, resolveName } from "@/lib/net/topology";
import { createSimNetwork } from "@/lib/net/port";
import { emptyNetState, natMappings } from "@/lib/net/state";
import { transmit } from "@/lib/net/transmit";
import { ep, seg } from "./harness";

describe("addresses", () => {
  it("knows the private ranges", () => {
    for (const a of ["10.0.0.5", "172.16.0.1", "172.31.255.255", "192.168.1.10"])
      expect(isPrivate(a), a).toBe(true);
    for (const a of ["172.32.0.1", "203.0.113.1", "198.51.100.20", "11.0.0.1", "nonsense"])
      expect(isPrivate(a), a).toBe(false);
  });

  it("tests prefixes, /0 and /32 included", () => {
    expect(inCidr("203.0.113.130", "203.0.113.128/25")).toBe(true);
    expect(inCidr("203.0.113.1", "203.0.113.128/25")).toBe(false);
    expect(inCidr("1.2.3.4", "0.0.0.0/0")).toBe(true);
    expect(inCidr("1.2.3.4", "1.2.3.4/32")).toBe(true);
    expect(inCidr("1.2.3.4", "1.2.3.4/33")).toBe(false);
  });

  it("round-trips dotted quads", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 0xffffffff }), (n) => parseIpv4(formatIpv4(n)) === n));
    expect(parseIpv4("01.2.3.4")).toBeUndefined();
  });
});

describe("topology queries", () => {
  const topo = preset("both-nat", { victim: true });

  it("finds hosts by address and addresses by link", () => {
    expect(hostOfAddress(topo, ADDR.serverRouterOut)).toBe("server-router");
    expect(hostOfAddress(topo, ADDR.server, "internet")).toBeUndefined();
    expect(addressOn(topo, "client-router", "internet")).toBe(ADDR.clientRouterOut);
    expect(addressOn(topo, "client-router", "client-lan")).toBe(ADDR.clientGw);
  });

  it("resolves names per asker: the router's public address from outside, the LAN address from inside", () => {
    expect(resolveName(topo, "server", "client")).toBe(ADDR.serverRouterOut);
    expect(resolveName(topo, "server", "server-router")).toBe(ADDR.server);
    expect(resolveName(topo, "victim", "server")).toBe(ADDR.victim);
    expect(resolveName(topo, "1.2.3.4")).toBe("1.2.3.4");
    expect(resolveName(topo, "nowhere")).toBeUndefined();
  });
});

describe("the network as the scheduler sees it", () => {
  it("threads state and reports NAT rewrites per hop", () => {
    const net = createSimNetwork(preset("client-nat"));
    expect(net.addressOf("client")).toBe(ADDR.client);
    expect(net.resolve("client", "server")).toBe(ADDR.serverPublic);
    const r = net.send(
      "client",
      seg(ep(ADDR.client, 50000), ep(ADDR.serverPublic, 21), { syn: true }, 1, 0),
      0,
    );
    expect(r.hops.map((h) => [h.from, h.to, h.departAt, h.arriveAt])).toEqual([
      ["client", "client-router", 0, 1],
      ["client-router", "server", 1, 21],
    ]);
    expect(r.hops[0]?.rewrites[0]).toMatchObject({
      at: "client-router",
      rule: "nat:client-router:masquerade",
    });
    expect(natMappings(net.state(), "client-router")).toHaveLength(1);
  });

  it("masquerades a second client port that would clash onto a fresh port, deterministically", () => {
    const topo = preset("client-nat");
    const s0 = emptyNetState(7);
    const a = transmit(
      topo,
      s0,
      "client",
      seg(ep(ADDR.client, 50000), ep(ADDR.serverPublic, 21), { syn: true }, 1, 0),
      0,
    );
    // Same source port and destination from another inside address would share the outside tuple.
    const topo2 = {
      ...topo,
      hosts: [
        ...topo.hosts,
        {
          name: "laptop",
          role: "client" as const,
          ifaces: [{ link: "client-lan", addr: "192.168.1.11" }],
          gateway: ADDR.clientGw,
        },
      ],
    };
    const b = transmit(
      topo2,
      a.state,
      "laptop",
      seg(ep("192.168.1.11", 50000), ep(ADDR.serverPublic, 21), { syn: true }, 1, 0),
      0,
    );
    const again = transmit(
      topo2,
      a.state,
      "laptop",
      seg(ep("192.168.1.11", 50000), ep(ADDR.serverPublic, 21), { syn: true }, 1, 0),
      0,
    );
    expect(b.outcome.kind === "delivered" && b.outcome.packet.src.port).not.toBe(50000);
    expect(again).toEqual(b);
    const note = b.hops[0]?.events[0];
    expect(note?.type === "NatTranslated" && note.note.key).toBe("net.natMasqueradedNewPort");
  });

  it("never throws and is deterministic on arbitrary packets from any host of any preset", () => {
    const addrs = [
      ADDR.client,
      ADDR.server,
      ADDR.serverPublic,
      ADDR.serverRouterOut,
      ADDR.clientRouterOut,
      ADDR.victim,
      "8.8.8.8",
      "172.16.0.1",
      "bogus",
    ];
    const packet = fc.record({
      proto: fc.constantFrom("tcp" as const, "udp" as const),
      src: fc.record({ addr: fc.constantFrom(...addrs), port: fc.integer({ min: 0, max: 65535 }) }),
      dst: fc.record({ addr: fc.constantFrom(...addrs), port: fc.constantFrom(20, 21, 40000, 50000, 65535) }),
      flags: fc.record({ syn: fc.boolean(), ack: fc.boolean(), fin: fc.boolean(), rst: fc.boolean() }),
      seq: fc.integer({ min: 0, max: 0xffffffff }),
      ack: fc.integer({ min: 0, max: 0xffffffff }),
      payload: fc
        .constantFrom("", "PORT 192,168,1,10,195,80\r\n", "227 (10,0,0,5,156,64)\r\n", "229 (|||1|)\r\n")
        .map((t) => new Uint8Array([...t].map((c) => c.charCodeAt(0)))),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...PRESET_NAMES),
        fc.array(fc.tuple(fc.constantFrom("client", "server", "client-router", "victim", "ghost"), packet), {
          maxLength: 8,
        }),
        (name, sends) => {
          const topo = preset(name, { alg: true, firewall: true, victim: true });
          const run = () =>
            sends.reduce((s, [from, p]) => transmit(topo, s, from, p, 0).state, emptyNetState());
          expect(run()).toEqual(run());
        },
      ),
      { numRuns: 200 },
    );
  });
});

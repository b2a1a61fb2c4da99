import { describe, expect, it } from "vitest";
import { ADDR, preset } from "@/lib/net/presets";
import { aSends, ep, Net, openFtp, seg } from "./harness";

const syn = (from: string, to: string, port: number) =>
  seg(ep(from, 40001), ep(to, port), { syn: true }, 1, 0);

describe("unanswered destinations end in a drop that says why", () => {
  it("a public address nobody has dies on the internet side of the client's router", () => {
    const net = new Net(preset("client-nat"));
    const r = net.send("client", syn(ADDR.client, "8.8.8.8", 21));
    expect(r.outcome).toMatchObject({ kind: "dropped", at: "client-router", rule: "route:no-host" });
    expect(r.hops.map((h) => h.to)).toEqual(["client-router"]);
  });

  it("an absent address on the client's own LAN is nobody's", () => {
    const net = new Net(preset("client-nat"));
    const r = net.send("client", syn(ADDR.client, "192.168.1.99", 21));
    expect(r.outcome).toMatchObject({ kind: "dropped", at: "client", rule: "route:no-host" });
  });

  it("a port the server's router does not forward is unsolicited there", () => {
    const net = new Net(preset("server-nat"));
    const r = net.send("client", syn(ADDR.clientPublic, ADDR.serverRouterOut, 8080));
    expect(r.outcome).toMatchObject({
      kind: "dropped",
      at: "server-router",
      rule: "nat:server-router:no-mapping",
    });
  });

  it("a host that does not exist cannot send", () => {
    const net = new Net(preset("lan"));
    expect(net.send("ghost", syn("1.2.3.4", ADDR.lanServer, 21)).outcome).toMatchObject({
      kind: "dropped",
      rule: "route:unknown-host",
    });
  });

  it("hop times add up the links' latencies", () => {
    const net = new Net(preset("both-nat"));
    net.now = 1000;
    const r = net.send("client", syn(ADDR.client, ADDR.serverRouterOut, 21));
    expect(r.hops.map((h) => [h.from, h.to, h.departAt, h.arriveAt])).toEqual([
      ["client", "client-router", 1000, 1001],
      ["client-router", "server-router", 1001, 1021],
      ["server-router", "server", 1021, 1022],
    ]);
  });
});

describe("expectations expire", () => {
  it("a data connection five minutes after its PORT is no longer related", () => {
    const net = new Net(preset("client-nat-alg"));
    const f = openFtp(net, "client", ep(ADDR.client, 51000), ep(ADDR.serverPublic, 21), "server");
    aSends(net, f, "PORT 192,168,1,10,195,80\r\n");
    net.now += 300_001;
    const r = net.send(
      "server",
      seg(ep(ADDR.serverPublic, 20), ep(ADDR.clientRouterOut, 50000), { syn: true }, 1, 0),
    );
    expect(r.outcome).toMatchObject({ kind: "dropped", rule: "nat:client-router:no-mapping" });
  });
});

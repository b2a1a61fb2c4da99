import { describe, expect, it } from "vitest";
import { ADDR, preset } from "@/lib/net/presets";
import { aSends, bSends, ep, Net, openFtp, seg, textOf } from "./harness";

const CRLF = "\r\n";
const serverSyn = (dstPort: number, to: string = ADDR.fwClient) =>
  seg(ep(ADDR.serverPublic, 20), ep(to, dstPort), { syn: true }, 9000, 0);

function session(alg: boolean) {
  const net = new Net(preset("client-firewall", { alg }));
  const f = openFtp(net, "client", ep(ADDR.fwClient, 51000), ep(ADDR.serverPublic, 21), "server");
  return { net, f };
}

describe("stateful firewall (client-firewall)", () => {
  it("drops a new inbound connection and names the rule", () => {
    const { net } = session(false);
    const r = net.send("server", serverSyn(50000));
    expect(r.outcome).toMatchObject({
      kind: "dropped",
      at: "client-router",
      rule: "fw:client-router:default-drop",
    });
    expect(r.outcome.kind === "dropped" && r.outcome.note).toMatchObject({
      key: "net.fwDroppedNew",
      params: { router: "client-router", src: `${ADDR.serverPublic}:20`, dst: `${ADDR.fwClient}:50000` },
    });
  });

  it("lets the replies of an established connection in, saying so", () => {
    const { net, f } = session(false);
    aSends(net, f, `NOOP${CRLF}`);
    const r = net.send(
      "server",
      seg(f.bTuple.src, f.bTuple.dst, { ack: true, psh: true }, f.bNext, f.bRcv, `200 NOOP ok.${CRLF}`),
    );
    expect(r.outcome).toMatchObject({ kind: "delivered", host: "client" });
    const verdicts = r.hops.flatMap((h) => h.events).filter((e) => e.type === "FirewallAccepted");
    expect(verdicts.map((v) => v.type === "FirewallAccepted" && v.rule)).toEqual([
      "fw:client-router:established",
    ]);
  });

  it("without the helper, the active-mode data connection announced by PORT is still dropped", () => {
    const { net, f } = session(false);
    aSends(net, f, `PORT 203,0,113,130,195,80${CRLF}`);
    expect(net.send("server", serverSyn(50000)).outcome).toMatchObject({
      kind: "dropped",
      rule: "fw:client-router:default-drop",
    });
  });

  it("with the helper, the announced data connection is RELATED and allowed (PORT left as it is: no NAT)", () => {
    const { net, f } = session(true);
    const port = aSends(net, f, `PORT 203,0,113,130,195,80${CRLF}`);
    expect(textOf(port)).toBe(`PORT 203,0,113,130,195,80${CRLF}`);
    const r = net.send("server", serverSyn(50000));
    expect(r.outcome).toMatchObject({ kind: "delivered", host: "client" });
    const rules = r.hops
      .flatMap((h) => h.events)
      .flatMap((e) => (e.type === "FirewallAccepted" ? [e.rule] : []));
    expect(rules).toEqual(["fw:client-router:related"]);
    // Only the announced port: a neighbouring one is still new and unwanted.
    expect(net.send("server", serverSyn(50001)).outcome.kind).toBe("dropped");
  });

  it("can be switched off on the preset", () => {
    const net = new Net(preset("client-firewall", { firewall: false }));
    expect(net.send("server", serverSyn(50000)).outcome.kind).toBe("delivered");
  });
});

describe("firewall in front of a NATed server", () => {
  it("accepts the forwarded control and passive ports by rule and logs it", () => {
    const net = new Net(preset("server-nat", { firewall: true }));
    const r = net.send(
      "client",
      seg(ep(ADDR.clientPublic, 50000), ep(ADDR.serverRouterOut, 21), { syn: true }, 1, 0),
    );
    expect(r.outcome.kind).toBe("delivered");
    const rules = r.hops
      .flatMap((h) => h.events)
      .flatMap((e) => (e.type === "FirewallAccepted" ? [e.rule] : []));
    expect(rules).toEqual(["fw:server-router:allow-ftp"]);
  });

  it("with ALG, an expected passive port outside the allowed range gets in as RELATED", () => {
    const net = new Net(preset("server-nat", { firewall: true, alg: true }));
    const f = openFtp(net, "client", ep(ADDR.clientPublic, 50000), ep(ADDR.serverRouterOut, 21), "server");
    bSends(net, f, `227 Entering Passive Mode (10,0,0,5,175,200).${CRLF}`);
    const r = net.send(
      "client",
      seg(ep(ADDR.clientPublic, 50010), ep(ADDR.serverRouterOut, 45000), { syn: true }, 1, 0),
    );
    expect(r.outcome).toMatchObject({ kind: "delivered", host: "server" });
  });

  it("a client-side NAT router with a firewall still drops unsolicited inbound connections", () => {
    const net = new Net(preset("client-nat", { firewall: true }));
    const r = net.send(
      "server",
      seg(ep(ADDR.serverPublic, 20), ep(ADDR.clientRouterOut, 50000), { syn: true }, 1, 0),
    );
    expect(r.outcome).toMatchObject({ kind: "dropped", at: "client-router" });
  });
});

describe("firewall and ALG on a NAT router", () => {
  it("client-nat-alg with firewall: the rewritten PORT's data connection is RELATED, translated and delivered", () => {
    const net = new Net(preset("client-nat-alg", { firewall: true }));
    const f = openFtp(net, "client", ep(ADDR.client, 51000), ep(ADDR.serverPublic, 21), "server");
    aSends(net, f, `PORT 192,168,1,10,195,80${CRLF}`);
    const r = net.send("server", serverSyn(50000, ADDR.clientRouterOut));
    expect(r.outcome).toMatchObject({
      kind: "delivered",
      host: "client",
      packet: { dst: ep(ADDR.client, 50000) },
    });
    const types = r.hops
      .flatMap((h) => h.events)
      .map((e) => (e.type === "FirewallAccepted" ? e.rule : e.type));
    expect(types).toEqual(["fw:client-router:related", "NatTranslated"]);
  });
});

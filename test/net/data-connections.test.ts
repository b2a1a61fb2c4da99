import { describe, expect, it } from "vitest";
import { ADDR, preset } from "@/lib/net/presets";
import { aSends, bSends, ep, Net, openFtp, seg, textOf } from "./harness";

const CRLF = "\r\n";

/** Control connection from the client to `server` as the client resolves it. */
function control(name: Parameters<typeof preset>[0], opts: Parameters<typeof preset>[1] = {}) {
  const net = new Net(preset(name, opts));
  const client = net.topo.hosts.find((h) => h.name === "client")!.ifaces[0]!.addr;
  const dial =
    name.startsWith("server-nat") || name === "both-nat" ? ADDR.serverRouterOut : ADDR.serverPublic;
  const f = openFtp(net, "client", ep(client, 51000), ep(dial, 21), "server");
  return { net, f, client, dial };
}

describe("active mode through client NAT", () => {
  it("without ALG: PORT passes untouched and the server's SYN to the private address is lost", () => {
    const { net, f } = control("client-nat");
    const port = aSends(net, f, `PORT 192,168,1,10,195,80${CRLF}`);
    expect(textOf(port)).toBe(`PORT 192,168,1,10,195,80${CRLF}`);
    const r = net.send(
      "server",
      seg(ep(ADDR.serverPublic, 20), ep(ADDR.client, 50000), { syn: true }, 9000, 0),
    );
    expect(r.outcome).toMatchObject({ kind: "dropped", at: "server", rule: "route:private-unroutable" });
    expect(r.outcome.kind === "dropped" && r.outcome.note.key).toBe("net.privateUnroutable");
    expect(r.hops).toEqual([]);
  });

  it("without ALG: a SYN to the router's public address finds no mapping there", () => {
    const { net } = control("client-nat");
    const r = net.send(
      "server",
      seg(ep(ADDR.serverPublic, 20), ep(ADDR.clientRouterOut, 50000), { syn: true }, 9000, 0),
    );
    expect(r.outcome).toMatchObject({
      kind: "dropped",
      at: "client-router",
      rule: "nat:client-router:no-mapping",
    });
    expect(r.outcome.kind === "dropped" && r.outcome.note).toMatchObject({
      key: "net.natDroppedUnsolicited",
      params: { router: "client-router", dst: `${ADDR.clientRouterOut}:50000` },
    });
  });

  it("with ALG: PORT is rewritten to the public address and the data SYN is delivered to the client", () => {
    const { net, f } = control("client-nat-alg");
    const sent = net.send(
      "client",
      seg(
        f.aTuple.src,
        f.aTuple.dst,
        { ack: true, psh: true },
        f.aNext,
        f.aRcv,
        `PORT 192,168,1,10,195,80${CRLF}`,
      ),
    );
    expect(sent.outcome.kind === "delivered" && textOf(sent.outcome.packet)).toBe(
      `PORT 203,0,113,1,195,80${CRLF}`,
    );
    const events = sent.hops.flatMap((h) => h.events);
    expect(events.map((e) => e.type)).toEqual(["NatTranslated", "NatTranslated", "ExpectationCreated"]);
    const alg = events[1];
    expect(alg?.type === "NatTranslated" && alg.payload).toEqual({
      before: `PORT 192,168,1,10,195,80${CRLF}`,
      after: `PORT 203,0,113,1,195,80${CRLF}`,
    });
    const syn = net.deliver(
      "server",
      seg(ep(ADDR.serverPublic, 20), ep(ADDR.clientRouterOut, 50000), { syn: true }, 9000, 0),
      "client",
    );
    expect(syn.dst).toEqual(ep(ADDR.client, 50000));
    expect(syn.src).toEqual(ep(ADDR.serverPublic, 20));
    const synAck = net.deliver(
      "client",
      seg(syn.dst, syn.src, { syn: true, ack: true }, 7000, 9001),
      "server",
    );
    expect(synAck.src).toEqual(ep(ADDR.clientRouterOut, 50000));
  });

  it("with ALG: EPRT is rewritten too", () => {
    const { net, f } = control("client-nat-alg");
    expect(textOf(aSends(net, f, `EPRT |1|192.168.1.10|50000|${CRLF}`))).toBe(
      `EPRT |1|203.0.113.1|50000|${CRLF}`,
    );
  });

  it("with ALG: an expectation admits one connection only", () => {
    const { net, f } = control("client-nat-alg");
    aSends(net, f, `PORT 192,168,1,10,195,80${CRLF}`);
    net.deliver(
      "server",
      seg(ep(ADDR.serverPublic, 20), ep(ADDR.clientRouterOut, 50000), { syn: true }, 9000, 0),
      "client",
    );
    const again = net.send(
      "server",
      seg(ep(ADDR.serverPublic, 2020), ep(ADDR.clientRouterOut, 50000), { syn: true }, 9000, 0),
    );
    expect(again.outcome).toMatchObject({ kind: "dropped", at: "client-router" });
  });

  it("with ALG: a PORT naming another host is left alone (no bounce through the helper)", () => {
    const { net, f } = control("client-nat-alg");
    const sent = net.send(
      "client",
      seg(
        f.aTuple.src,
        f.aTuple.dst,
        { ack: true, psh: true },
        f.aNext,
        f.aRcv,
        `PORT 198,51,100,66,0,25${CRLF}`,
      ),
    );
    expect(sent.outcome.kind === "delivered" && textOf(sent.outcome.packet)).toBe(
      `PORT 198,51,100,66,0,25${CRLF}`,
    );
    expect(sent.hops.flatMap((h) => h.events).some((e) => e.type === "AlgSkipped")).toBe(true);
  });
});

describe("active mode with the server behind NAT", () => {
  it("masquerades the server's SYN from port 20 (port preserved)", () => {
    const { net, f } = control("server-nat");
    aSends(net, f, `PORT 203,0,113,10,195,80${CRLF}`);
    const syn = net.deliver(
      "server",
      seg(ep(ADDR.server, 20), ep(ADDR.clientPublic, 50000), { syn: true }, 9000, 0),
      "client",
    );
    expect(syn.src).toEqual(ep(ADDR.serverRouterOut, 20));
  });
});

describe("passive mode", () => {
  for (const opts of [{}, { alg: true }, { firewall: true }])
    it(`works through client NAT ${JSON.stringify(opts)}`, () => {
      const { net, f } = control("client-nat", opts);
      aSends(net, f, `PASV${CRLF}`);
      const reply = bSends(net, f, `227 Entering Passive Mode (198,51,100,20,156,64).${CRLF}`);
      expect(textOf(reply)).toContain("(198,51,100,20,156,64)");
      const syn = net.deliver(
        "client",
        seg(ep(ADDR.client, 50010), ep(ADDR.serverPublic, 40000), { syn: true }, 1, 0),
        "server",
      );
      expect(syn.src).toEqual(ep(ADDR.clientRouterOut, 50010));
      net.deliver("server", seg(syn.dst, syn.src, { syn: true, ack: true }, 2, 2), "client");
    });

  it("fails for server-nat when the 227 carries 10.0.0.5: the client's SYN to a private address is lost", () => {
    const { net, f } = control("server-nat");
    const reply = bSends(net, f, `227 Entering Passive Mode (10,0,0,5,156,64).${CRLF}`);
    expect(textOf(reply)).toContain("(10,0,0,5,156,64)");
    const r = net.send(
      "client",
      seg(ep(ADDR.clientPublic, 50010), ep(ADDR.server, 40000), { syn: true }, 1, 0),
    );
    expect(r.outcome).toMatchObject({ kind: "dropped", at: "client", rule: "route:private-unroutable" });
  });

  it("fails for both-nat at the client's router, which cannot send 10.0.0.5 across the internet", () => {
    const { net, f } = control("both-nat");
    bSends(net, f, `227 Entering Passive Mode (10,0,0,5,156,64).${CRLF}`);
    const r = net.send("client", seg(ep(ADDR.client, 50010), ep(ADDR.server, 40000), { syn: true }, 1, 0));
    expect(r.outcome).toMatchObject({
      kind: "dropped",
      at: "client-router",
      rule: "route:private-unroutable",
    });
    expect(r.hops.map((h) => h.to)).toEqual(["client-router"]);
  });

  it("works for server-nat-pasv-address: the public address is forwarded by the passive-range rule", () => {
    const { net, f } = control("server-nat-pasv-address");
    bSends(net, f, `227 Entering Passive Mode (198,51,100,1,156,64).${CRLF}`);
    const r = net.send(
      "client",
      seg(ep(ADDR.clientPublic, 50010), ep(ADDR.serverRouterOut, 40000), { syn: true }, 1, 0),
    );
    expect(r.outcome).toMatchObject({ kind: "delivered", host: "server" });
    const rw = r.hops.flatMap((h) => h.events).find((e) => e.type === "NatTranslated");
    expect(rw?.type === "NatTranslated" && rw.rule).toBe("nat:server-router:fwd-pasv");
  });

  it("works for server-nat with ALG: the 227 is rewritten and the data connection expected, even off the forwarded range", () => {
    const { net, f } = control("server-nat", { alg: true });
    const reply = bSends(net, f, `227 Entering Passive Mode (10,0,0,5,175,200).${CRLF}`); // port 45000
    expect(textOf(reply)).toBe(`227 Entering Passive Mode (198,51,100,1,175,200).${CRLF}`);
    const syn = net.deliver(
      "client",
      seg(ep(ADDR.clientPublic, 50010), ep(ADDR.serverRouterOut, 45000), { syn: true }, 1, 0),
      "server",
    );
    expect(syn.dst).toEqual(ep(ADDR.server, 45000));
  });

  it("ALG leaves a 227 that already carries the public address alone", () => {
    const { net, f } = control("server-nat-pasv-address", { alg: true });
    const before = `227 Entering Passive Mode (198,51,100,1,156,64).${CRLF}`;
    expect(textOf(bSends(net, f, before))).toBe(before);
  });

  it("EPSV's 229 reaches the forwarded port at the address of the control connection", () => {
    const { net, f } = control("server-nat");
    expect(textOf(bSends(net, f, `229 Entering Extended Passive Mode (|||40000|)${CRLF}`))).toContain(
      "|||40000|",
    );
    net.deliver(
      "client",
      seg(ep(ADDR.clientPublic, 50010), ep(ADDR.serverRouterOut, 40000), { syn: true }, 1, 0),
      "server",
    );
  });
});

describe("NAT event stages", () => {
  it("marks the mapping's creation as new, later packets as mapped, payload rewrites as alg", () => {
    const { net, f } = control("client-nat-alg");
    const r = net.send(
      "client",
      seg(
        f.aTuple.src,
        f.aTuple.dst,
        { ack: true, psh: true },
        f.aNext,
        f.aRcv,
        `PORT 192,168,1,10,195,80${CRLF}`,
      ),
    );
    const stages = r.hops
      .flatMap((h) => h.events)
      .flatMap((e) => (e.type === "NatTranslated" ? [e.stage] : []));
    expect(stages).toEqual(["mapped", "alg"]);
    const first = net.send(
      "client",
      seg(ep(ADDR.client, 52000), ep(ADDR.serverPublic, 21), { syn: true }, 1, 0),
    );
    expect(first.hops[0]?.events[0]).toMatchObject({
      type: "NatTranslated",
      stage: "new",
      rule: "nat:client-router:masquerade",
    });
  });
});

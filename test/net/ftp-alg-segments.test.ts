/**
 * Where in the control stream Linux's FTP helper looks (nf_conntrack_ftp.c: find_nl_seq/update_nl_seq,
 * the partial-match drop, ftp_exp_policy.max_expected = 1), on the client-nat-alg preset.
 */
import { describe, expect, it } from "vitest";
import { ADDR, preset } from "@/lib/net/presets";
import { aSends, bSends, ep, Net, open, openFtp, seg, textOf, type Flow } from "./harness";

const CRLF = "\r\n";
const PORT = `PORT 192,168,1,10,195,80${CRLF}`;
const REWRITTEN = `PORT 203,0,113,1,195,80${CRLF}`;

function control(opened: "ftp" | "bare" = "ftp"): { net: Net; f: Flow } {
  const net = new Net(preset("client-nat-alg"));
  const how = opened === "ftp" ? openFtp : open;
  const f = how(net, "client", ep(ADDR.client, 51000), ep(ADDR.serverPublic, 21), "server");
  return { net, f };
}

/** The client sends `text` at its next sequence number without moving it (as a retransmission would). */
const clientSegment = (net: Net, f: Flow, text: string) =>
  net.send("client", seg(f.aTuple.src, f.aTuple.dst, { ack: true, psh: true }, f.aNext, f.aRcv, text));

const dataSyn = (net: Net, port: number) =>
  net.send("server", seg(ep(ADDR.serverPublic, 20), ep(ADDR.clientRouterOut, port), { syn: true }, 9, 0));

const expectations = (net: Net) => net.state.boxes["client-router"]?.expectations ?? [];

describe("the FTP helper reads a segment only where a line starts", () => {
  it("rewrites a PORT that starts a segment right after the client's previous newline", () => {
    const { net, f } = control();
    expect(textOf(aSends(net, f, PORT))).toBe(REWRITTEN);
    expect(expectations(net)).toHaveLength(1);
  });

  it("never reads the first segment of a direction (no newline seen before it)", () => {
    const { net, f } = control("bare");
    expect(textOf(aSends(net, f, PORT))).toBe(PORT);
    expect(expectations(net)).toHaveLength(0);
    // That segment ended in a newline, so the next one is read.
    expect(textOf(aSends(net, f, PORT))).toBe(REWRITTEN);
  });

  it("does not see a PORT after another command in the same segment (pipelined)", () => {
    const { net, f } = control();
    expect(textOf(aSends(net, f, `NOOP${CRLF}${PORT}`))).toBe(`NOOP${CRLF}${PORT}`);
    expect(expectations(net)).toHaveLength(0);
  });

  it("does not read a segment that follows one without a newline at its end", () => {
    const { net, f } = control();
    aSends(net, f, "NOOP");
    expect(textOf(aSends(net, f, `${CRLF}${PORT}`))).toBe(`${CRLF}${PORT}`);
    expect(textOf(aSends(net, f, PORT))).toBe(REWRITTEN);
  });

  it("drops the first half of a PORT split across segments; the whole line resent at that seq passes rewritten", () => {
    const { net, f } = control();
    const half = clientSegment(net, f, "PORT 192,168,");
    expect(half.outcome).toMatchObject({
      kind: "dropped",
      at: "client-router",
      rule: "alg:client-router:ftp",
    });
    expect(half.outcome.kind === "dropped" && half.outcome.note).toMatchObject({
      key: "net.algPartial",
      params: { kind: "PORT" },
    });
    // A retransmission carrying the whole line (TCP may coalesce what is unacknowledged) is read.
    expect(textOf(aSends(net, f, PORT))).toBe(REWRITTEN);
  });

  it.each([
    `PORT 192, 168, 1, 10, 195, 80${CRLF}`,
    `PORT 192,168,1,10,195${CRLF}`,
    `EPRT |2|::1|50000|${CRLF}`,
  ])("drops %j and every retransmission of it: the session hangs", (line) => {
    const { net, f } = control();
    for (let i = 0; i < 3; i++) expect(clientSegment(net, f, line).outcome.kind).toBe("dropped");
    expect(expectations(net)).toHaveLength(0);
  });

  it("drops a 227 reply it cannot parse", () => {
    const net = new Net(preset("server-nat", { alg: true }));
    const f = openFtp(net, "client", ep(ADDR.clientPublic, 50000), ep(ADDR.serverRouterOut, 21), "server");
    const r = net.send(
      "server",
      seg(f.bTuple.src, f.bTuple.dst, { ack: true, psh: true }, f.bNext, f.bRcv, `227 Passive${CRLF}`),
    );
    expect(r.outcome).toMatchObject({ kind: "dropped", rule: "alg:server-router:ftp" });
    // A multi-line 227 ("227-") is not what it looks for: it passes untouched.
    const multi = `227-Entering Passive Mode (10,0,0,5,156,64).${CRLF}`;
    expect(textOf(bSends(net, f, multi))).toBe(multi);
  });
});

describe("one expectation per control connection", () => {
  it("a second PORT replaces the first one's expectation", () => {
    const { net, f } = control();
    aSends(net, f, PORT);
    aSends(net, f, `PORT 192,168,1,10,195,90${CRLF}`);
    expect(expectations(net).map((e) => e.dst.port)).toEqual([50010]);
    expect(dataSyn(net, 50000).outcome.kind).toBe("dropped");
    expect(dataSyn(net, 50010).outcome).toMatchObject({ kind: "delivered", host: "client" });
  });
});

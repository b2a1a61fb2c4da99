import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ADDR, preset } from "@/lib/net/presets";
import { NO_CORRECTION } from "@/lib/net/state";
import { adjustSeqAck, recordRewrite } from "@/lib/net/tcp-seq";
import { aSends, bSends, ep, Net, openFtp, seg, textOf } from "./harness";

const CRLF = "\r\n";
const b = (n: number): string => `${n >> 8},${n & 255}`;

/** Lines each side may send: announcements the ALGs rewrite (changing the length) and plain ones. */
const clientLine = fc.oneof(
  fc.integer({ min: 1024, max: 65535 }).map((p) => `PORT 192,168,1,10,${b(p)}${CRLF}`),
  fc.integer({ min: 1024, max: 65535 }).map((p) => `EPRT |1|192.168.1.10|${p}|${CRLF}`),
  fc.constantFrom(`PASV${CRLF}`, `EPSV${CRLF}`, `LIST${CRLF}`, `NOOP${CRLF}`, `PORT 1,2,3${CRLF}`),
  fc.string({ minLength: 1, maxLength: 40 }),
);
const serverLine = fc.oneof(
  fc.integer({ min: 1024, max: 65535 }).map((p) => `227 Entering Passive Mode (10,0,0,5,${b(p)}).${CRLF}`),
  fc.integer({ min: 1024, max: 65535 }).map((p) => `229 Entering Extended Passive Mode (|||${p}|)${CRLF}`),
  fc.constantFrom(`200 PORT command successful.${CRLF}`, `150 Here comes the directory listing.${CRLF}`),
  fc.string({ minLength: 1, maxLength: 40 }),
);
const step = fc.oneof(
  clientLine.map((text) => ({ from: "client" as const, text })),
  serverLine.map((text) => ({ from: "server" as const, text })),
);
const isn = fc.integer({ min: 0, max: 0xffffffff });

describe("seq/ack correction after ALG rewrites", () => {
  it("a rewrite that grows a 227 shifts the server's later seqs and the client's acks", () => {
    const net = new Net(preset("server-nat", { alg: true }));
    const f = openFtp(net, "client", ep(ADDR.clientPublic, 50000), ep(ADDR.serverRouterOut, 21), "server");
    const first = bSends(net, f, `227 Entering Passive Mode (10,0,0,5,156,64).${CRLF}`);
    expect(first.payload.length).toBe(`227 Entering Passive Mode (198,51,100,1,156,64).${CRLF}`.length);
    const next = net.send(
      "server",
      seg(f.bTuple.src, f.bTuple.dst, { ack: true, psh: true }, f.bNext, f.bRcv, `150 ok${CRLF}`),
    );
    const events = next.hops.flatMap((h) => h.events).filter((e) => e.type === "SeqAdjusted");
    expect(events).toHaveLength(1);
    expect(next.outcome.kind === "delivered" && next.outcome.packet.seq).toBe(f.aRcv);
  });

  it("property: through two ALGs (both-nat), every ack each end sees matches the bytes it sent, and every seq is the next expected", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), isn, isn, (steps, cIsn, sIsn) => {
        const net = new Net(preset("both-nat", { alg: true }));
        const f = openFtp(
          net,
          "client",
          ep(ADDR.client, 50000),
          ep(ADDR.serverRouterOut, 21),
          "server",
          cIsn,
          sIsn,
        );
        for (const s of steps) {
          const a = s.from === "client";
          const tuple = a ? f.aTuple : f.bTuple;
          const expectedSeq = a ? f.bRcv : f.aRcv;
          const mine = a ? f.aNext : f.bNext;
          const r = net.send(
            s.from,
            seg(tuple.src, tuple.dst, { ack: true, psh: true }, mine, a ? f.aRcv : f.bRcv, s.text),
          );
          // A line the helper starts to read and cannot parse is dropped, and so is every
          // retransmission of it: the stream stops there.
          if (r.outcome.kind === "dropped") {
            expect(r.outcome.rule).toMatch(/^alg:.*:ftp$/);
            break;
          }
          expect(r.outcome.kind).toBe("delivered");
          if (r.outcome.kind !== "delivered") return;
          const got = r.outcome.packet;
          if (a) {
            f.aNext = (f.aNext + s.text.length) >>> 0;
            f.bRcv = (f.bRcv + got.payload.length) >>> 0;
          } else {
            f.bNext = (f.bNext + s.text.length) >>> 0;
            f.aRcv = (f.aRcv + got.payload.length) >>> 0;
          }
          expect(got.seq).toBe(expectedSeq);
          expect(got.ack).toBe(a ? f.bNext : f.aNext);
          expect(got.payload.length).toBeGreaterThan(0);
        }
        // A bare ACK from the client: what the server sees acknowledges exactly what the server sent.
        const ack = net.deliver(
          "client",
          seg(f.aTuple.src, f.aTuple.dst, { ack: true }, f.aNext, f.aRcv),
          "server",
        );
        expect(ack.ack).toBe(f.bNext);
        expect(ack.seq).toBe(f.bRcv);
      }),
      { numRuns: 150 },
    );
  });

  it("rewrites announcements on both sides of both-nat", () => {
    const net = new Net(preset("both-nat", { alg: true }));
    const f = openFtp(net, "client", ep(ADDR.client, 50000), ep(ADDR.serverRouterOut, 21), "server");
    expect(textOf(aSends(net, f, `PORT 192,168,1,10,195,80${CRLF}`))).toBe(`PORT 203,0,113,1,195,80${CRLF}`);
    expect(textOf(bSends(net, f, `227 Entering Passive Mode (10,0,0,5,156,64).${CRLF}`))).toBe(
      `227 Entering Passive Mode (198,51,100,1,156,64).${CRLF}`,
    );
  });

  it("retransmissions of bytes before the last rewrite keep the older offset", () => {
    const c = recordRewrite(recordRewrite(NO_CORRECTION, 100, 3), 200, 5);
    expect(c).toEqual({ pos: 200, before: 3, after: 8 });
    const adj = { orig: c, reply: NO_CORRECTION };
    const p = seg(ep("a", 1), ep("b", 2), { ack: true }, 150, 0);
    expect(adjustSeqAck(adj, "orig", p).seq).toBe(153);
    expect(adjustSeqAck(adj, "orig", { ...p, seq: 250 }).seq).toBe(258);
    // An older rewrite recorded late (a retransmission of segment 150) does not move the correction.
    expect(recordRewrite(c, 150, 7)).toBe(c);
  });

  it("wraps around 2^32", () => {
    const c = recordRewrite(NO_CORRECTION, 0xfffffff0, 4);
    const adj = { orig: c, reply: NO_CORRECTION };
    const p = seg(ep("a", 1), ep("b", 2), { ack: true }, 0xfffffffe, 0);
    expect(adjustSeqAck(adj, "orig", p).seq).toBe(2);
    const ack = seg(ep("b", 2), ep("a", 1), { ack: true }, 0, 2);
    expect(adjustSeqAck(adj, "reply", ack).ack).toBe(0xfffffffe);
  });
});

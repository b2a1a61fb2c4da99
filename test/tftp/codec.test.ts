import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decode, describe as describePacket, encode, type TftpPacket } from "@/lib/tftp/packet";
import { fromNetascii, toNetascii } from "@/lib/tftp/netascii";

/** Netascii strings: any latin1 character but NUL (NUL ends a string on the wire). */
const str = fc.string({
  unit: fc.integer({ min: 1, max: 255 }).map((c) => String.fromCharCode(c)),
  maxLength: 40,
});
const options = fc.array(fc.tuple(str, str), { maxLength: 4 });
const u16 = fc.integer({ min: 0, max: 65535 });

const packet: fc.Arbitrary<TftpPacket> = fc.oneof(
  fc.record({ op: fc.constantFrom("RRQ" as const, "WRQ" as const), filename: str, mode: str, options }),
  fc.record({ op: fc.constant("DATA" as const), block: u16, data: fc.uint8Array({ maxLength: 600 }) }),
  fc.record({ op: fc.constant("ACK" as const), block: u16 }),
  fc.record({ op: fc.constant("ERROR" as const), code: u16, message: str }),
  fc.record({ op: fc.constant("OACK" as const), options }),
);

describe("TFTP codec", () => {
  it("decode(encode(p)) = p", () => {
    fc.assert(
      fc.property(packet, (p) => {
        const d = decode(encode(p));
        expect(d).toEqual({ ok: true, packet: p });
      }),
      { numRuns: 2000 },
    );
  });

  it("arbitrary bytes never throw", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 700 }), (b) => {
        const d = decode(b);
        expect(typeof d.ok).toBe("boolean");
      }),
      { numRuns: 5000 },
    );
  });

  it("has RFC 1350's layout", () => {
    expect([...encode({ op: "RRQ", filename: "a", mode: "octet", options: [] })]).toEqual([
      0, 1, 97, 0, 111, 99, 116, 101, 116, 0,
    ]);
    expect([...encode({ op: "ACK", block: 258 })]).toEqual([0, 4, 1, 2]);
    expect([...encode({ op: "ERROR", code: 1, message: "x" })]).toEqual([0, 5, 0, 1, 120, 0]);
    expect(decode(Uint8Array.of(0, 9))).toEqual({ ok: false, reason: "unknown opcode 9" });
    expect(decode(Uint8Array.of(0, 1, 97))).toMatchObject({ ok: false });
    expect(describePacket({ op: "DATA", block: 3, data: new Uint8Array(512) })).toBe(
      "DATA block 3 (512 bytes)",
    );
  });

  it("netascii: LF ↔ CR LF, CR ↔ CR NUL, round trip", () => {
    expect([...toNetascii(Uint8Array.of(97, 10, 13, 98))]).toEqual([97, 13, 10, 13, 0, 98]);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        expect(fromNetascii(toNetascii(b))).toEqual(b);
      }),
    );
  });
});

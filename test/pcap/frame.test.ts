import { describe, expect, it } from "vitest";
import { addrBytes, addrText, onesSum, pseudoHeaderSum } from "@/lib/pcap/checksum";
import { buildFrame, macFor } from "@/lib/pcap/frame";
import { latin1Bytes } from "@/lib/util/bytes";

const spec = (src: string, dst: string, tcp: boolean) => ({
  srcMac: macFor("a"),
  dstMac: macFor("b"),
  src,
  dst,
  srcPort: 50000,
  dstPort: 21,
  ttl: 64,
  ipId: 7,
  ...(tcp ? { tcp: { ack: true, psh: true, seq: 0xfffffff0, ackNo: 5, window: 502 } } : {}),
  payload: latin1Bytes("USER anonymous\r\n"),
});

describe("frames", () => {
  it("IPv4 and TCP/UDP checksums verify (the sum over the covered bytes is all ones)", () => {
    for (const tcp of [true, false]) {
      const f = buildFrame(spec("192.168.1.10", "198.51.100.20", tcp))!;
      expect(onesSum(f.subarray(14, 34))).toBe(0xffff);
      const l4 = f.subarray(34);
      expect(
        onesSum(l4, pseudoHeaderSum(f.subarray(26, 30), f.subarray(30, 34), tcp ? 6 : 17, l4.length)),
      ).toBe(0xffff);
    }
  });

  it("IPv6 frames carry their payload length and a verifying checksum", () => {
    const f = buildFrame(spec("2001:db8::1", "2001:db8::2", true))!;
    expect(f[12]! * 256 + f[13]!).toBe(0x86dd);
    const l4 = f.subarray(54);
    expect(f[18]! * 256 + f[19]!).toBe(l4.length);
    expect(onesSum(l4, pseudoHeaderSum(f.subarray(22, 38), f.subarray(38, 54), 6, l4.length))).toBe(0xffff);
  });

  it("refuses mixed or malformed addresses instead of writing garbage", () => {
    expect(buildFrame(spec("192.168.1.10", "::1", true))).toBeNull();
    expect(buildFrame(spec("300.1.1.1", "1.1.1.1", true))).toBeNull();
  });

  it("reads and writes address text both ways", () => {
    for (const a of [
      "10.0.0.5",
      "::1",
      "2001:db8::1",
      "fe80::1:2:3:4",
      "::ffff:c000:201",
      "2001:db8:0:1:1:1:1:1",
    ])
      expect(addrText(addrBytes(a)!)).toBe(a);
    expect(addrText(addrBytes("::ffff:192.0.2.1")!)).toBe("::ffff:c000:201");
    expect(addrBytes("1::2::3")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { findAnnouncement, rewriteAnnouncement, scanSegment } from "@/lib/net/ftp-announce";

const CRLF = "\r\n";

// What Linux's nf_conntrack_ftp reads at the start of one segment (find_pattern with try_rfc959,
// try_rfc1123, try_eprt, try_epsv_response): a match, nothing, or a "partial" match it drops.
describe("reading FTP announcements as nf_conntrack_ftp does", () => {
  it.each([
    ["PORT 192,168,1,10,195,80\r\n", "client", "PORT", "192.168.1.10", 50000],
    ["port 192,168,1,10,195,80\r\n", "client", "PORT", "192.168.1.10", 50000],
    ["EPRT |1|192.168.1.10|50000|\r\n", "client", "EPRT", "192.168.1.10", 50000],
    ["EPRT !1!192.168.1.10!50000!\r\n", "client", "EPRT", "192.168.1.10", 50000],
    ["227 Entering Passive Mode (10,0,0,5,156,64).\r\n", "server", "227", "10.0.0.5", 40000],
    // RFC 1123: the numbers are found wherever the first digit after "227 " is.
    ["227 Entering Passive Mode 10,0,0,5,156,64\r\n", "server", "227", "10.0.0.5", 40000],
    ["227 =10,0,0,5,156,64\r\n", "server", "227", "10.0.0.5", 40000],
    ["229 Entering Extended Passive Mode (|||40000|)\r\n", "server", "229", undefined, 40000],
    // The kernel does not range-check: numbers wrap into the 32-bit address and the 16-bit port.
    ["PORT 300,168,1,10,195,80\r\n", "client", "PORT", "44.168.1.10", 50000],
    ["PORT 192,168,1,10,0,0\r\n", "client", "PORT", "192.168.1.10", 0],
    ["EPRT |1|192.168.1.10|99999|\r\n", "client", "EPRT", "192.168.1.10", 99999 & 0xffff],
  ] as const)("matches %j", (text, sender, kind, addr, port) => {
    const a = findAnnouncement(text, sender);
    expect(a).toMatchObject({ kind, port });
    expect(a?.addr).toBe(addr);
  });

  it.each([
    // Blanks are not digits, separators nor the terminator.
    ["PORT 192, 168, 1, 10, 195, 80\r\n", "client", "PORT"],
    ["PORT 192,168,1,10,195\r\n", "client", "PORT"],
    // PORT's terminator is the carriage return.
    ["PORT 192,168,1,10,195,80\n", "client", "PORT"],
    // Family 2 on an IPv4 control connection.
    ["EPRT |2|::1|50000|\r\n", "client", "EPRT"],
    ["EPRT |1|192.168.1.10|0|\r\n", "client", "EPRT"],
    ["229 Entering Extended Passive Mode (40000)\r\n", "server", "229"],
    ["227 Entering Passive Mode\r\n", "server", "227"],
    // A segment shorter than the pattern that could still become it.
    ["PO", "client", "PORT"],
    ["22", "server", "227"],
  ] as const)("a partial match in %j (the kernel drops the packet)", (text, sender, kind) => {
    expect(scanSegment(text, sender)).toEqual({ result: "partial", kind });
    expect(findAnnouncement(text, sender)).toBeUndefined();
  });

  it.each([
    ["PORT 192,168,1,10,195,80\r\n", "server"],
    ["227 Entering Passive Mode (10,0,0,5,156,64).\r\n", "client"],
    ["200 PORT command successful\r\n", "server"],
    // Only "227 " counts: the first line of a multi-line reply is not read.
    ["227-Entering Passive Mode (10,0,0,5,156,64).\r\n", "server"],
    // Only the start of the segment is read, not a later line.
    [`NOOP${CRLF}PORT 192,168,1,10,195,80${CRLF}`, "client"],
    [" PORT 192,168,1,10,195,80\r\n", "client"],
    ["", "client"],
  ] as const)("nothing in %j from the %s", (text, sender) => {
    expect(scanSegment(text, sender)).toEqual({ result: "none" });
  });

  it.each([
    ["PORT 192,168,1,10,195,80\r\n", "client", "PORT 203,0,113,1,156,64\r\n"],
    // nf_nat_ftp writes EPRT and 229 with "|", whatever delimiter the sender chose.
    ["EPRT !1!192.168.1.10!50000!\r\n", "client", "EPRT |1|203.0.113.1|40000|\r\n"],
    [
      "227 Entering Passive Mode (10,0,0,5,195,80).\r\n",
      "server",
      "227 Entering Passive Mode (203,0,113,1,156,64).\r\n",
    ],
    [
      "229 Entering Extended Passive Mode (|||50000|)\r\n",
      "server",
      "229 Entering Extended Passive Mode (|||40000|)\r\n",
    ],
  ] as const)("rewrites only the endpoint of %j", (text, sender, expected) => {
    const a = findAnnouncement(text, sender)!;
    expect(rewriteAnnouncement(text, a, "203.0.113.1", 40000)).toBe(expected);
  });
});

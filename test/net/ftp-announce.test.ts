import { describe, expect, it } from "vitest";
import { findAnnouncement, rewriteAnnouncement } from "@/lib/net/ftp-announce";

const CRLF = "\r\n";

describe("finding FTP announcements leniently", () => {
  it.each([
    ["PORT 192,168,1,10,195,80\r\n", "client", "PORT", "192.168.1.10", 50000],
    ["port 192,168,1,10,195,80\r\n", "client", "PORT", "192.168.1.10", 50000],
    ["PORT 192, 168, 1, 10, 195, 80\r\n", "client", "PORT", "192.168.1.10", 50000],
    ["EPRT |1|192.168.1.10|50000|\r\n", "client", "EPRT", "192.168.1.10", 50000],
    ["EPRT !1!192.168.1.10!50000!\r\n", "client", "EPRT", "192.168.1.10", 50000],
    ["227 Entering Passive Mode (10,0,0,5,156,64).\r\n", "server", "227", "10.0.0.5", 40000],
    ["227 Entering Passive Mode 10,0,0,5,156,64\r\n", "server", "227", "10.0.0.5", 40000],
    ["227 =10,0,0,5,156,64\r\n", "server", "227", "10.0.0.5", 40000],
    ["229 Entering Extended Passive Mode (|||40000|)\r\n", "server", "229", undefined, 40000],
  ] as const)("%j", (text, sender, kind, addr, port) => {
    const a = findAnnouncement(text, sender);
    expect(a).toMatchObject({ kind, port });
    expect(a?.addr).toBe(addr);
  });

  it.each([
    ["PORT 192,168,1,10,195\r\n", "client"],
    ["PORT 300,168,1,10,195,80\r\n", "client"],
    ["PORT 192,168,1,10,0,0\r\n", "client"],
    ["EPRT |2|::1|50000|\r\n", "client"],
    ["EPRT |1|192.168.1.10|99999|\r\n", "client"],
    ["PORT 192,168,1,10,195,80\r\n", "server"],
    ["227 Entering Passive Mode (10,0,0,5,156,64).\r\n", "client"],
    ["200 PORT command successful\r\n", "server"],
    ["", "client"],
  ] as const)("ignores %j from the %s", (text, sender) => {
    expect(findAnnouncement(text, sender)).toBeUndefined();
  });

  it("finds the announcement on a later line of a multi-line payload", () => {
    const text = `NOOP${CRLF}PORT 192,168,1,10,195,80${CRLF}`;
    const a = findAnnouncement(text, "client")!;
    expect(rewriteAnnouncement(text, a, "203.0.113.1", 61000)).toBe(
      `NOOP${CRLF}PORT 203,0,113,1,238,72${CRLF}`,
    );
  });

  it.each([
    ["PORT 192, 168, 1, 10, 195, 80\r\n", "client", "PORT 203,0,113,1,156,64\r\n"],
    ["EPRT !1!192.168.1.10!50000!\r\n", "client", "EPRT !1!203.0.113.1!40000!\r\n"],
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

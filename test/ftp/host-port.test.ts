/** The one codec of PORT/227/EPRT/229: every reader agrees with every writer. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  epsvReplyText,
  findEpsvPort,
  findHostPort,
  formatHostPort,
  parseHostPort,
  pasvReplyText,
} from "@/lib/ftp/host-port";
import { findAnnouncement } from "@/lib/net/ftp-announce";

const endpoint = fc.record({
  addr: fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((n) => n.join(".")),
  port: fc.integer({ min: 1, max: 65535 }),
});

describe("the host-port codec", () => {
  it("reads back what it writes, in PORT's argument and in vsftpd's 227 and 229", () => {
    fc.assert(
      fc.property(endpoint, ({ addr, port }) => {
        expect(parseHostPort(formatHostPort(addr, port))).toEqual({ addr, port });
        expect(findHostPort(`227 ${pasvReplyText(addr, port)}`)).toEqual({ addr, port });
        expect(findEpsvPort(`229 ${epsvReplyText(port)}`)).toBe(port);
      }),
    );
  });

  it("the ALG finds the same endpoint in the 227 the server writes", () => {
    fc.assert(
      fc.property(endpoint, ({ addr, port }) => {
        expect(findAnnouncement(`227 ${pasvReplyText(addr, port)}\r\n`, "server")).toMatchObject({
          addr,
          port,
        });
      }),
    );
  });

  it("allows blanks around the commas but nothing else, and only bytes", () => {
    expect(parseHostPort("10, 0 ,0,7,4 ,1")).toEqual({ addr: "10.0.0.7", port: 1025 });
    expect(parseHostPort("10,0,0,7,4,256")).toBeNull();
    expect(parseHostPort("10,0,0,7,4")).toBeNull();
    expect(parseHostPort("10,0,0,7,4,1x")).toBeNull();
  });
});

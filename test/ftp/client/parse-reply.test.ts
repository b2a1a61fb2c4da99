import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  findEpsvPort as parseEpsv,
  findHostPort as parsePasv,
  formatEprt,
  formatHostPort as formatPort,
} from "@/lib/ftp/host-port";
import { parsePwd, parseReplies, type Reply } from "@/lib/ftp/parse-reply";

/** Feeds `text` split at the given cut points and collects every reply. */
function inChunks(text: string, cuts: number[]): Reply[] {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  let rest = "";
  const out: Reply[] = [];
  let at = 0;
  for (const p of [...points, text.length]) {
    const r = parseReplies(rest, text.slice(at, p));
    out.push(...r.replies);
    rest = r.rest;
    at = p;
  }
  expect(rest).toBe("");
  return out;
}

describe("parseReplies", () => {
  it("reads a single-line reply and keeps an incomplete one for later", () => {
    const r = parseReplies("", "220 (vsFTPd 3.0.5)\r\n331 Please");
    expect(r.replies.map((x) => [x.code, x.text])).toEqual([[220, "(vsFTPd 3.0.5)"]]);
    expect(r.rest).toBe("331 Please");
    const r2 = parseReplies(r.rest, " specify the password.\r\n");
    expect(r2.replies[0]).toMatchObject({ code: 331, text: "Please specify the password." });
  });

  it("reads a multi-line reply whose middle lines look like other replies", () => {
    const text = "211-Features:\r\n EPRT\r\n200 not the end\r\n211-still not\r\n211 End\r\n";
    const r = parseReplies("", text);
    expect(r.replies).toHaveLength(1);
    expect(r.replies[0]!.code).toBe(211);
    expect(r.replies[0]!.lines).toEqual([
      "211-Features:",
      " EPRT",
      "200 not the end",
      "211-still not",
      "211 End",
    ]);
    expect(r.replies[0]!.text).toBe("Features:\n EPRT\n200 not the end\nstill not\nEnd");
    expect(r.replies[0]!.raw).toBe(text);
  });

  it("waits for the last line of a multi-line reply", () => {
    const r = parseReplies("", "230-Welcome\r\n230-to the server\r\n");
    expect(r.replies).toEqual([]);
    expect(r.rest).toBe("230-Welcome\r\n230-to the server\r\n");
  });

  it("accepts bare LF, a code without text, and reports junk lines", () => {
    const r = parseReplies("", "hello there\n200\n226 Done\n");
    expect(r.junk).toEqual(["hello there"]);
    expect(r.replies.map((x) => x.code)).toEqual([200, 226]);
  });

  it("gives the same replies however the bytes are split (property)", () => {
    const line = fc.stringMatching(/^[ -~]{0,20}$/);
    const reply = fc.oneof(
      fc.tuple(fc.integer({ min: 100, max: 599 }), line).map(([c, t]) => `${c} ${t}\r\n`),
      fc
        .tuple(fc.integer({ min: 100, max: 599 }), fc.array(line, { maxLength: 4 }), line)
        .map(([c, mid, last]) => `${c}-first\r\n${mid.map((m) => ` ${m}\r\n`).join("")}${c} ${last}\r\n`),
    );
    fc.assert(
      fc.property(
        fc.array(reply, { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        (rs, cuts) => {
          const text = rs.join("");
          const whole = parseReplies("", text).replies;
          expect(whole).toHaveLength(rs.length);
          expect(inChunks(text, cuts)).toEqual(whole);
        },
      ),
    );
  });
});

describe("address arguments", () => {
  it("finds h1..p2 anywhere in a 227 reply", () => {
    expect(parsePasv("Entering Passive Mode (192,168,1,5,195,80).")).toEqual({
      addr: "192.168.1.5",
      port: 50000,
    });
    expect(parsePasv("=10,0,0,7,4,1")).toEqual({ addr: "10.0.0.7", port: 1025 });
    expect(parsePasv("Entering Passive Mode 192,168,1,5,195,80")).toEqual({
      addr: "192.168.1.5",
      port: 50000,
    });
  });

  it("rejects numbers over 255 and short lists", () => {
    expect(parsePasv("(1234,5,6,7,8,9)")).toBeNull();
    expect(parsePasv("(10,0,0,300,1,1)")).toBeNull();
    expect(parsePasv("(10,0,0,1,1)")).toBeNull();
  });

  it("reads the 229 port with any delimiter", () => {
    expect(parseEpsv("Entering Extended Passive Mode (|||50000|)")).toBe(50000);
    expect(parseEpsv("ok (!!!2121!)")).toBe(2121);
    expect(parseEpsv("(|||0|)")).toBeNull();
    expect(parseEpsv("(|||70000|)")).toBeNull();
    expect(parseEpsv("(||50000|)")).toBeNull();
  });

  it("formats PORT and EPRT, and PORT round-trips through the 227 scanner (property)", () => {
    expect(formatPort("192.0.2.10", 40001)).toBe("192,0,2,10,156,65");
    expect(formatEprt("192.0.2.10", 40001)).toBe("|1|192.0.2.10|40001|");
    expect(formatEprt("2001:db8::1", 40001)).toBe("|2|2001:db8::1|40001|");
    fc.assert(
      fc.property(fc.ipV4(), fc.integer({ min: 0, max: 65535 }), (addr, port) => {
        expect(parsePasv(`(${formatPort(addr, port)})`)).toEqual({ addr, port });
      }),
    );
  });

  it("reads the quoted directory of a 257 reply", () => {
    expect(parsePwd('"/home/alice" is the current directory')).toBe("/home/alice");
    expect(parsePwd('"/a ""quoted"" dir" created')).toBe('/a "quoted" dir');
    expect(parsePwd("no quotes")).toBeNull();
  });
});

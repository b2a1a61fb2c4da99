import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { demoConfig, demoVfs, DEMO_USERS } from "@/lib/ftp/server/demo";
import { createServerSession } from "@/lib/ftp/server/session";
import { bytesLatin1 } from "@/lib/util/bytes";

const REPLY_LINE = /^\d{3}[ -].*$|^ .*$|^[^\r\n]*$/;

describe("server session under arbitrary input", () => {
  it("never throws and only sends CRLF-terminated replies that start with a code", () => {
    const verbs = fc.constantFrom(
      "USER ftp",
      "PASS x",
      "PASV",
      "LIST",
      "CWD ..",
      "PORT 1,2,3,4,5,6",
      "RETR pub/readme.txt",
      "STAT /",
      "MKD a",
      "SITE CHMOD 777 x",
      "NOOP",
    );
    const line = fc.oneof(verbs, fc.string({ maxLength: 40 }));
    const chunk = fc.oneof(
      line.map((l) => new Uint8Array(Buffer.from(l + "\r\n", "latin1"))),
      fc.uint8Array({ maxLength: 64 }),
    );
    fc.assert(
      fc.property(fc.array(chunk, { maxLength: 30 }), (chunks) => {
        const s = createServerSession({ config: demoConfig(), fs: demoVfs(), users: DEMO_USERS, now: 0 });
        let text = "";
        let now = 0;
        const collect = (acts: ReturnType<typeof s.handle>) => {
          for (const a of acts) if (a.type === "sendControl") text += bytesLatin1(a.bytes);
        };
        collect(
          s.handle(
            {
              type: "controlOpened",
              local: { addr: "10.0.0.1", port: 21 },
              remote: { addr: "10.0.0.2", port: 5000 },
            },
            now,
          ),
        );
        for (const c of chunks) {
          now += 1500;
          collect(s.handle({ type: "controlBytes", bytes: c }, now));
          collect(s.handle({ type: "timer", name: "loginDelay" }, now));
        }
        expect(text === "" || text.endsWith("\r\n")).toBe(true);
        for (const l of text.split("\r\n").slice(0, -1)) expect(l).toMatch(REPLY_LINE);
        expect(/^\d{3}/.test(text)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { demoConfig, demoVfs, DEMO_USERS } from "./demo";
import { createServerSession } from "@/lib/ftp/server/session";
import { bytesLatin1 } from "@/lib/util/bytes";

/**
 * Why `text` is not a stream of FTP replies, or null: every reply starts with a code 100-599 and a
 * space or "-"; a "-" opens a multi-line reply whose body lines are free until "<same code> ".
 */
function replyStreamProblem(text: string): string | null {
  if (text !== "" && !text.endsWith("\r\n")) return "the stream does not end with CRLF";
  let open: string | null = null;
  for (const line of text.split("\r\n").slice(0, -1)) {
    if (open !== null) {
      if (line.startsWith(open + " ")) open = null;
      continue;
    }
    const m = /^([1-5]\d\d)([ -])/.exec(line);
    if (!m) return `not a reply line: ${JSON.stringify(line.slice(0, 60))}`;
    if (m[2] === "-") open = m[1]!;
  }
  return open === null ? null : `multi-line ${open} reply never ends`;
}

describe("the reply-stream check itself", () => {
  it("rejects what is not a reply stream (so the fuzz below can fail)", () => {
    expect(replyStreamProblem("200 NOOP ok.\r\n")).toBeNull();
    expect(replyStreamProblem("213-Status follows:\r\nanything at all\r\n213 End of status\r\n")).toBeNull();
    expect(replyStreamProblem("hello\r\n")).toMatch(/not a reply line/);
    expect(replyStreamProblem("200 ok\r\nstray line\r\n")).toMatch(/not a reply line/);
    expect(replyStreamProblem("600 no\r\n")).toMatch(/not a reply line/);
    expect(replyStreamProblem("230-a\r\nb\r\n")).toMatch(/never ends/);
    expect(replyStreamProblem("200 ok")).toMatch(/CRLF/);
  });
});

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
        expect(replyStreamProblem(text)).toBeNull();
        expect(/^\d{3}/.test(text)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * The server's verb table as a contract: every row owns a handler and a help text in both languages,
 * replies go out only through named codes and the one framing in lib/ftp/reply-codes.ts, and a row's
 * argument check answers before its handler runs (before login too).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS, lookupCommand } from "@/lib/ftp/commands";
import { replyBlock, ReplyCode } from "@/lib/ftp/reply-codes";
import { parseConfig } from "@/lib/ftp/server/config";
import { createServerSession } from "@/lib/ftp/server/session";
import { catalogs } from "@/lib/i18n";
import { bytesLatin1, latin1Bytes } from "@/lib/util/bytes";
import { demoVfs, DEMO_USERS } from "./demo";

function server(configText = "listen=YES\n") {
  const r = parseConfig(configText);
  if (!r.ok) throw new Error(r.error.oops);
  const s = createServerSession({ config: r.config, fs: demoVfs(), users: DEMO_USERS, now: 0 });
  let now = 0;
  const feed = (input: Parameters<typeof s.handle>[0]) =>
    s
      .handle(input, (now += 10))
      .flatMap((a) => (a.type === "sendControl" ? [bytesLatin1(a.bytes)] : []))
      .join("");
  feed({
    type: "controlOpened",
    local: { addr: "10.0.0.1", port: 21 },
    remote: { addr: "10.0.0.2", port: 4e4 },
  });
  const line = (l: string) => feed({ type: "controlBytes", bytes: latin1Bytes(l + "\r\n") });
  return { s, line };
}

describe("the server's verb table", () => {
  it("gives every row a handler and a help text in both languages", () => {
    for (const row of COMMANDS) {
      expect(typeof row.run, row.verb).toBe("function");
      expect(catalogs.en[row.helpKey], row.helpKey).toBeTruthy();
      expect(catalogs.es[row.helpKey], row.helpKey).toBeTruthy();
    }
  });

  it("names each verb and alias once", () => {
    const names = COMMANDS.flatMap((c) => [c.verb, ...(c.aliases ?? [])]);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(lookupCommand(n)?.verb).toBeDefined();
  });

  it("refuses a bad argument with the row's own reply, before login too, and leaves the state alone", () => {
    const a = server();
    expect(a.line("OPTS UTF8 OFF")).toBe("501 Option not understood.\r\n");
    expect(a.line("OPTS utf8 on")).toBe("200 Always in UTF8 mode.\r\n");
    a.line("USER anonymous");
    a.line("PASS x@y");
    a.line("TYPE I");
    expect(a.line("TYPE X")).toBe("500 Unrecognised TYPE command.\r\n");
    expect(a.s.state.type).toBe("binary");
    expect(a.line("MODE B")).toBe("504 Bad MODE command.\r\n");
    expect(a.line("STRU R")).toBe("504 Bad STRU command.\r\n");
    expect(a.line("EPSV 2")).toBe("522 Bad network protocol.\r\n");
    expect(a.s.state.dataMode).toBe("none");
    expect(a.line("EPSV ALL")).toBe("200 EPSV ALL ok.\r\n");
  });
});

describe("replies", () => {
  it("are framed in one place: a final line, or continued lines with or without the code", () => {
    expect(replyBlock(ReplyCode.HelpOk, "Head", [" A B"], "End")).toBe("214-Head\r\n A B\r\n214 End\r\n");
    expect(replyBlock(ReplyCode.ServiceReady, null, ["hi", "there"], "", true)).toBe(
      "220-hi\r\n220-there\r\n220 \r\n",
    );
  });

  const serverSources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? serverSources(join(dir, d.name)) : d.name.endsWith(".ts") ? [join(dir, d.name)] : [],
    );

  it("carry named codes: no handler passes a bare number or frames a reply line itself", () => {
    const files = ["lib/ftp/commands.ts", ...serverSources("lib/ftp/server")];
    const bare = /\b(?:reply|replyLines|replyPrefixed|finish)\(\s*(?:s,\s*)?\d|\[\s*\d{3},\s*"/;
    const framed = /["`]\d{3}[ -][^"`]*\\r\\n/;
    for (const f of files) {
      const code = readFileSync(f, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      expect(bare.test(code), f).toBe(false);
      expect(framed.test(code), f).toBe(false);
    }
  });
});

/**
 * vsftpd 3.0.3's built-in behaviour, checked against Debian's vsftpd 3.0.3-13 run on loopback and its
 * source: the defaults of tunables.c, the passive range of privops.c and async ABOR (postlogin.c).
 */
import { describe, expect, it } from "vitest";
import type { ServerAction } from "@/lib/ftp/io";
import { defaultConfig, parseConfig, pasvPortRange } from "@/lib/ftp/server/config";
import { demoVfs, DEMO_USERS } from "./demo";
import { createServerSession } from "@/lib/ftp/server/session";
import { simulate } from "@/lib/sim/session";
import { bytesLatin1, latin1Bytes } from "@/lib/util/bytes";

function server(configText: string) {
  const r = parseConfig(configText);
  if (!r.ok) throw new Error(r.error.oops);
  const s = createServerSession({ config: r.config, fs: demoVfs(), users: DEMO_USERS, now: 0 });
  let now = 0;
  const replies = (acts: ServerAction[]) =>
    acts.flatMap((a) => (a.type === "sendControl" ? [bytesLatin1(a.bytes)] : []));
  const feed = (input: Parameters<typeof s.handle>[0]) => {
    now += 10;
    return s.handle(input, now);
  };
  const open = () =>
    replies(
      feed({
        type: "controlOpened",
        local: { addr: "10.0.0.1", port: 21 },
        remote: { addr: "10.0.0.2", port: 40000 },
      }),
    );
  const send = (raw: string) => feed({ type: "controlBytes", bytes: latin1Bytes(raw) });
  const line = (l: string) => replies(send(l + "\r\n")).join("");
  return { s, feed, open, send, line, replies };
}

describe("vsftpd 3.0.3 built-in defaults (tunables.c, tunables_load_defaults)", () => {
  it("with only listen=YES, anonymous logs in and a local user is told the server is anonymous only", () => {
    const a = server("listen=YES\n");
    expect(a.open().join("")).toBe("220 (vsFTPd 3.0.3)\r\n");
    expect(a.line("USER anonymous")).toBe("331 Please specify the password.\r\n");
    expect(a.line("PASS x@y")).toBe("230 Login successful.\r\n");
    const l = server("listen=YES\n");
    l.open();
    expect(l.line("USER alumno")).toBe("530 This FTP server is anonymous only.\r\n");
  });

  it("keeps 3.0.3's values, not the man page's or 2.x's", () => {
    const c = defaultConfig();
    expect([c.anonymous_enable, c.local_enable, c.listen]).toEqual([true, false, true]);
    expect(c.pasv_min_port).toBe(5001);
    expect(c.strict_ssl_read_eof).toBe(true);
    expect(c.ssl_ciphers).toBe("ECDHE-RSA-AES256-GCM-SHA384");
    expect(c.use_sendfile).toBe(true);
  });
});

describe("passive port range (vsf_privop_pasv_listen, privops.c)", () => {
  it("is 5001–65535 by default and 1024–65535 when pasv_min_port is 0", () => {
    const range = (pasv_min_port: number, pasv_max_port: number) => {
      const r = pasvPortRange({ ...defaultConfig(), pasv_min_port, pasv_max_port });
      return [r.minPort, r.maxPort];
    };
    const d = pasvPortRange(defaultConfig());
    expect([d.minPort, d.maxPort]).toEqual([5001, 65535]);
    expect(range(0, 0)).toEqual([1024, 65535]);
    expect(range(40000, 40100)).toEqual([40000, 40100]);
    // A maximum below the minimum is ignored, as is a minimum above 65535.
    expect(range(40000, 30000)).toEqual([40000, 65535]);
    expect(range(70000, 0)).toEqual([1024, 65535]);
  });

  it("hands out ports below Linux's ephemeral range when no range is configured", () => {
    const ports: number[] = [];
    for (let seed = 1; seed <= 12; seed++) {
      const { trace } = simulate({
        topology: "lan",
        seed,
        server: { config: "listen=YES\n" },
        client: { mode: "passive" },
        commands: ["open server", "user anonymous x@y", "ls"],
      });
      const m = trace.map((e) => /Passive Mode \((?:\d+,){4}(\d+),(\d+)\)/.exec(e.text ?? "")).find(Boolean);
      ports.push(Number(m![1]) * 256 + Number(m![2]));
    }
    expect(Math.min(...ports)).toBeGreaterThanOrEqual(5001);
    expect(ports.some((p) => p < 32768)).toBe(true);
  });
});

describe("async_abor_enable (handle_sigurg and check_abor, postlogin.c)", () => {
  /** Anonymous login, PASV, an accepted data connection and a RETR that is still being sent. */
  function midTransfer(config: string) {
    const x = server(`listen=YES\n${config}`);
    x.open();
    x.line("USER anonymous");
    x.line("PASS x@y");
    const acts = x.send("PASV\r\n");
    expect(acts.some((a) => a.type === "listen")).toBe(true);
    x.feed({ type: "listening", port: 5001 });
    x.feed({ type: "dataAccepted", remote: { addr: "10.0.0.2", port: 40001 } });
    expect(x.line("RETR pub/readme.txt")).toMatch(/^150 /);
    return x;
  }
  const URGENT_ABOR = "\xff\xf4\xff\xf2ABOR\r\n";

  it("off (the default): ABOR waits until the transfer ends, then gets 225", () => {
    const x = midTransfer("");
    expect(x.replies(x.send(URGENT_ABOR))).toEqual([]);
    const after = x.replies(x.feed({ type: "dataFlushed" }));
    expect(after).toEqual(["226 Transfer complete.\r\n", "225 No transfer to ABOR.\r\n"]);
  });

  it("on: the urgent ABOR shuts the data connection down at once: 426, then 226 ABOR successful.", () => {
    const x = midTransfer("async_abor_enable=YES\n");
    const acts = x.send(URGENT_ABOR);
    expect(acts.some((a) => a.type === "abortData")).toBe(true);
    expect(x.replies(acts)).toEqual(["426 Failure writing network stream.\r\n", "226 ABOR successful.\r\n"]);
  });
});

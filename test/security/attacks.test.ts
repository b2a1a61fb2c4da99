/**
 * Golden traces of each attack with the safe and the dangerous setting. Each test also asserts the
 * one fact the lesson is about, so a changed golden file is never the only signal.
 * Regenerate on purpose with `npx vitest run test/security -u`.
 */
import { describe, expect, it } from "vitest";
import { eavesdrop } from "@/lib/security/eavesdrop";
import { controlConnections, replyTo, replyWith, synFrom } from "@/lib/trace/query";
import { topologyOf } from "@/lib/sim/compose";
import { simulate } from "@/lib/sim/session";
import type { Scenario } from "@/lib/sim/scenario";
import type { TraceEntry } from "@/lib/trace/types";
import { render, screen } from "./helpers";

const BASE = "listen=YES\nanonymous_enable=YES\nlocal_enable=YES\nwrite_enable=YES\n";
const run = (s: Scenario) => simulate(s).trace;
const golden = (trace: readonly TraceEntry[], name: string) =>
  expect(render(trace)).toMatchFileSnapshot(`golden/${name}.txt`);

describe("anonymous upload", () => {
  const upload = (allow: "YES" | "NO") =>
    run({
      topology: "lan",
      server: { config: `${BASE}anon_upload_enable=${allow}\n` },
      commands: ["open server", "user anonymous guest@", "cd upload", "put tarea.txt"],
    });
  it("is refused with anon_upload_enable=NO (550 after STOR)", async () => {
    const t = upload("NO");
    expect(replyTo(t, "STOR", 550)).not.toBeNull();
    expect(replyTo(t, "STOR", 226)).toBeNull();
    await golden(t, "anon-upload-denied");
  });
  it("succeeds with anon_upload_enable=YES (226 after STOR as anonymous)", async () => {
    const t = upload("YES");
    expect(replyTo(t, "STOR", 226)).not.toBeNull();
    await golden(t, "anon-upload-allowed");
  });
});

describe("FTP bounce", () => {
  const bounce = (promiscuous: "YES" | "NO") =>
    run({
      topology: "client-nat",
      victim: true,
      server: { config: `${BASE}port_promiscuous=${promiscuous}\n` },
      commands: ["open server", "user anonymous guest@", "quote PORT 198,51,100,66,0,25", "quote LIST"],
    });
  it("is refused with port_promiscuous=NO: 500 Illegal PORT command. and no SYN to the victim", async () => {
    const t = bounce("NO");
    expect(replyWith(t, 500, "Illegal PORT command.")).not.toBeNull();
    expect(synFrom(t, "server", "victim")).toBeNull();
    await golden(t, "bounce-refused");
  });
  it("reaches the victim with port_promiscuous=YES: the data SYN goes server → victim:25", async () => {
    const t = bounce("YES");
    const syn = t.find((e) => e.seq === synFrom(t, "server", "victim"));
    expect(syn?.to).toMatchObject({ host: "victim", addr: "198.51.100.66", port: 25 });
    expect(t.some((e) => e.kind === "DataSent" && e.from.host === "server" && e.to.host === "victim")).toBe(
      true,
    );
    expect(
      t.some((e) => e.from.host === "victim" && (e.text ?? "").startsWith("220 victim.example ESMTP")),
    ).toBe(true);
    await golden(t, "bounce-allowed");
  });
});

describe("brute force against max_login_fails", () => {
  const brute = (max: number) =>
    run({
      topology: "lan",
      server: { config: `${BASE}max_login_fails=${max}\n` },
      commands: ["brute alumno"],
    });
  /** 530s per control connection, in order. */
  const failsPerConn = (t: readonly TraceEntry[]) => {
    const m = new Map<number, number>();
    for (const e of t)
      if (e.kind === "ReplySent" && e.to.host === "client" && e.code === 530)
        m.set(e.conn!, (m.get(e.conn!) ?? 0) + 1);
    return [...m.values()];
  };
  it("vsftpd closes each connection after 3 failures; hydra reconnects and finds the password", async () => {
    const t = brute(3);
    expect(failsPerConn(t)).toEqual([3, 3]);
    expect(controlConnections(t)).toBe(3);
    expect(t.filter((e) => e.note?.key === "server.maxLoginFails")).toHaveLength(2);
    expect(screen(t)).toContain("[21][ftp] host: server   login: alumno   password: alumno123");
    await golden(t, "brute-max3");
  });
  it("max_login_fails=1 costs more connections but does not stop it", () => {
    const t = brute(1);
    expect(failsPerConn(t).every((n) => n === 1)).toBe(true);
    expect(controlConnections(t)).toBe(7);
    expect(replyTo(t, "PASS", 230)).not.toBeNull();
  });
});

describe("sniffing and AUTH TLS", () => {
  const login = (ssl: boolean, topology = "client-nat") =>
    run({
      topology,
      server: { config: `${BASE}ssl_enable=${ssl ? "YES" : "NO"}\n` },
      client: { ssl },
      commands: ["open server", "user alumno alumno123", "get readme.txt", "bye"],
    });
  it("without TLS every link carries PASS alumno123 in clear", async () => {
    const t = login(false);
    const view = eavesdrop(t, topologyOf({ topology: "client-nat" }));
    expect(view.leaks.filter((l) => l.credential === "pass").map((l) => [l.link, l.value])).toEqual([
      ["client-lan", "alumno123"],
      ["internet", "alumno123"],
    ]);
    await golden(t, "sniff-clear");
  });
  it("after AUTH TLS a sniffer sees only TLS records; the terminal still reads the replies", async () => {
    const t = login(true);
    const view = eavesdrop(t, topologyOf({ topology: "client-nat" }));
    expect(view.leaks).toEqual([]);
    const control = view.links.flatMap((l) => l.items).filter((i) => i.channel === "control" && i.tls);
    expect(control.some((i) => i.tls!.includes("Handshake: ClientHello"))).toBe(true);
    expect(control.every((i) => i.text === null)).toBe(true);
    expect(screen(t)).toContain("230 Login successful.");
    await golden(t, "sniff-tls");
  });
  it("vsftpd without ssl_enable answers AUTH TLS before login with 530", () => {
    const t = login(false, "lan");
    expect(replyTo(t, "AUTH", 530)).toBeNull();
    const t2 = run({
      topology: "lan",
      server: { config: BASE },
      client: { ssl: true },
      commands: ["open server"],
    });
    expect(replyTo(t2, "AUTH", 530)).not.toBeNull();
  });
  it("ssl_enable=YES refuses a local login in clear and closes (force_local_logins_ssl)", () => {
    const t = run({
      topology: "lan",
      server: { config: `${BASE}ssl_enable=YES\n` },
      commands: ["open server", "user alumno x"],
    });
    expect(replyWith(t, 530, "Non-anonymous sessions must use encryption.")).not.toBeNull();
  });
});

describe("FTP ALG and AUTH TLS", () => {
  const active = (ssl: boolean) =>
    run({
      topology: "client-nat-alg",
      server: { config: `${BASE}ssl_enable=${ssl ? "YES" : "NO"}\n` },
      client: { mode: "active", ssl },
      commands: ["open server", "user alumno alumno123", "ls"],
    });
  it("in clear the ALG rewrites PORT and active mode works", async () => {
    const t = active(false);
    expect(t.some((e) => e.kind === "NatTranslated" && e.after?.text?.startsWith("PORT "))).toBe(true);
    expect(replyTo(t, "LIST", 226)).not.toBeNull();
    await golden(t, "alg-clear");
  });
  it("after AUTH TLS the ALG cannot read PORT: vsftpd sees the private address, 500 Illegal PORT command.", async () => {
    const t = active(true);
    expect(t.some((e) => e.kind === "NatTranslated" && e.after?.text?.includes("PORT"))).toBe(false);
    expect(replyTo(t, "PORT", 500)).not.toBeNull();
    await golden(t, "alg-tls");
  });
});

describe("nmap", () => {
  const scan = (line: string, config = BASE) =>
    screen(run({ topology: "lan", server: { config }, commands: [line] }));
  it("-sV reads the version from vsftpd's default banner", () => {
    const out = scan("nmap -sV -p21 server");
    expect(out).toContain(
      [
        "Nmap scan report for server (192.168.1.20)",
        "Host is up (0.0020s latency).",
        "",
        "PORT   STATE SERVICE VERSION",
        "21/tcp open  ftp     vsftpd 3.0.3",
        "Service Info: OS: Unix",
      ].join("\n"),
    );
    expect(out).toMatch(/^Starting Nmap 7\.93 \( https:\/\/nmap\.org \) at 2024-01-15 12:34 UTC$/m);
    expect(out).toMatch(/^Nmap done: 1 IP address \(1 host up\) scanned in \d+\.\d\d seconds$/m);
  });
  it("-sV with a neutral banner still says vsftpd, without the exact version", () => {
    expect(scan("nmap -sV -p21 server", `${BASE}ftpd_banner=Welcome.\n`)).toContain(
      "21/tcp open  ftp     vsftpd 2.0.8 or later",
    );
  });
  it("-sC runs ftp-anon (writeable marks) and ftp-syst (STAT)", async () => {
    const out = scan("nmap -sC -p21 server");
    expect(out).toContain("| ftp-anon: Anonymous FTP login allowed (FTP code 230)");
    expect(out).toMatch(/^\|_drwxrwxrwx .* upload \[NSE: writeable\]$/m);
    expect(out).toContain("| ftp-syst: \n|   STAT: \n| FTP server status:\n|      Connected to 192.168.1.10");
    expect(out).toMatch(/^\|_End of status$/m);
    await expect(out + "\n").toMatchFileSnapshot("golden/nmap-sC.screen.txt");
  });
  it("-sC's ftp-bounce speaks only when the server accepts a PORT to a third host", () => {
    expect(scan("nmap -sC -p21 server")).not.toContain("ftp-bounce");
    const open = scan("nmap -sC -p21 server", "listen=YES\nanonymous_enable=YES\nport_promiscuous=YES\n");
    expect(open).toContain("|_ftp-bounce: bounce working!");
  });
  it("-sC says nothing about anonymous when it is disabled; closed ports show as closed", () => {
    expect(scan("nmap -sC -p21 server", "listen=YES\nanonymous_enable=NO\n")).not.toContain("ftp-anon");
    expect(scan("nmap -p25 server")).toContain("25/tcp closed smtp");
  });
});

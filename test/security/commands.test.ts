/** The smaller client commands of the security lessons and vsftpd's PBSZ/PROT answers. */
import { describe, expect, it } from "vitest";
import { replyTo, replyWith } from "@/lib/trace/query";
import { simulate } from "@/lib/sim/session";
import { screen } from "./helpers";

const SSL = "listen=YES\nanonymous_enable=YES\nlocal_enable=YES\nssl_enable=YES\n";
const run = (config: string, commands: string[], ssl = false) =>
  simulate({ topology: "lan", server: { config }, client: { ssl }, commands }).trace;

describe("security commands", () => {
  it("ftp user@host opens and logs in, asking for the password", () => {
    const t = run("listen=YES\nanonymous_enable=YES\n", ["ftp anonymous@server", "guest@"]);
    expect(replyTo(t, "PASS", 230)).not.toBeNull();
    expect(screen(t)).toContain("Connected to server.");
  });

  it("auth sends AUTH TLS and the rest of the session is encrypted", () => {
    const t = run(SSL, [
      "open server",
      "auth",
      "user alumno alumno123",
      "quote PBSZ 0",
      "quote PROT P",
      "quote PROT X",
    ]);
    expect(replyTo(t, "AUTH", 234)).not.toBeNull();
    expect(t.find((e) => e.kind === "CommandSent" && e.verb === "PASS")?.tls?.records).toEqual([
      "Application Data",
    ]);
    expect(replyWith(t, 200, "PBSZ set to 0.")).not.toBeNull();
    expect(replyWith(t, 200, "PROT now Private.")).not.toBeNull();
    expect(replyWith(t, 504, "PROT not recognized.")).not.toBeNull();
  });

  it("PBSZ before AUTH needs a secure connection; unknown AUTH types get 504", () => {
    const t = run(SSL, ["open server", "quote PBSZ 0", "quote AUTH KERBEROS"]);
    expect(replyWith(t, 503, "PBSZ needs a secure connection.")).not.toBeNull();
    expect(replyWith(t, 504, "Unknown AUTH type.")).not.toBeNull();
  });

  it("quote AUTH TLS without a client handshake: the server gives up in clear and hangs up", () => {
    const t = run(SSL, ["open server", "quote AUTH TLS", "user alumno alumno123"]);
    expect(replyWith(t, 421, "Negotiation failed:")).not.toBeNull();
    expect(t.some((e) => e.note?.key === "sec.tls.failed")).toBe(true);
  });

  it("anonymous over TLS is refused unless allow_anon_ssl", () => {
    const t = run(SSL, ["open server", "user anonymous guest@"], true);
    expect(replyWith(t, 530, "Anonymous sessions may not use encryption.")).not.toBeNull();
    const ok = run(`${SSL}allow_anon_ssl=YES\n`, ["open server", "user anonymous guest@"], true);
    expect(replyTo(ok, "PASS", 230)).not.toBeNull();
  });

  it("FEAT advertises AUTH, PBSZ and PROT only with ssl_enable", () => {
    const feat = (c: string) =>
      run(c, ["open server", "quote FEAT"]).find(
        (e) => e.kind === "ReplySent" && e.code === 211 && e.to.host === "client",
      )?.text ?? "";
    expect(feat(SSL)).toMatch(/ AUTH SSL\r\n AUTH TLS\r\n/);
    expect(feat(SSL)).toContain(" PBSZ\r\n PROT\r\n");
    expect(feat("listen=YES\n")).not.toContain("AUTH");
  });

  it("hydra reads a word list from the local machine and reports a miss", () => {
    const t = simulate({
      topology: "lan",
      client: { files: { "mis.txt": "uno\ndos\n" } },
      commands: ["hydra -l alumno -P mis.txt ftp://server", "hydra -l alumno -P nada.txt ftp://server"],
    }).trace;
    const out = screen(t);
    expect(out).toContain("1 of 1 target completed, 0 valid passwords found");
    expect(out).toContain("[ERROR] File for passwords not found: nada.txt");
  });
});

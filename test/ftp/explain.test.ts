import { describe, expect, it } from "vitest";
import { explainReply } from "@/lib/ftp/explain";
import { translate } from "@/lib/i18n";

describe("explainReply", () => {
  it("computes the passive port from 227's six numbers", () => {
    const en = explainReply(227, "227 Entering Passive Mode (203,0,113,5,195,80).", "en");
    expect(en).toContain("203.0.113.5");
    expect(en).toContain("195×256+80 = 50000");
    const es = explainReply(227, "Entering Passive Mode (203,0,113,5,195,80).", "es");
    expect(es).toContain("escucha en 203.0.113.5 puerto 195×256+80 = 50000");
  });

  it("points out a 227 address that is not the control connection's", () => {
    const text = explainReply(227, "227 Entering Passive Mode (10,0,0,5,195,80).", "en", {
      controlAddr: "203.0.113.5",
    });
    expect(text).toContain("10.0.0.5");
    expect(text).toContain("203.0.113.5 ≠ 10.0.0.5");
    const same = explainReply(227, "227 Entering Passive Mode (10,0,0,5,195,80).", "en", {
      controlAddr: "10.0.0.5",
    });
    expect(same).not.toContain("≠");
  });

  it("reads 229's port and reuses the control connection's address", () => {
    const text = explainReply(229, "229 Entering Extended Passive Mode (|||40001|)", "en", {
      controlAddr: "198.51.100.7",
    });
    expect(text).toContain("port 40001");
    expect(text).toContain("198.51.100.7");
  });

  it("explains what PORT announced, and vsftpd's refusal of a foreign address", () => {
    const ok = explainReply(200, "200 PORT command successful. Consider using PASV.", "en", {
      command: "PORT 192,168,1,10,200,10",
    });
    expect(ok).toContain("192.168.1.10 port 200×256+10 = 51210");
    const eprt = explainReply(200, "200 EPRT command successful.", "en", {
      command: "EPRT |1|10.0.0.2|50000|",
    });
    expect(eprt).toContain("10.0.0.2");
    expect(eprt).toContain("50000");
    const bad = explainReply(500, "500 Illegal PORT command.", "en", { command: "PORT 10,0,0,9,4,1" });
    expect(bad).toContain(
      "vsftpd refused the PORT: the address is not the one this control connection comes from",
    );
  });

  it("follows the login flow", () => {
    expect(explainReply(220, "220 (vsFTPd 3.0.5)", "en")).toContain("USER");
    expect(
      explainReply(331, "331 Please specify the password.", "en", { command: "USER anonymous" }),
    ).toContain("any password");
    expect(explainReply(331, "331 Please specify the password.", "en", { command: "USER alice" })).toContain(
      "password (PASS)",
    );
    expect(explainReply(230, "230 Login successful.", "es")).toContain("sesión iniciada");
    expect(explainReply(530, "530 Login incorrect.", "en")).toContain("wrong user name or password");
    expect(explainReply(530, "530 Please login with USER and PASS.", "en")).toContain(
      "log in with USER and PASS",
    );
    expect(explainReply(503, "503 Login with USER first.", "en")).toContain("right after USER");
  });

  it("says what a 150 opens, by command", () => {
    expect(explainReply(150, "150 Here comes the directory listing.", "en", { command: "LIST" })).toContain(
      "listing",
    );
    expect(
      explainReply(150, "150 Opening BINARY mode data connection for big.bin (1048576 bytes).", "en", {
        command: "RETR big.bin",
      }),
    ).toContain("1048576 bytes");
    expect(explainReply(150, "150 Ok to send data.", "en", { command: "STOR up.txt" })).toContain(
      "ready to receive",
    );
    expect(explainReply(150, "150 Something.", "en")).toBe(translate("en", "term.150"));
  });

  it("tells the 425s apart", () => {
    expect(explainReply(425, "425 Use PORT or PASV first.", "en")).toContain("PASV");
    expect(explainReply(425, "425 Failed to establish connection.", "en")).toBe(translate("en", "term.425"));
    expect(explainReply(425, "425 Security: Bad IP connecting.", "en")).toContain("another address");
  });

  it("explains the abort and the end of transfers", () => {
    expect(explainReply(426, "426 Failure writing network stream.", "en")).toContain("aborted");
    expect(explainReply(226, "226 ABOR successful.", "en", { command: "ABOR" })).toContain("abort done");
    expect(explainReply(226, "226 Directory send OK.", "en", { command: "LIST" })).toContain("listing");
    expect(explainReply(225, "225 No transfer to ABOR.", "en", { command: "ABOR" })).toContain("no transfer");
  });

  it("uses the reply's text for paths, sizes and dates", () => {
    expect(explainReply(257, '257 "/pub" is the current directory', "en", { command: "PWD" })).toContain(
      "/pub",
    );
    expect(explainReply(213, "213 1048576", "en", { command: "SIZE big.bin" })).toContain("1048576 bytes");
    expect(explainReply(213, "213 20240131120000", "en", { command: "MDTM a" })).toContain(
      "2024-01-31 12:00:00",
    );
    expect(
      explainReply(350, "350 Restart position accepted (100).", "en", { command: "REST 100" }),
    ).toContain("byte 100");
  });

  it("falls back to the code's meaning, then the class's", () => {
    expect(explainReply(202, "202 Whatever.", "en")).toBe(translate("en", "code.202"));
    expect(explainReply(299, "299 New thing.", "es")).toBe(translate("es", "class.2"));
    expect(explainReply(499, "499 ?", "en")).toBe(translate("en", "class.4"));
    expect(explainReply(999, "999 ?", "en")).toContain("999");
  });

  it("survives malformed replies without throwing", () => {
    expect(explainReply(227, "227 Entering Passive Mode (garbage)", "en")).toBe(translate("en", "code.227"));
    expect(explainReply(229, "229 (|||x|)", "en")).toBe(translate("en", "code.229"));
    expect(explainReply(200, "200 PORT command successful.", "en", { command: "PORT 999,1,1,1,1,1" })).toBe(
      translate("en", "code.200"),
    );
  });
});

describe("explanations tied to what vsftpd really does (issue 14)", () => {
  const en = (code: number, text: string, command: string) => explainReply(code, text, "en", { command });
  it("names the tunable or the cause behind each reply", () => {
    expect(en(421, "421 Data timeout. Reconnect. Sorry.", "RETR big.iso")).toMatch(/data_connection_timeout/);
    expect(en(421, "421 Timeout.", "NOOP")).toMatch(/idle_session_timeout/);
    expect(en(200, "200 Switching to ASCII mode.", "TYPE A")).toMatch(/no line ending is converted/);
    expect(en(226, "226 Transfer complete.", "ABOR")).toMatch(/completes the transfer/);
    expect(en(226, "226 ABOR successful.", "ABOR")).toMatch(/abort done/);
    expect(en(500, "500 Illegal PORT command.", "PORT 1,2,3")).toMatch(/could not read six numbers/);
    expect(en(500, "500 Illegal PORT command.", "PORT 192,168,1,10,195,80")).toMatch(/not the one/);
    expect(en(530, "530 Can't change to another user.", "USER bob")).toMatch(/change user/);
    expect(en(550, "550 Failed to open file.", "RETR upload/a.txt")).toMatch(/anon_umask 077/);
    expect(en(213, "213-Status follows:\r\n213 End of status", "STAT /pub")).toMatch(/never uses 212/);
  });
});

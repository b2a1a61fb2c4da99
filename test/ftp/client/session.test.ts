import { describe, expect, it } from "vitest";
import { Harness, SERVER_ADDR, CLIENT_ADDR } from "./fake-server";

describe("open, login, close", () => {
  it("connects, prints Connected to, asks SYST (ftp -n: no login) and is ready", () => {
    const h = new Harness({ mode: "passive" });
    const out = h.type("open server");
    expect(out[0]).toEqual({ type: "connectControl", host: "server", port: 21 });
    // netkit's setpeer: SYST right after the greeting; "215 UNIX Type: L8" makes binary the default.
    expect(h.take()).toEqual(["SYST"]);
    expect(h.prints()).toEqual([
      "Connected to server.",
      "Remote system type is UNIX.",
      "Using binary mode to transfer files.",
    ]);
    expect(out.slice(-2)).toEqual([{ type: "prompt", text: "ftp> " }, { type: "ready" }]);
    expect(h.client.state).toMatchObject({ connected: true, loggedIn: false, busy: false, type: "binary" });
  });

  it("a SYST refused before login (vsftpd's 530) leaves the type ASCII and prints nothing", () => {
    const h = new Harness(
      { mode: "passive" },
      { override: { SYST: "530 Please login with USER and PASS." } },
    );
    h.type("open server");
    expect(h.take()).toEqual(["SYST"]);
    expect(h.prints()).toEqual(["Connected to server."]);
    expect(h.client.state.type).toBe("ascii");
  });

  it("with autologin, open asks Name (host:user):, logs in, then asks SYST", () => {
    const h = new Harness({ mode: "passive", autologin: true, localUser: "ana" });
    const out = h.type("open server");
    expect(out.slice(-2)).toEqual([{ type: "prompt", text: "Name (server:ana): " }, { type: "ready" }]);
    h.type("");
    expect(h.take()).toEqual(["USER ana"]);
    h.type("s3cret");
    expect(h.take()).toEqual(["PASS s3cret", "SYST"]);
    expect(h.client.state).toMatchObject({ loggedIn: true, type: "binary" });
  });

  it("takes a port, refuses a bad one, and refuses a second open", () => {
    const h = new Harness({ mode: "passive" });
    h.type("open server 99999");
    expect(h.prints()).toEqual(["99999: bad port number"]);
    expect(h.type("open server 2121")[0]).toEqual({ type: "connectControl", host: "server", port: 2121 });
    const n = h.actions.length;
    h.type("open other");
    expect(h.prints(n)).toEqual(["Already connected to server, use close first."]);
  });

  it("prompts for the password with echo off and never prints it", () => {
    const h = new Harness({ mode: "passive" });
    h.type("open server");
    h.take();
    const out = h.type("user alice");
    expect(h.take()).toEqual(["USER alice"]);
    expect(out.slice(-2)).toEqual([{ type: "prompt", text: "Password:", secret: true }, { type: "ready" }]);
    expect(h.client.state).toMatchObject({ busy: true, awaitingLine: true });
    h.type("s3cret");
    expect(h.take()).toEqual(["PASS s3cret"]);
    expect(h.client.state.loggedIn).toBe(true);
    expect(h.prints().join("\n")).not.toContain("s3cret");
    expect(h.lastAction).toEqual({ type: "ready" });
  });

  it("says Login failed. on 530 and supports pass on its own", () => {
    const h = new Harness({ mode: "passive" }, { override: { PASS: "530 Login incorrect." } });
    h.type("open server");
    h.type("user alice wrong");
    expect(h.prints()).toContain("Login failed.");
    expect(h.client.state.loggedIn).toBe(false);
    const h2 = new Harness({ mode: "passive" });
    h2.type("open server");
    h2.take();
    h2.type("pass");
    h2.type("pw");
    expect(h2.take()).toEqual(["PASS pw"]);
  });

  it("reports a refused connection the way the classic client does", () => {
    const h = new Harness({ mode: "passive" });
    h.raw({ type: "userLine", line: "open server" });
    h.raw({ type: "controlConnectFailed", reason: "refused" });
    expect(h.prints()).toEqual(["ftp: connect: Connection refused"]);
    expect(h.client.state.connected).toBe(false);
    expect(h.lastAction).toEqual({ type: "ready" });
  });

  it("waits for the kernel's connect() result, with no timer of its own (netkit's blocking hookup)", () => {
    const h = new Harness({ mode: "passive" });
    const out = h.raw({ type: "userLine", line: "open server" });
    expect(out.filter((a) => a.type === "setTimer")).toEqual([]);
    h.raw({ type: "controlConnectFailed", reason: "timeout" });
    expect(h.prints()).toEqual(["ftp: connect: Connection timed out"]);
  });

  it("closes after a 421 greeting", () => {
    const h = new Harness({ mode: "passive" });
    h.raw({ type: "userLine", line: "open server" });
    h.raw({ type: "controlConnected", local: CLIENT_ADDR, remote: SERVER_ADDR });
    const out = h.reply("421 There are too many connected users, please try later.");
    expect(out).toContainEqual({ type: "closeControl" });
    expect(h.client.state.connected).toBe(false);
  });

  it("close and bye send QUIT and close; the server's FIN afterwards is not a loss", () => {
    const h = new Harness({ mode: "passive" }).login();
    const out = h.type("close");
    expect(h.take()).toEqual(["QUIT"]);
    expect(out).toContainEqual({ type: "closeControl" });
    expect(h.prints()).toEqual([]);
    expect(h.client.state.connected).toBe(false);
    const n = h.actions.length;
    h.type("close");
    expect(h.prints(n)).toEqual(["Not connected."]);
    h.type("open server");
    h.take();
    h.type("bye");
    expect(h.take()).toEqual(["QUIT"]);
    expect(h.notes()).toContain("client.note.bye");
  });

  it("reports a control connection the server dropped, mid-command or idle", () => {
    const h = new Harness({ mode: "passive" }, { override: { PWD: "" } }).login();
    h.type("pwd");
    const out = h.raw({ type: "controlClosed" });
    expect(h.prints()).toEqual(["421 Service not available, remote server has closed connection"]);
    expect(out.slice(-1)).toEqual([{ type: "ready" }]);
    expect(h.client.state.connected).toBe(false);
  });
});

describe("raw mode (telnet / nc)", () => {
  it("sends typed lines verbatim and opens nothing for PASV", () => {
    const h = new Harness({ mode: "passive" });
    const out = h.type("telnet server 21");
    expect(out[1]).toEqual({ type: "connectControl", host: "server", port: 21 });
    expect(h.prints()).toEqual(["Trying server...", "Connected to server.", "Escape character is '^]'."]);
    expect(h.client.state.raw).toBe(true);
    h.type("USER anonymous");
    h.type("PASV");
    h.type("pasv please");
    expect(h.take()).toEqual(["USER anonymous", "PASV", "pasv please"]);
    expect(h.actions.some((a) => a.type === "connectData" || a.type === "listen")).toBe(false);
    h.type("QUIT");
    expect(h.prints().slice(-1)).toEqual(["Connection closed by foreign host."]);
    expect(h.client.state).toMatchObject({ raw: false, connected: false, busy: false });
  });

  it("nc is quiet and leaves raw mode when the server closes", () => {
    const h = new Harness({ mode: "passive" });
    h.raw({ type: "userLine", line: "nc server 21" });
    h.raw({ type: "controlConnected", local: CLIENT_ADDR, remote: SERVER_ADDR });
    h.reply("220 hi");
    expect(h.prints()).toEqual([]);
    h.raw({ type: "controlClosed" });
    expect(h.prints()).toEqual(["Connection closed by foreign host."]);
    expect(h.client.state.raw).toBe(false);
  });
});

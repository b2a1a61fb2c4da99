import { describe, expect, it } from "vitest";
import { latin1Bytes } from "@/lib/util/bytes";
import { Harness, PASV_PORT } from "./fake-server";

const FILES = { "hello.txt": "hello world\n" };

describe("data setup failures end the command cleanly", () => {
  it("500 Illegal PORT command.: like netkit's initconn, drops PORT for this transfer only", () => {
    const h = new Harness(
      { mode: "active" },
      { override: { PORT: "500 Illegal PORT command.", LIST: "425 Use PORT or PASV first." } },
    ).login();
    const out = h.type("ls");
    expect(h.take()).toEqual(["PORT 192,0,2,10,156,65", "LIST"]);
    expect(out).toContainEqual({ type: "stopListening" });
    expect(h.lastAction).toEqual({ type: "ready" });
    expect(h.client.state.busy).toBe(false);
    // `if (tmpno) sendport = 1;`: the next transfer sends PORT again, and a refusal now ends it.
    h.type("ls");
    expect(h.take()).toEqual(["PORT 192,0,2,10,156,65"]);
    expect(h.lastAction).toEqual({ type: "ready" });
  });

  it("a refused PASV prints Passive mode refused.", () => {
    const h = new Harness({ mode: "passive" }, { override: { PASV: "500 Unknown command." } }).login();
    h.type("ls");
    expect(h.take()).toEqual(["PASV"]);
    expect(h.prints()).toEqual(["Passive mode refused."]);
    expect(h.lastAction).toEqual({ type: "ready" });
  });

  it("an unreadable 227 is a scan failure", () => {
    const h = new Harness({ mode: "passive" }, { override: { PASV: "227 Entering Passive Mode." } }).login();
    h.type("ls");
    expect(h.prints()).toEqual(["Passive mode address scan failure."]);
  });

  it("EPSV refused with 500 falls back to PASV, for the rest of the session", () => {
    const h = new Harness(
      { mode: "passive", epsv: true },
      { override: { EPSV: "500 Unknown command." } },
    ).login();
    h.type("ls");
    expect(h.take()).toEqual(["EPSV", "PASV", "LIST"]);
    expect(h.notes()).toContain("client.note.epsvFallback");
    h.type("ls");
    expect(h.take()).toEqual(["PASV", "LIST"]);
  });

  it("a passive connect that is refused or times out prints the reason and sends no LIST", () => {
    const h = new Harness({ mode: "passive" }).login();
    h.raw({ type: "userLine", line: "ls" });
    h.reply("227 Entering Passive Mode (192,0,2,20,195,80).");
    h.raw({ type: "dataConnectFailed", reason: "refused" });
    expect(h.take()).toEqual(["PASV"]);
    expect(h.prints()).toEqual(["ftp: connect: Connection refused"]);
    expect(h.lastAction).toEqual({ type: "ready" });
    h.raw({ type: "userLine", line: "ls" });
    const out = h.reply("227 Entering Passive Mode (192,0,2,20,195,80).");
    // A blocking connect: no client timer; the kernel's ETIMEDOUT (about 127 s) ends it.
    expect(out.filter((a) => a.type === "setTimer")).toEqual([]);
    h.raw({ type: "dataConnectFailed", reason: "timeout" });
    expect(h.prints().slice(-1)).toEqual(["ftp: connect: Connection timed out"]);
    expect(h.take()).toEqual(["PASV"]);
  });

  it("follows a 227 address that differs from the control peer, and says so", () => {
    const h = new Harness({ mode: "passive" }, { pasvAddr: "10.0.0.5", listing: "x\r\n" }).login();
    const out = h.type("ls");
    expect(out).toContainEqual({ type: "connectData", to: { addr: "10.0.0.5", port: PASV_PORT } });
    expect(out).toContainEqual({
      type: "note",
      note: { key: "client.note.pasvFollow", params: { addr: "10.0.0.5", peer: "192.0.2.20" } },
    });
  });

  it("with followPasvAddress=false reuses the control address, and says so", () => {
    const h = new Harness({ mode: "passive", followPasvAddress: false }, { pasvAddr: "10.0.0.5" }).login();
    const out = h.type("ls");
    expect(out).toContainEqual({ type: "connectData", to: { addr: "192.0.2.20", port: PASV_PORT } });
    expect(h.notes()).toContain("client.note.pasvIgnore");
  });

  it("EPSV connects to the control peer's address", () => {
    const h = new Harness({ mode: "passive", epsv: true }).login();
    expect(h.type("ls")).toContainEqual({ type: "connectData", to: { addr: "192.0.2.20", port: PASV_PORT } });
  });

  it("TYPE refused ends get before any data setup", () => {
    const h = new Harness({ mode: "passive" }, { override: { TYPE: "504 Bad MODE command." } }).login();
    h.type("get hello.txt");
    expect(h.take()).toEqual(["TYPE I"]);
    expect(h.lastAction).toEqual({ type: "ready" });
  });

  it("REST refused ends reget and drops the data connection", () => {
    const h = new Harness(
      { mode: "passive", localFiles: { "hello.txt": latin1Bytes("hel") } },
      { files: FILES, override: { REST: "502 REST not implemented." } },
    ).login();
    const out = h.type("reget hello.txt");
    expect(h.take()).toEqual(["TYPE I", "PASV", "REST 3"]);
    expect(out).toContainEqual({ type: "abortData" });
  });

  it("put of a missing local file sends nothing", () => {
    const h = new Harness({ mode: "passive" }).login();
    h.type("put nope.txt");
    expect(h.take()).toEqual([]);
    expect(h.prints()).toEqual(["local: nope.txt: No such file or directory"]);
  });

  it("active mode: listen failure, and a server that never connects (its 425 ends the wait)", () => {
    const h = new Harness({ mode: "active" }).login();
    h.raw({ type: "userLine", line: "ls" });
    h.raw({ type: "listenFailed" });
    expect(h.prints()).toEqual(["ftp: bind: Address already in use"]);
    expect(h.take()).toEqual([]);
    h.raw({ type: "userLine", line: "ls" });
    h.raw({ type: "listening", port: 40001 });
    h.reply("200 PORT command successful.");
    h.reply("150 Here comes the directory listing.");
    expect(h.take()).toEqual(["PORT 192,0,2,10,156,65", "LIST"]);
    const out = h.reply("425 Failed to establish connection.");
    expect(out).toContainEqual({ type: "stopListening" });
    expect(out).toContainEqual({ type: "ready" });
  });
});

/** Telnet IP + Synch: IAC IP IAC (urgent), then DM ABOR. */
const SYNCH = "\xff\xf4\xff";
const DM_ABOR = "\xf2ABOR";

describe("Ctrl+C", () => {
  const downloading = () => {
    const h = new Harness({ mode: "passive" }, { files: FILES, hold: true }).login();
    h.type("get hello.txt");
    h.take();
    return h;
  };

  it("mid-transfer sends Telnet IP/Synch and ABOR, reads the data to its end, then waits for both replies", () => {
    const h = downloading();
    const out = h.raw({ type: "interrupt" });
    // netkit's abort_remote: IAC IP IAC as urgent data, then DM and ABOR in the normal stream.
    expect(h.take()).toEqual([SYNCH, DM_ABOR]);
    expect(out).toContainEqual({ type: "sendControl", bytes: Uint8Array.of(255, 244, 255), urgent: true });
    // The data connection is not torn down: it is read to its end first (bytes thrown away).
    expect(out).not.toContainEqual({ type: "abortData" });
    expect(h.prints().slice(-2)).toEqual(["receive aborted", "waiting for remote to finish abort"]);
    expect(h.notes()).toContain("client.note.abor");
    h.raw({ type: "dataBytes", bytes: latin1Bytes("rest of the file") });
    expect(h.reply("226 Transfer complete.")).not.toContainEqual({ type: "ready" });
    expect(h.reply("225 No transfer to ABOR.")).not.toContainEqual({ type: "ready" });
    expect(h.raw({ type: "dataClosed" })).toContainEqual({ type: "ready" });
    // The partial file stays (that is what reget is for), without the drained bytes.
    expect(h.client.state.localFiles["hello.txt"]).toBeDefined();
    expect(new TextDecoder().decode(h.client.state.localFiles["hello.txt"])).not.toContain("rest");
    h.type("pwd");
    expect(h.take()).toEqual(["PWD"]);
  });

  it("prints netkit's statistics line after an abort when bytes had arrived (ptransfer, bytes > 0)", () => {
    const h = downloading();
    h.raw({ type: "dataBytes", bytes: latin1Bytes("partial") });
    h.raw({ type: "interrupt" });
    h.raw({ type: "dataClosed", reset: true });
    h.reply("426 Failure writing network stream.");
    h.reply("226 ABOR successful.");
    const stats = h.prints().filter((l) => l.includes("bytes received"));
    expect(stats).toHaveLength(1);
    expect(stats[0]).toMatch(/^\d+ bytes received in 0\.00 secs \(\d+\.\d{4} kB\/s\)$/);
  });

  it("after the 226 and the end of the data, ABOR needs only its own reply (225)", () => {
    const h = downloading();
    h.reply("226 Transfer complete.");
    h.raw({ type: "interrupt" });
    expect(h.take()).toEqual([SYNCH, DM_ABOR]);
    h.raw({ type: "dataClosed" });
    expect(h.reply("225 No transfer to ABOR.")).toContainEqual({ type: "ready" });
  });

  it("during an upload says send aborted", () => {
    const h = new Harness(
      { mode: "passive", localFiles: { "a.txt": latin1Bytes("x") } },
      { override: { STOR: "" } },
    ).login();
    h.type("put a.txt");
    h.raw({ type: "interrupt" });
    expect(h.prints()).toContain("send aborted");
    expect(h.take()).toEqual(["TYPE I", "PASV", "STOR a.txt", SYNCH, DM_ABOR]);
  });

  it("while waiting for a plain reply abandons the command and discards the late reply", () => {
    const h = new Harness({ mode: "passive" }, { override: { PWD: "" } }).login();
    h.type("pwd");
    expect(h.raw({ type: "interrupt" })).toContainEqual({ type: "ready" });
    expect(h.notes()).toContain("client.note.abandoned");
    h.raw({ type: "userLine", line: "cd /tmp" });
    h.reply('257 "/home/alice" is the current directory');
    expect(h.notes()).toContain("client.note.stale");
    expect(h.client.state.busy).toBe(true);
    expect(h.reply("250 Directory successfully changed.")).toContainEqual({ type: "ready" });
    expect(h.client.state.cwd).toBe("/tmp");
  });

  it("at the Password: prompt cancels the login; at the prompt shows a new prompt", () => {
    const h = new Harness({ mode: "passive" });
    h.type("open server");
    h.type("user alice");
    expect(h.raw({ type: "interrupt" })).toEqual([{ type: "prompt", text: "ftp> " }, { type: "ready" }]);
    expect(h.client.state.busy).toBe(false);
    expect(h.raw({ type: "interrupt" })).toEqual([{ type: "prompt", text: "ftp> " }, { type: "ready" }]);
  });
});

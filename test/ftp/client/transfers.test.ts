import { describe, expect, it } from "vitest";
import { bytesLatin1, latin1Bytes } from "@/lib/util/bytes";
import type { ClientOptions } from "@/lib/ftp/client";
import { Harness, type FakeOptions } from "./fake-server";

const LISTING = "-rw-r--r--    1 1000     1000           12 Jan 02 03:04 hello.txt\r\n";
const FILES = { "hello.txt": "hello world\n", "big.bin": "0123456789abcdef" };
const modes: Record<string, { opts: ClientOptions; setup: string[] }> = {
  passive: { opts: { mode: "passive" }, setup: ["PASV"] },
  epsv: { opts: { mode: "passive", epsv: true }, setup: ["EPSV"] },
  active: { opts: { mode: "active" }, setup: ["PORT 192,0,2,10,156,65"] },
};

const session = (opts: ClientOptions, fake: FakeOptions = {}) =>
  new Harness(
    { ...opts, localFiles: { "up.txt": latin1Bytes("line1\nline2\n") } },
    { files: FILES, listing: LISTING, ...fake },
  ).login();

describe.each(Object.entries(modes))("transfers in %s mode", (_name, { opts, setup }) => {
  it("ls: data setup, LIST, prints the listing (server starts in ASCII: no TYPE)", () => {
    const h = session(opts);
    h.type("ls");
    expect(h.take()).toEqual([...setup, "LIST"]);
    expect(h.prints()).toEqual(["-rw-r--r--    1 1000     1000           12 Jan 02 03:04 hello.txt"]);
    expect(h.lastAction).toEqual({ type: "ready" });
    h.type("dir /pub");
    expect(h.take()).toEqual([...setup, "LIST /pub"]);
  });

  it("nlist sends NLST; ls with a local file saves the listing instead", () => {
    const h = session(opts);
    h.type("nlist");
    expect(h.take()).toEqual([...setup, "NLST"]);
    const n = h.actions.length;
    h.type("ls . listing.txt");
    expect(h.prints(n)).toEqual([]);
    expect(bytesLatin1(h.client.state.localFiles["listing.txt"]!)).toBe(LISTING.replace("\r\n", "\n"));
  });

  it("get: TYPE I, data setup, RETR; writes the file and prints local/remote and the statistics", () => {
    const h = session(opts);
    h.type("get hello.txt");
    expect(h.take()).toEqual(["TYPE I", ...setup, "RETR hello.txt"]);
    expect(bytesLatin1(h.client.state.localFiles["hello.txt"]!)).toBe("hello world\n");
    const p = h.prints();
    expect(p[0]).toBe("local: hello.txt remote: hello.txt");
    expect(p[1]).toMatch(/^12 bytes received in \d+\.\d\d secs \([\d.]+ kB\/s\)$/);
    // TYPE is only sent when it changes; ls switches back to ASCII.
    h.type("get big.bin copy.bin");
    expect(h.take()).toEqual([...setup, "RETR big.bin"]);
    expect(h.client.state.localFiles["copy.bin"]).toBeDefined();
    h.type("ls");
    expect(h.take()).toEqual(["TYPE A", ...setup, "LIST"]);
  });

  it("put and append: TYPE I, data setup, STOR/APPE, send the bytes, close the data connection", () => {
    const h = session(opts);
    const out = h.type("put up.txt remote.txt");
    expect(h.take()).toEqual(["TYPE I", ...setup, "STOR remote.txt"]);
    expect(h.fake).toBeDefined();
    const sendAt = out.findIndex((a) => a.type === "sendData");
    expect(out[sendAt + 1]).toEqual({ type: "closeData" });
    expect(h.uploads["remote.txt"]).toBe("line1\nline2\n");
    expect(h.prints()).toEqual([
      "local: up.txt remote: remote.txt",
      expect.stringMatching(/^12 bytes sent in /),
    ]);
    h.type("append up.txt");
    expect(h.take()).toEqual([...setup, "APPE up.txt"]);
  });

  it("ascii type converts line ends both ways", () => {
    const h = session(opts);
    h.type("ascii");
    expect(h.take()).toEqual(["TYPE A"]);
    h.type("put up.txt");
    expect(h.uploads["up.txt"]).toBe("line1\r\nline2\r\n");
    expect(h.take()).toEqual([...setup, "STOR up.txt"]);
  });

  it("reget resumes with REST at the local size after the data setup", () => {
    const h = new Harness(
      { ...opts, localFiles: { "big.bin": latin1Bytes("0123") } },
      { files: FILES },
    ).login();
    h.type("reget big.bin");
    expect(h.take()).toEqual(["TYPE I", ...setup, "REST 4", "RETR big.bin"]);
    expect(bytesLatin1(h.client.state.localFiles["big.bin"]!)).toBe("0123456789abcdef");
    expect(h.notes()).toContain("client.note.rest");
  });

  it("550 on RETR ends cleanly without a local file and without waiting for data", () => {
    const h = session(opts);
    const out = h.type("get missing.txt");
    expect(h.take()).toEqual(["TYPE I", ...setup, "RETR missing.txt"]);
    expect(h.client.state.localFiles["missing.txt"]).toBeUndefined();
    expect(out).toContainEqual({ type: opts.mode === "active" ? "stopListening" : "abortData" });
    expect(h.lastAction).toEqual({ type: "ready" });
    expect(h.client.state.busy).toBe(false);
  });

  it("425 on LIST ends cleanly", () => {
    const h = session(opts, { override: { LIST: "425 Failed to establish connection." } });
    h.type("ls");
    expect(h.take()).toEqual([...setup, "LIST"]);
    expect(h.lastAction).toEqual({ type: "ready" });
    h.type("pwd");
    expect(h.take()).toEqual(["PWD"]);
  });

  it.each(["replyFirst", "eofFirst"] as const)("a download completes with %s", (order) => {
    const h = session(opts, { order });
    h.type("get hello.txt");
    expect(h.client.state.localFiles["hello.txt"]).toBeDefined();
    expect(h.notes()).toContain(
      order === "replyFirst" ? "client.note.doneReplyFirst" : "client.note.doneEofFirst",
    );
    expect(h.lastAction).toEqual({ type: "ready" });
  });

  it.each(["replyFirst", "eofFirst"] as const)("an upload completes with %s", (order) => {
    const h = session(opts, { order });
    h.type("put up.txt");
    expect(h.lastAction).toEqual({ type: "ready" });
    expect(h.client.state.busy).toBe(false);
  });
});

describe("waiting for both the final reply and the data EOF", () => {
  const start = () => {
    const h = new Harness({ mode: "passive" }, { files: FILES, hold: true }).login();
    h.type("get hello.txt");
    expect(h.client.state.busy).toBe(true);
    return h;
  };

  it("226 first: still busy until the FIN", () => {
    const h = start();
    expect(h.reply("226 Transfer complete.")).not.toContainEqual({ type: "ready" });
    expect(h.client.state.busy).toBe(true);
    expect(h.raw({ type: "dataClosed" })).toContainEqual({ type: "ready" });
    expect(bytesLatin1(h.client.state.localFiles["hello.txt"]!)).toBe("hello world\n");
  });

  it("FIN first: still busy until the 226", () => {
    const h = start();
    expect(h.raw({ type: "dataClosed" })).not.toContainEqual({ type: "ready" });
    expect(h.client.state.busy).toBe(true);
    expect(h.reply("226 Transfer complete.")).toContainEqual({ type: "ready" });
  });

  it("the 226 and more data split across chunks still complete once", () => {
    const h = start();
    h.raw({ type: "dataBytes", bytes: latin1Bytes("more") });
    h.reply("226 Trans");
    h.raw({ type: "controlBytes", bytes: latin1Bytes("fer complete.\r\n") });
    const out = h.raw({ type: "dataClosed" });
    expect(out.filter((a) => a.type === "ready")).toHaveLength(1);
    expect(bytesLatin1(h.client.state.localFiles["hello.txt"]!)).toBe("hello world\nmore");
  });

  it("a listing is shown when its data ends, before the 226 arrives", () => {
    const h = new Harness({ mode: "passive" }, { listing: "a.txt\r\nb.txt\r\n", hold: true }).login();
    h.type("nlist");
    const out = h.raw({ type: "dataClosed" });
    expect(out).toContainEqual({ type: "print", text: "a.txt\nb.txt", style: "listing" });
    expect(out).not.toContainEqual({ type: "ready" });
    expect(h.reply("226 Transfer complete.")).toContainEqual({ type: "ready" });
    expect(h.prints()).toEqual(["a.txt\nb.txt"]);
  });

  it("a reset data connection waits for the 426 and keeps the partial file", () => {
    const h = start();
    h.raw({ type: "dataClosed", reset: true });
    expect(h.prints()).toContain("netin: Connection reset by peer");
    expect(h.reply("426 Failure reading network stream.")).toContainEqual({ type: "ready" });
    expect(h.client.state.localFiles["hello.txt"]).toBeDefined();
  });
});

describe("over IPv6", () => {
  const v6 = (mode: "active" | "passive") => {
    const h = new Harness({ mode });
    h.raw({ type: "userLine", line: "open server" });
    h.raw({
      type: "controlConnected",
      local: { addr: "2001:db8::10", port: 40000 },
      remote: { addr: "2001:db8::20", port: 21 },
    });
    h.reply("220 ready");
    h.reply("215 UNIX Type: L8");
    h.take();
    h.raw({ type: "userLine", line: "nlist" });
    return h;
  };

  it("active mode sends EPRT with the local address (PORT cannot carry IPv6)", () => {
    const h = v6("active");
    h.raw({ type: "listening", port: 40001 });
    expect(h.take()).toEqual(["EPRT |2|2001:db8::10|40001|"]);
  });

  it("passive mode uses EPSV even when epsv is off, and connects to the control peer", () => {
    const h = v6("passive");
    expect(h.take()).toEqual(["EPSV"]);
    expect(h.reply("229 Entering Extended Passive Mode (|||50000|)")).toContainEqual({
      type: "connectData",
      to: { addr: "2001:db8::20", port: 50000 },
    });
  });
});

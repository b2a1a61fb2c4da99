/**
 * Issue 13's engine findings, each as the input that broke it: a REST far past the end (RangeError in
 * writeAt), numbers in vsftpd.conf that vsftpd stores but never uses as given, PASV on IPv6, and the
 * path walking and listing work one command may cost.
 */
import { describe, expect, it } from "vitest";
import { demoConfig, demoVfs, DEMO_USERS, DEMO_CONFIG_TEXT } from "./demo";
import { parseConfig, pasvPortRange, type VsftpdConfig } from "@/lib/ftp/server/config";
import { createServerSession } from "@/lib/ftp/server/session";
import type { ServerAction } from "@/lib/ftp/io";
import { bytesLatin1, latin1Bytes } from "@/lib/util/bytes";
import { buildVfs } from "@/lib/vfs/build";
import { passesFilter } from "@/lib/vfs/glob";
import type { Vfs } from "@/lib/vfs/vfs";
import { fileBytes } from "@/lib/vfs/node";

function drive(opts: { config?: VsftpdConfig; fs?: Vfs; local?: string } = {}) {
  const fs = opts.fs ?? demoVfs();
  const s = createServerSession({ config: opts.config ?? demoConfig(), fs, users: DEMO_USERS, now: 0 });
  const actions: ServerAction[] = [];
  const text = (acts: readonly ServerAction[]) =>
    acts.map((a) => (a.type === "sendControl" ? bytesLatin1(a.bytes) : "")).join("");
  const feed = (input: Parameters<typeof s.handle>[0]) => {
    const acts = s.handle(input, 0);
    actions.push(...acts);
    return { acts, text: text(acts) };
  };
  feed({
    type: "controlOpened",
    local: { addr: opts.local ?? "10.0.0.1", port: 21 },
    remote: { addr: opts.local ?? "10.0.0.2", port: 5000 },
  });
  const send = (line: string) => feed({ type: "controlBytes", bytes: latin1Bytes(line + "\r\n") });
  send("USER alumno");
  send("PASS alumno123");
  /** PASV, the data connection accepted, `cmd`, then `bytes` uploaded and EOF. */
  const upload = (cmd: string, bytes: Uint8Array) => {
    send("PASV");
    feed({ type: "listening", port: 40000 });
    feed({ type: "dataAccepted", remote: { addr: opts.local ?? "10.0.0.2", port: 6000 } });
    const start = send(cmd).text;
    const mid = feed({ type: "dataBytes", bytes }).text;
    const end = feed({ type: "dataClosed" }).text;
    return start + mid + end;
  };
  return { s, send, feed, upload, actions, fs };
}

const small = (maxFileBytes: number, maxCreatedNodes = 5000) =>
  buildVfs([{ path: "pub", type: "dir", uid: 1001, gid: 1001 }], {
    mountPath: "/srv/ftp",
    root: { mode: "0o755", uid: 0, gid: 0 },
    limits: { maxFileBytes, maxCreatedNodes },
  });

describe("finding 1: REST far past the end of the file", () => {
  it("reads REST as vsftpd does: more than 15 characters or any non-digit give 0", () => {
    const d = drive();
    expect(d.send("REST 9999999999999999999").text).toBe("350 Restart position accepted (0).\r\n");
    expect(d.send("REST 12abc").text).toBe("350 Restart position accepted (0).\r\n");
    expect(d.send("REST 999999999999999").text).toBe("350 Restart position accepted (999999999999999).\r\n");
  });

  it("ends the session without a reply when the offset is past the disk's largest (lseek fails)", () => {
    const d = drive();
    d.send("CWD pub");
    d.send("REST 999999999999999");
    const out = d.upload("STOR big.bin", latin1Bytes("abc"));
    expect(out).toBe("");
    expect(d.actions.some((a) => a.type === "closeControl")).toBe(true);
    expect(d.actions.some((a) => a.type === "note" && a.note.key === "server.lseekFailed")).toBe(true);
  });

  it("refuses with 451 a write that would grow the file past the disk's budget, allocating nothing", () => {
    const d = drive({ fs: small(1 << 20) });
    d.send("CWD pub");
    d.send("REST 1000000000");
    const out = d.upload("STOR hole.bin", latin1Bytes("abc"));
    expect(out).toBe("150 Ok to send data.\r\n451 Failure writing to local file.\r\n");
    expect(d.send("NOOP").text).toBe("200 NOOP ok.\r\n");
    // APPE after REST appends at the end (vsftpd ignores the offset for APPE).
    d.send("REST 1000000000");
    expect(d.upload("APPE hole.bin", latin1Bytes("xyz"))).toMatch(/226 Transfer complete/);
  });

  it("still writes at a REST offset inside the budget, with zeros in the hole (lseek + write)", () => {
    const d = drive({ fs: small(1 << 20) });
    d.send("CWD pub");
    d.send("REST 4");
    expect(d.upload("STOR f.bin", latin1Bytes("abc"))).toMatch(/226 Transfer complete/);
    const st = d.fs.view("/srv/ftp", { uid: 0, gid: 0 })!.stat([], "pub/f.bin");
    expect(st.ok && st.value.kind === "file" && [...fileBytes(st.value)]).toEqual([0, 0, 0, 0, 97, 98, 99]);
  });
});

describe("finding 10: numeric tunables stored as vsftpd stores them, used as vsftpd uses them", () => {
  const conf = (extra: string) => {
    const r = parseConfig(DEMO_CONFIG_TEXT + extra);
    if (!r.ok) throw new Error(r.error.oops);
    return r.config;
  };

  it("stores (unsigned int) atoi(value): negatives wrap, overflow saturates then keeps 32 bits", () => {
    expect(conf("idle_session_timeout=-5\n").idle_session_timeout).toBe(4294967291);
    expect(conf("max_clients=99999999999999999999999\n").max_clients).toBe(4294967295);
    expect(conf("accept_timeout=4294967297\n").accept_timeout).toBe(1);
    expect(conf("local_umask=" + "7".repeat(400) + "\n").local_umask).toBe(4294967295);
    expect(conf("pasv_min_port=70000\n").pasv_min_port).toBe(70000);
  });

  it("listens for PASV only inside 1024..65535, as vsf_privop_pasv_listen", () => {
    // Neither counts: vsftpd's whole range 1024..65535 (privops.c), not the kernel's ephemeral one.
    expect(pasvPortRange(conf("pasv_min_port=70000\npasv_max_port=80000\n"))).toEqual({
      minPort: 1024,
      maxPort: 65535,
    });
    expect(pasvPortRange(conf("pasv_min_port=50000\npasv_max_port=0\n"))).toEqual({
      minPort: 50000,
      maxPort: 65535,
    });
    expect(pasvPortRange(conf("pasv_min_port=50000\npasv_max_port=40000\n"))).toEqual({
      minPort: 50000,
      maxPort: 65535,
    });
    const d = drive({ config: conf("pasv_min_port=70000\npasv_max_port=50000\n") });
    const listen = d.send("PASV").acts.find((a) => a.type === "listen");
    expect(listen).toMatchObject({ minPort: 1024, maxPort: 50000 });
  });
});

describe("PASV on an IPv6 control connection", () => {
  it("announces 0,0,0,0 as vsftpd 3.0.3 does (a 227 cannot carry an IPv6 address)", () => {
    const d = drive({ local: "::1" });
    d.send("PASV");
    const r = d.feed({ type: "listening", port: 41067 });
    expect(r.text).toBe("227 Entering Passive Mode (0,0,0,0,160,107).\r\n");
    expect(r.acts.some((a) => a.type === "sendControl" && a.note?.key === "server.pasvIpv6")).toBe(true);
  });

  it("prints the IPv4 part of an IPv4-mapped address", () => {
    const d = drive({ local: "::ffff:10.0.0.1" });
    d.send("PASV");
    expect(d.feed({ type: "listening", port: 41067 }).text).toBe(
      "227 Entering Passive Mode (10,0,0,1,160,107).\r\n",
    );
  });
});

describe("finding 4: the work one path operation may cost", () => {
  it("walks a path of a million components in linear time (it was quadratic)", () => {
    const view = demoVfs().view("/srv/ftp", { uid: 1001, gid: 1001 })!;
    const path = "pub/" + "./".repeat(1_000_000) + "readme.txt";
    expect(view.stat([], path).ok).toBe(true);
  });

  it("runs out of inodes: MKD beyond the disk's budget fails as on a full disk", () => {
    const d = drive({ fs: small(1 << 20, 3) });
    d.send("CWD pub");
    for (const n of [1, 2, 3]) expect(d.send(`MKD d${n}`).text).toMatch(/^257 /);
    expect(d.send("MKD d4").text).toBe("550 Create directory operation failed.\r\n");
    expect(d.send("RMD d1").text).toMatch(/^250 /);
    expect(d.send("MKD d4").text).toMatch(/^257 /);
  });

  it("bounds a listing's filter work over all its names, and says so", () => {
    const d = drive({ fs: small(1 << 20, 400) });
    d.send("CWD pub");
    for (let i = 0; i < 300; i++) d.send(`MKD d${i}`);
    const out = d.send("STAT " + "*".repeat(2000));
    expect(d.actions.some((a) => a.type === "note" && a.note.key === "server.listMatchBudget")).toBe(true);
    expect(out.text).toMatch(/^213-Status follows:\r\n/);
  });

  it("keeps vsftpd's filter quirks: braces stop at an empty alternative, 1000 steps per name", () => {
    expect(passesFilter("b.txt", "{a,,b}.txt")).toBe(false);
    expect(passesFilter("b.txt", "{a,b}.txt")).toBe(true);
    expect(passesFilter("x", "*".repeat(999))).toBe(true);
    expect(passesFilter("x", "*".repeat(1000))).toBe(false);
  });
});

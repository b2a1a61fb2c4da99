/**
 * The client's side of a transfer: send the request to port 69, learn the server's transfer
 * identifier from the first reply, then run lock-step. A datagram from any other port during the
 * transfer gets ERROR 5 and changes nothing (RFC 1350 §4).
 */
import type { SockAddr } from "../util/sock-addr";
import { ERROR_MESSAGES, errorKey, TftpError } from "./errors";
import { effectActions, sendTo } from "./io";
import { newLockstep, onAck, onData, onTimeout, receivedBytes, emit, type Effect } from "./lockstep";
import { fromNetascii, toNetascii } from "./netascii";
import { acceptOack, DEFAULT_BLKSIZE } from "./options";
import { decode, traceLine, type Options, type TftpPacket } from "./packet";
import { done, explain, say, type ClientCtx, type ClientXfer } from "./client-state";

export const REXMT_TIMER = "rexmt";

const baseName = (p: string): string => p.split("/").filter(Boolean).pop() ?? p;

/** `get remote [local]` / `put local [remote]`; `host:file` names the server too, as in tftp-hpa. */
export function startTransfer(c: ClientCtx, kind: "get" | "put", args: readonly string[]): boolean {
  const [first, second] = args;
  if (first === undefined) {
    say(c, kind === "get" ? "usageGet" : "usagePut");
    return false;
  }
  const hostFile = /^([^:/]+):(.+)$/.exec(first);
  if (hostFile) {
    const addr = c.resolve(hostFile[1]!);
    if (addr === undefined) {
      say(c, "unknownHost", { host: hostFile[1]! }, "error");
      return false;
    }
    c.s.host = hostFile[1]!;
    c.s.server = { addr, port: 69 };
  }
  const name = hostFile ? hostFile[2]! : first;
  const server = c.s.server;
  if (!server) {
    say(c, "noTarget", undefined, "error");
    return false;
  }
  const remote = kind === "get" ? name : (second ?? baseName(name));
  const local = kind === "get" ? (second ?? baseName(name)) : name;
  const netascii = c.s.mode === "netascii";
  const localBytes = c.s.files.get(local);
  if (kind === "put" && !localBytes) {
    say(c, "noLocalFile", { file: local }, "error");
    return false;
  }
  const asked: Options = c.s.blksize
    ? [
        ["blksize", String(c.s.blksize)],
        ["tsize", String(kind === "put" && !netascii ? localBytes!.length : 0)],
        ["timeout", String(Math.max(1, Math.round(c.s.rexmtMs / 1000)))],
      ]
    : [];
  const data = kind === "put" ? (netascii ? toNetascii(localBytes!) : localBytes!) : undefined;
  const lock = newLockstep(kind === "get" ? "receive" : "send", server, {
    blksize: DEFAULT_BLKSIZE,
    rexmtMs: c.s.rexmtMs,
    // tftp-hpa keeps retransmitting until the total timeout has passed.
    maxRetries: Math.max(0, Math.floor(c.s.timeoutMs / c.s.rexmtMs) - 1),
    now: c.now,
    ...(data ? { data } : {}),
  });
  lock.peerKnown = false;
  // A put waits for ACK 0 (or an OACK) before DATA 1.
  if (kind === "put") lock.next = 0;
  c.s.xfer = { kind, remote, local, lock, asked, netascii, startedAt: c.now };
  const req: TftpPacket = {
    op: kind === "get" ? "RRQ" : "WRQ",
    filename: remote,
    mode: netascii ? "netascii" : "octet",
    options: asked,
  };
  if (c.s.verbose) {
    const where = { host: c.s.host ?? server.addr, remote, local, mode: req.mode };
    say(c, kind === "get" ? "getting" : "putting", where);
  }
  apply(c, c.s.xfer, emit(lock, req));
  return true;
}

/** Effects of the lock-step core as actions, plus tftp-hpa's `trace` lines and the end of the command. */
function apply(c: ClientCtx, x: ClientXfer, effects: readonly Effect[]): void {
  for (const e of effects) if (e.kind === "send" && c.s.trace) c.out.push(traceOut("sent", e.packet));
  c.out.push(...effectActions(x.lock, effects, REXMT_TIMER));
  for (const e of effects) {
    if (e.kind === "finished") finish(c, x);
    if (e.kind === "gaveUp") end(c, () => say(c, "timedOut", undefined, "error"));
  }
}

const traceOut = (dir: "sent" | "received", p: TftpPacket) => ({
  type: "print" as const,
  text: traceLine(dir, p),
});

function end(c: ClientCtx, print: () => void): void {
  c.out.push({ type: "clearTimer", name: REXMT_TIMER });
  c.s.xfer = undefined;
  print();
  done(c);
}

function finish(c: ClientCtx, x: ClientXfer): void {
  const wireBytes = x.kind === "get" ? x.lock.received : x.lock.data.length;
  if (x.kind === "get") {
    const raw = receivedBytes(x.lock);
    c.s.files.set(x.local, x.netascii ? fromNetascii(raw) : raw);
  }
  const elapsed = (c.now - x.startedAt) / 1000;
  const secs = elapsed.toFixed(1);
  // tftp-hpa's rate uses the exact elapsed time, though it prints the seconds to one decimal.
  const rate = elapsed > 0 ? String(Math.round((wireBytes * 8) / elapsed)) : "inf";
  const params = { bytes: wireBytes, seconds: secs, rate, file: x.kind === "get" ? x.local : x.remote };
  c.out.push({ type: "completed", note: { key: `tftp.note.completed.${x.kind}`, params } });
  end(c, () => {
    if (c.s.verbose) say(c, x.kind === "get" ? "received" : "sent", params);
  });
}

export function clientDatagram(c: ClientCtx, from: SockAddr, bytes: Uint8Array): void {
  const x = c.s.xfer;
  if (!x) return explain(c, { key: "tftp.note.strayIgnored", params: { from: `${from.addr}:${from.port}` } });
  const lock = x.lock;
  if (lock.peerKnown && (from.addr !== lock.peer.addr || from.port !== lock.peer.port)) {
    explain(c, { key: "tftp.note.unknownTid", params: { from: `${from.addr}:${from.port}` } });
    c.out.push(sendTo(from, { op: "ERROR", code: TftpError.UnknownTid, message: ERROR_MESSAGES[5] }));
    return;
  }
  const d = decode(bytes);
  if (!d.ok) return explain(c, { key: "tftp.note.malformed", params: { reason: d.reason } });
  const p = d.packet;
  if (!lock.peerKnown) {
    // The first answer fixes the server's transfer identifier: its new port.
    lock.peer = from;
    lock.peerKnown = true;
    explain(c, { key: "tftp.note.tidLearned", params: { port: from.port, addr: from.addr } });
  }
  if (c.s.trace) c.out.push(traceOut("received", p));
  if (p.op === "ERROR") {
    explain(c, { key: errorKey(p.code), params: { code: p.code } });
    return end(c, () => say(c, "errorCode", { code: p.code, message: p.message }, "error"));
  }
  if (p.op === "OACK") return oack(c, x, p.options);
  if (p.op === "DATA" && x.kind === "get") return apply(c, x, onData(lock, p.block, p.data));
  if (p.op === "ACK" && x.kind === "put") return apply(c, x, onAck(lock, p.block));
  explain(c, { key: "tftp.note.unexpected", params: { op: p.op } });
}

function oack(c: ClientCtx, x: ClientXfer, options: Options): void {
  const r = acceptOack(x.asked, options);
  if ("refused" in r) {
    c.out.push(
      sendTo(x.lock.peer, { op: "ERROR", code: TftpError.OptionRefused, message: ERROR_MESSAGES[8] }),
    );
    return end(c, () => say(c, "oackRefused", { option: r.refused }, "error"));
  }
  x.lock.blksize = r.blksize;
  explain(c, { key: "tftp.note.oackAccepted", params: { blksize: r.blksize } });
  // get: ACK 0 says "go"; put: the OACK stands for ACK 0.
  if (x.kind === "get") return apply(c, x, emit(x.lock, { op: "ACK", block: 0 }));
  apply(c, x, onAck(x.lock, 0));
}

export function clientTimeout(c: ClientCtx): void {
  const x = c.s.xfer;
  if (x) apply(c, x, onTimeout(x.lock));
}

/** Ctrl+C: tftp-hpa jumps back to its prompt and sends nothing; the server retransmits, then gives up. */
export function clientInterrupt(c: ClientCtx): void {
  if (!c.s.xfer) return;
  explain(c, { key: "tftp.note.interrupted" });
  end(c, () => undefined);
}

/**
 * A TFTP server engine in the manner of tftpd-hpa 5.2 run with --secure: it listens on UDP 69 and
 * answers every request from a NEW port (its transfer identifier, TID), as tftpd-hpa forks a child
 * with its own connected socket per request — errors included. Each transfer then runs lock-step;
 * a retransmission doubles the wait (1, 2, 4 … s) and the child quits silently at 63 × the base.
 * Checked against the real tftpd-hpa 5.2 (test/fixtures/tftpd-hpa-5.2).
 */
import type { SockAddr } from "../util/sock-addr";
import { createRng, type Rng } from "../util/rng";
import { ERROR_MESSAGES, TftpError, type TftpErrorCode } from "./errors";
import {
  effectActions,
  sendTo,
  type TftpServerAction,
  type TftpServerEngine,
  type TftpServerInput,
} from "./io";
import {
  dataPacket,
  emit,
  newLockstep,
  onAck,
  onData,
  onTimeout,
  receivedBytes,
  type Effect,
  type Lockstep,
} from "./lockstep";
import { fromNetascii, toNetascii } from "./netascii";
import { negotiate, OPTIONS_REFUSED } from "./options";
import { decode, describe, type TftpRequest } from "./packet";
import { checkRequest, type ServedFile } from "./server-rules";
import type { KeySuffix } from "../i18n/core";

export const TFTP_PORT = 69;

export interface TftpServerConfig {
  /** Files under the TFTP root, by path relative to it ("pub/notas.txt"). */
  readonly files: ReadonlyMap<string, ServedFile>;
  readonly seed: number;
  /** RFC 2347 options (blksize, tsize, timeout); off: options are ignored, as by an RFC 1350 server. */
  readonly options?: boolean;
  /** tftpd-hpa's -c (--create): a WRQ may create a new file. Off, as Debian ships it: ERROR 1. */
  readonly create?: boolean;
  /** Free space for uploads in bytes (ERROR 3 when a write does not fit). */
  readonly capacity?: number;
  /** tftpd-hpa's -T: the first retransmission wait (1 s); the client's timeout option replaces it. */
  readonly rexmtMs?: number;
}

interface Xfer {
  readonly port: number;
  readonly kind: "read" | "write";
  readonly path: string;
  readonly netascii: boolean;
  readonly lock: Lockstep;
  dallying: boolean;
}

const timerOf = (port: number): string => `tid-${port}`;
const note = (
  key: KeySuffix<"tftp.server.">,
  params?: Record<string, string | number>,
): TftpServerAction => ({
  type: "note",
  note: { key: `tftp.server.${key}`, ...(params ? { params } : {}) },
});

export function createTftpServer(cfg: TftpServerConfig): TftpServerEngine & {
  files(): ReadonlyMap<string, ServedFile>;
} {
  const files = new Map(cfg.files);
  const rng: Rng = createRng(cfg.seed ^ 0x7f7f);
  const xfers = new Map<number, Xfer>();
  let used = 0;
  const rexmtMs = cfg.rexmtMs ?? 1000;

  /** A fresh ephemeral port (Linux's ip_local_port_range), never one in use. */
  function newPort(): number {
    for (;;) {
      const p = rng.int(32768, 60999);
      if (!xfers.has(p) && p !== TFTP_PORT) return p;
    }
  }

  function errorFrom(port: number, to: SockAddr, code: TftpErrorCode, message?: string): TftpServerAction {
    return sendTo(to, { op: "ERROR", code, message: message ?? ERROR_MESSAGES[code] }, port);
  }

  /** What a child that stopped at the request sends: its note and one ERROR from its new port. */
  function refuse(
    p: TftpRequest,
    from: SockAddr,
    why: ReturnType<typeof note>,
    code: TftpErrorCode,
    message: string,
  ): TftpServerAction[] {
    const port = newPort();
    return [note("forked", { port, request: describe(p) }), why, errorFrom(port, from, code, message)];
  }

  function actionsOf(x: Xfer, effects: readonly Effect[]): TftpServerAction[] {
    const out: TftpServerAction[] = effectActions(x.lock, effects, timerOf(x.port), x.port);
    for (const e of effects) {
      if (e.kind === "gaveUp") out.push(...close(x, "gaveUp"));
      if (e.kind === "finished" && x.kind === "read") out.push(...close(x, "sent"));
      if (e.kind === "finished" && x.kind === "write") out.push(...stored(x));
    }
    return out;
  }

  function close(x: Xfer, why: KeySuffix<"tftp.server.closed.">): TftpServerAction[] {
    xfers.delete(x.port);
    return [
      { type: "clearTimer", name: timerOf(x.port) },
      note(`closed.${why}`, { port: x.port, file: x.path }),
    ];
  }

  function stored(x: Xfer): TftpServerAction[] {
    const raw = receivedBytes(x.lock);
    const bytes = x.netascii ? fromNetascii(raw) : raw;
    files.set(x.path, { bytes, mode: files.get(x.path)?.mode ?? 0o666 });
    used += bytes.length;
    x.dallying = true;
    // Stay a little: if our last ACK is lost the client repeats its last block and we ACK it again.
    return [
      note("stored", { file: x.path, bytes: bytes.length }),
      { type: "setTimer", name: timerOf(x.port), afterMs: x.lock.waitMs },
    ];
  }

  function request(p: TftpRequest, from: SockAddr, now: number): TftpServerAction[] {
    const kind = p.op === "RRQ" ? "read" : "write";
    const check = checkRequest(p, files, { create: cfg.create ?? false });
    if (!check.ok) return refuse(p, from, note(check.why, { file: p.filename }), check.code, check.message);
    const octet = !check.netascii;
    const data = kind === "read" ? (files.get(check.path)?.bytes ?? new Uint8Array(0)) : undefined;
    const wire = data && check.netascii ? toNetascii(data) : data;
    const neg =
      cfg.options === false
        ? { blksize: 512, oack: [] }
        : negotiate({
            options: p.options,
            kind,
            octet,
            ...(data ? { fileSize: data.length } : {}),
          });
    if ("refused" in neg) {
      const why = note(`optionRefused.${neg.why}`, { option: neg.refused });
      return refuse(p, from, why, TftpError.OptionRefused, OPTIONS_REFUSED);
    }
    const port = newPort();
    const lock = newLockstep(kind === "read" ? "send" : "receive", from, {
      blksize: neg.blksize,
      rexmtMs: neg.timeout !== undefined ? neg.timeout * 1000 : rexmtMs,
      maxRetries: 0,
      backoff: true,
      now,
      ...(wire ? { data: wire } : {}),
    });
    const x: Xfer = { port, kind, path: check.path, netascii: check.netascii, lock, dallying: false };
    xfers.set(port, x);
    const start = first(x, neg.oack);
    return [note("forked", { port, request: describe(p) }), ...actionsOf(x, start)];
  }

  /** RRQ: DATA 1, or an OACK that waits for ACK 0. WRQ: ACK 0, or an OACK that waits for DATA 1. */
  function first(x: Xfer, oack: readonly (readonly [string, string])[]): Effect[] {
    if (oack.length) {
      if (x.kind === "read") x.lock.next = 0;
      return emit(x.lock, { op: "OACK", options: oack });
    }
    return x.kind === "read"
      ? emit(x.lock, dataPacket(x.lock, x.lock.next))
      : emit(x.lock, { op: "ACK", block: 0 });
  }

  function onTransfer(x: Xfer, from: SockAddr, bytes: Uint8Array): TftpServerAction[] {
    // The child's socket is connected to its peer: a stranger's datagram finds no socket, and the
    // kernel answers ICMP port unreachable (not ERROR 5); the transfer goes on.
    if (from.addr !== x.lock.peer.addr || from.port !== x.lock.peer.port)
      return [
        note("strangerUnreachable", { port: x.port, from: `${from.addr}:${from.port}` }),
        { type: "unreachable", port: x.port, from },
      ];
    const d = decode(bytes);
    if (!d.ok) return [errorFrom(x.port, from, TftpError.IllegalOperation), ...close(x, "illegal")];
    const p = d.packet;
    if (p.op === "ERROR") return close(x, "peerError");
    if (p.op === "ACK" && x.kind === "read") return actionsOf(x, onAck(x.lock, p.block));
    if (p.op === "DATA" && x.kind === "write") {
      if (!x.dallying && cfg.capacity !== undefined && used + x.lock.received + p.data.length > cfg.capacity)
        return [errorFrom(x.port, from, TftpError.DiskFull), ...close(x, "diskFull")];
      return actionsOf(x, onData(x.lock, p.block, p.data));
    }
    return [errorFrom(x.port, from, TftpError.IllegalOperation), ...close(x, "illegal")];
  }

  return {
    files: () => files,
    handle(input: TftpServerInput, now: number): readonly TftpServerAction[] {
      if (input.type === "timer") {
        const x = [...xfers.values()].find((v) => timerOf(v.port) === input.name);
        if (!x) return [];
        if (x.dallying) return close(x, "received");
        return actionsOf(x, onTimeout(x.lock));
      }
      if (input.port !== TFTP_PORT) {
        const x = xfers.get(input.port);
        return x
          ? onTransfer(x, input.from, input.bytes)
          : [{ type: "unreachable", port: input.port, from: input.from }];
      }
      const d = decode(input.bytes);
      if (d.ok && (d.packet.op === "RRQ" || d.packet.op === "WRQ")) return request(d.packet, input.from, now);
      // Anything else on port 69 is not a request: tftpd-hpa reads it and answers nothing.
      return [note("notARequest", { from: `${input.from.addr}:${input.from.port}` })];
    },
  };
}

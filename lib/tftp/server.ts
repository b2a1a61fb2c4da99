/**
 * A TFTP server engine in the manner of tftpd-hpa: it listens on UDP 69 and answers every request
 * from a NEW port (its transfer identifier, TID), as tftpd-hpa forks a child with its own socket per
 * request — errors included. Each transfer then runs lock-step with its own retransmission timer.
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
import { negotiate } from "./options";
import { decode, describe, type TftpRequest } from "./packet";
import { checkRequest, type ServedFile } from "./server-rules";

export const TFTP_PORT = 69;

export interface TftpServerConfig {
  /** Files under the TFTP root, by path relative to it ("pub/notas.txt"). */
  readonly files: ReadonlyMap<string, ServedFile>;
  readonly seed: number;
  /** RFC 2347 options (blksize, tsize, timeout); off: options are ignored, as by an RFC 1350 server. */
  readonly options?: boolean;
  /** tftpd-hpa's -c: a WRQ may create a new file. */
  readonly create?: boolean;
  /** May a WRQ replace an existing (world-writable) file? Off: ERROR 6. */
  readonly overwrite?: boolean;
  /** Free space for uploads in bytes (ERROR 3 beyond it). */
  readonly capacity?: number;
  readonly rexmtMs?: number;
  readonly maxRetries?: number;
  /** After the last ACK of an upload, how long to stay and re-ACK a repeated last block. */
  readonly dallyMs?: number;
  /** Known users for the obsolete "mail" mode (WRQ only). */
  readonly users?: readonly string[];
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
const note = (key: string, params?: Record<string, string | number>) => ({
  type: "note" as const,
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
  const maxRetries = cfg.maxRetries ?? 5;

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

  function actionsOf(x: Xfer, effects: readonly Effect[]): TftpServerAction[] {
    const out: TftpServerAction[] = effectActions(x.lock, effects, timerOf(x.port), x.port);
    for (const e of effects) {
      if (e.kind === "gaveUp") out.push(...close(x, "gaveUp"));
      if (e.kind === "finished" && x.kind === "read") out.push(...close(x, "sent"));
      if (e.kind === "finished" && x.kind === "write") out.push(...stored(x));
    }
    return out;
  }

  function close(x: Xfer, why: string): TftpServerAction[] {
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
      { type: "setTimer", name: timerOf(x.port), afterMs: cfg.dallyMs ?? rexmtMs * 2 },
    ];
  }

  function request(p: TftpRequest, from: SockAddr, now: number): TftpServerAction[] {
    const port = newPort();
    const kind = p.op === "RRQ" ? "read" : "write";
    const check = checkRequest(p, files, {
      create: cfg.create ?? true,
      overwrite: cfg.overwrite ?? false,
      users: cfg.users ?? [],
    });
    const opened = note("forked", { port, request: describe(p) });
    if (!check.ok) return [opened, note(check.why, { file: p.filename }), errorFrom(port, from, check.code)];
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
    if ("refused" in neg)
      return [
        opened,
        note("optionRefused", { option: neg.refused }),
        errorFrom(port, from, TftpError.OptionRefused),
      ];
    if (kind === "write" && cfg.capacity !== undefined && (neg.tsize ?? 0) > cfg.capacity - used)
      return [opened, note("diskFull", { file: p.filename }), errorFrom(port, from, TftpError.DiskFull)];
    const lock = newLockstep(kind === "read" ? "send" : "receive", from, {
      blksize: neg.blksize,
      rexmtMs: neg.timeout !== undefined ? neg.timeout * 1000 : rexmtMs,
      maxRetries,
      now,
      ...(wire ? { data: wire } : {}),
    });
    const x: Xfer = { port, kind, path: check.path, netascii: check.netascii, lock, dallying: false };
    xfers.set(port, x);
    const start = first(x, neg.oack);
    return [opened, ...actionsOf(x, start)];
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
    // A stranger on this TID: tell it, and carry on with the real peer (RFC 1350 §4).
    if (from.addr !== x.lock.peer.addr || from.port !== x.lock.peer.port)
      return [
        note("unknownTid", { port: x.port, from: `${from.addr}:${from.port}` }),
        errorFrom(x.port, from, TftpError.UnknownTid),
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
      // Anything else on port 69 is not a request: a child answers it with ERROR 4 and exits.
      const port = newPort();
      return [note("notARequest", { port }), errorFrom(port, input.from, TftpError.IllegalOperation)];
    },
  };
}

/**
 * The trace of a real server, in the same JSON-lines format as `npm run sim`, so a session with a real
 * client can be inspected like a simulated one. Hosts are named as in the simulator: "client", "server".
 *
 * One server writes ONE trace: `seq` runs 0, 1, 2… across all its sessions (interleaved in the order things
 * happened), so the whole stream passes `parseTraceJsonl`; `conn` tells the TCP connections apart (each
 * control and each data connection gets its own number) and `t` is milliseconds since the server started.
 * `step` is -1: nobody typed anything at a simulated prompt.
 */
import type { NoteRef } from "../util/note";
import { MAX_LINE } from "../ftp/parse-command";
import { entryToJson } from "../trace/serialize";
import type { Channel, EntryDraft, TraceEnd } from "../trace/types";
import { bytesLatin1 } from "../util/bytes";

/** Takes one JSON line; `false` means it was not taken (the output is behind): the entry is dropped. */
export type TraceSink = (jsonLine: string) => unknown;

/**
 * Sees every entry of every session as it happens (the live view), whatever happens to the JSON-lines
 * output: `session` is the session's control connection number; `t` is filled in, `seq` is the tap's.
 */
export type TraceTap = (session: number, entry: EntryDraft<"seq">) => void;

export interface TraceLimits {
  /** Bytes of trace after which the trace ends with a note saying so (the server goes on). */
  readonly maxBytes: number;
}

/** Entries about the trace itself belong to no connection. */
const NOBODY: TraceEnd = { host: "server", addr: "0.0.0.0", port: 0 };

/** Data previews stay short, as in the simulator's DataSent entries. */
const PREVIEW = 64;

type Draft = EntryDraft<"seq" | "t" | "step">;

export interface Endpoints {
  readonly client: TraceEnd;
  readonly server: TraceEnd;
}

export class ServerTrace {
  private seq = 0;
  private conns = 0;
  private bytes = 0;
  /** Entries dropped while the output was behind, not yet reported. */
  private dropped = 0;
  private full = false;

  constructor(
    private readonly sink: TraceSink | undefined,
    private readonly now: () => number,
    private readonly limits: TraceLimits = { maxBytes: Infinity },
    private readonly tap?: TraceTap,
  ) {}

  get enabled(): boolean {
    return (this.sink !== undefined && !this.full) || this.tap !== undefined;
  }

  newConn(): number {
    return this.conns++;
  }

  /**
   * Writes one entry. Entries the output cannot take are counted, and a note says how many went missing
   * once it can again; `seq` stays gapless, so the stream still parses. Past `maxBytes` the trace ends.
   */
  emit(e: Draft, session?: number): void {
    if (this.tap && session !== undefined) this.tap(session, { t: this.now(), step: -1, ...e });
    if (!this.sink || this.full) return;
    if (this.dropped > 0) {
      if (!this.put(notice("server.traceDropped", { count: this.dropped }))) return void this.dropped++;
      this.dropped = 0;
    }
    if (this.bytes >= this.limits.maxBytes) {
      this.full = true;
      this.put(notice("server.traceLimit", { mib: Math.round(this.limits.maxBytes / 2 ** 20) }));
      return;
    }
    if (!this.put(e)) this.dropped++;
  }

  private put(e: Draft): boolean {
    const line = entryToJson({ seq: this.seq, t: this.now(), step: -1, ...e });
    if (this.sink?.(line) === false) return false;
    this.seq++;
    this.bytes += line.length + 1;
    return true;
  }

  session(ends: Endpoints): SessionTrace {
    return new SessionTrace(this, ends);
  }
}

/** The entries of one control connection and its data connections. */
export class SessionTrace {
  readonly conn: number;
  /** Command bytes not yet ending in LF: entries are whole lines, however TCP cut them. */
  private partial = "";
  private skipping = false;

  constructor(
    private readonly out: ServerTrace,
    readonly ends: Endpoints,
  ) {
    this.conn = out.newConn();
  }

  get enabled(): boolean {
    return this.out.enabled;
  }

  /** A number for a new data connection of this session. */
  newConn(): number {
    return this.out.newConn();
  }

  commandBytes(bytes: Uint8Array): void {
    if (!this.out.enabled) return;
    let text = this.partial + bytesLatin1(bytes);
    for (let lf = text.indexOf("\n"); lf >= 0; lf = text.indexOf("\n")) {
      if (!this.skipping) this.command(text.slice(0, lf + 1));
      this.skipping = false;
      text = text.slice(lf + 1);
    }
    // A line longer than the engine accepts is traced once, cut, and the rest of it is dropped unread.
    if (text.length >= MAX_LINE && !this.skipping) {
      this.command(text.slice(0, MAX_LINE));
      this.skipping = true;
    }
    this.partial = this.skipping ? "" : text;
  }

  private command(text: string): void {
    const { client, server } = this.ends;
    const verb = (text.split(/[ \r\n]/, 1)[0] ?? "").toUpperCase();
    this.out.emit(
      {
        kind: "CommandSent",
        layer: "ftp",
        from: client,
        to: server,
        conn: this.conn,
        channel: "control",
        text,
        verb,
      },
      this.conn,
    );
  }

  reply(bytes: Uint8Array, note?: NoteRef): void {
    if (!this.out.enabled) return;
    const { client, server } = this.ends;
    const text = bytesLatin1(bytes);
    const code = Number(text.slice(0, 3));
    this.out.emit(
      {
        kind: "ReplySent",
        layer: "ftp",
        from: server,
        to: client,
        conn: this.conn,
        channel: "control",
        text,
        ...(Number.isInteger(code) && code >= 100 && code < 600 ? { code } : {}),
        ...(note ? { note } : {}),
      },
      this.conn,
    );
  }

  /** Bytes on a data connection: `from` and `to` are that connection's own endpoints. */
  data(conn: number, from: TraceEnd, to: TraceEnd, bytes: Uint8Array): void {
    if (!this.out.enabled) return;
    const head = bytes.subarray(0, PREVIEW);
    const text = printable(head) ? { text: bytesLatin1(head) } : {};
    this.out.emit(
      { kind: "DataSent", layer: "tcp", from, to, conn, channel: "data", bytes: bytes.length, ...text },
      this.conn,
    );
  }

  /**
   * A bare TCP segment, as far as the socket calls tell: an accept() or connect() that returned means
   * the kernel exchanged SYN, SYN-ACK and ACK; an end of stream means the peer's FIN; our end() sends
   * ours. The kernel keeps the sequence numbers to itself, so none are given.
   */
  segment(conn: number, channel: Channel, from: TraceEnd, to: TraceEnd, flags: string, note?: NoteRef): void {
    this.out.emit(
      { kind: "SegmentSent", layer: "tcp", from, to, conn, channel, flags, ...(note ? { note } : {}) },
      this.conn,
    );
  }

  /** The three-way handshake of a connection `from` opened to `to` (it has just been accepted or made). */
  handshake(conn: number, channel: Channel, from: TraceEnd, to: TraceEnd, note: NoteRef): void {
    this.segment(conn, channel, from, to, "SYN", note);
    this.segment(conn, channel, to, from, "SYN,ACK");
    this.segment(conn, channel, from, to, "ACK");
  }

  listening(port: number, addr: string): void {
    const server = { host: "server", addr, port };
    this.out.emit(
      { kind: "ListenOpened", layer: "tcp", from: server, to: server, conn: this.conn },
      this.conn,
    );
  }

  note(note: NoteRef): void {
    const { server } = this.ends;
    this.out.emit(
      { kind: "Decision", layer: "ftp", from: server, to: server, conn: this.conn, note },
      this.conn,
    );
  }
}

function printable(b: Uint8Array): boolean {
  for (const c of b) if (c < 9 || (c > 13 && c < 32) || c >= 127) return false;
  return true;
}

function notice(key: "server.traceDropped" | "server.traceLimit", params: Record<string, number>): Draft {
  return { kind: "Decision", layer: "ftp", from: NOBODY, to: NOBODY, note: { key, params } };
}

/**
 * The TCP endpoints of every simulated host: listeners, the three-way handshake, data segments with
 * real sequence numbers, FIN/ACK teardown, RST for closed ports and SYN retransmission until the
 * connect gives up. It turns socket calls into packets (handed to the network) and packets that arrive
 * into socket events (handed to the scheduler, which forwards them to the FTP engines).
 */
import type { SockAddr } from "../util/sock-addr";
import type { NoteRef } from "../util/note";
import type { Packet, TcpFlags } from "../net/packet";
import type { Channel } from "../trace/types";
import { SEGMENT_BYTES } from "./tcp-types";
import type { KernelProfile } from "./tcp-profile";
import type { Conn, TcpEnd as End, TcpHooks } from "./tcp-types";

const key = (host: string, a: SockAddr) => `${host}|${a.addr}|${a.port}`;

export class TcpStack {
  private conns = new Map<number, Conn>();
  /** Queued segments that were sent as urgent data (they go out with URG). */
  private readonly urgent = new WeakSet<Uint8Array>();
  private listeners = new Map<string, { owner: string; channel: Channel }>();
  private nextId = 1;
  private usedPorts = new Set<string>();

  constructor(
    private readonly hooks: TcpHooks,
    private readonly bandwidth: number,
    /** How this network's hosts retry an unanswered SYN (lib/sim/tcp-profile.ts). */
    readonly kernel: KernelProfile,
  ) {}

  get(id: number): Conn | undefined {
    return this.conns.get(id);
  }

  /** Hand an accepted connection's end on `host` to another owner (vsftpd's per-session process). */
  setOwner(id: number, host: string, owner: string): void {
    const { end } = this.endOf(id, host);
    if (end) end.owner = owner;
  }

  /** An ephemeral port (Linux's default range) not yet used on that host and address. */
  ephemeralPort(host: string, addr: string): number {
    for (let i = 0; i < 1000; i++) {
      const p = this.hooks.rng.int(32768, 60999);
      if (!this.usedPorts.has(key(host, { addr, port: p }))) return p;
    }
    return 32768;
  }

  listen(host: string, at: SockAddr, owner: string, channel: Channel): boolean {
    const k = key(host, at);
    if (this.listeners.has(k) || this.usedPorts.has(k)) return false;
    this.listeners.set(k, { owner, channel });
    this.usedPorts.add(k);
    return true;
  }

  unlisten(host: string, at: SockAddr): void {
    this.listeners.delete(key(host, at));
    this.usedPorts.delete(key(host, at));
  }

  connect(host: string, local: SockAddr, remote: SockAddr, owner: string, channel: Channel): number {
    const id = this.nextId++;
    this.usedPorts.add(key(host, local));
    const a = this.newEnd(host, local, remote, owner, "syn-sent");
    const conn: Conn = { id, channel, a, b: null, synAttempt: 0, dead: false };
    this.conns.set(id, conn);
    this.sendSyn(conn);
    return id;
  }

  /** Queue bytes; they leave paced at the link's bandwidth. `urgent`: their segment carries URG. */
  send(id: number, host: string, bytes: Uint8Array, urgent = false): void {
    const { conn, end, side } = this.endOf(id, host);
    if (!conn || !end || end.state === "closed" || end.finSent) return;
    for (let i = 0; i < bytes.length; i += SEGMENT_BYTES) {
      const seg = bytes.subarray(i, i + SEGMENT_BYTES);
      if (urgent) this.urgent.add(seg);
      end.outbox.push(seg);
    }
    this.schedulePump(conn, side, end);
  }

  /** Graceful close: FIN once the outbox is empty; then a `flushed` event for the owner. */
  close(id: number, host: string): void {
    const { conn, end, side } = this.endOf(id, host);
    if (!conn || !end || end.state === "closed" || end.closeWanted) return;
    end.closeWanted = true;
    if (end.state === "syn-sent") return this.kill(conn, end);
    this.schedulePump(conn, side, end);
  }

  /** Abortive close: RST now, drop what is queued. */
  abort(id: number, host: string): void {
    const { conn, end } = this.endOf(id, host);
    if (!conn || !end || end.state === "closed") return;
    if (end.state !== "syn-sent")
      this.out(conn, end, { rst: true, ack: true }, new Uint8Array(0), this.hooks.now());
    this.kill(conn, end);
  }

  pump(id: number, side: "a" | "b"): void {
    const conn = this.conns.get(id);
    const end = conn?.[side];
    if (!conn || !end || end.state !== "established") return;
    const seg = end.outbox.shift();
    const now = this.hooks.now();
    if (seg) {
      this.out(conn, end, { psh: true, ack: true, ...(this.urgent.has(seg) ? { urg: true } : {}) }, seg, now);
      end.sndNxt += seg.length;
      // Whole milliseconds keep the trace readable; a segment takes at least 1 ms on the wire.
      end.nextFree =
        Math.max(now, end.nextFree) + Math.max(1, Math.ceil((seg.length / this.bandwidth) * 1000));
      if (end.outbox.length || (end.closeWanted && !end.finSent)) this.schedulePump(conn, side, end);
      return;
    }
    if (end.closeWanted && !end.finSent) {
      this.out(conn, end, { fin: true, ack: true }, new Uint8Array(0), now);
      end.finSent = true;
      end.sndNxt += 1;
      this.hooks.emit({ type: "flushed", conn: id }, end);
      this.maybeDone(conn);
    }
  }

  synRetry(id: number, attempt: number): void {
    const conn = this.conns.get(id);
    if (!conn || conn.dead || conn.a.state !== "syn-sent" || conn.synAttempt !== attempt) return;
    if (attempt >= this.kernel.synWaitsMs.length) {
      this.kill(conn, conn.a);
      this.hooks.emit({ type: "connectFailed", conn: id, reason: "timeout" }, conn.a);
      return;
    }
    conn.synAttempt = attempt + 1;
    this.sendSyn(conn);
  }

  /** A packet reached `host`. `id` is the connection it belongs to (the flow is known end to end). */
  deliver(host: string, packet: Packet, id: number): void {
    const conn = this.conns.get(id);
    const f = packet.flags ?? {};
    if (!conn || conn.dead) return;
    if (f.syn && !f.ack) return this.onSyn(conn, host, packet);
    const end = conn.a.host === host && sameFlow(conn.a, packet) ? conn.a : conn.b;
    if (!end || end.state === "closed") return;
    if (f.rst) {
      const failedConnect = end.state === "syn-sent";
      this.kill(conn, end);
      if (failedConnect) this.hooks.emit({ type: "connectFailed", conn: id, reason: "refused" }, end);
      else this.hooks.emit({ type: "closed", conn: id, reset: true }, end);
      return;
    }
    if (f.syn && f.ack && end.state === "syn-sent") return this.onSynAck(conn, end, packet);
    if (end.state === "syn-rcvd" && f.ack) {
      end.state = "established";
      this.hooks.emit(
        { type: "accepted", conn: id, owner: end.owner, local: end.local, remote: end.remote },
        end,
      );
    }
    if (packet.payload.length) {
      end.rcvNxt += packet.payload.length;
      this.hooks.emit({ type: "bytes", conn: id, bytes: packet.payload }, end);
    }
    if (f.fin && !end.finRcvd) this.onFin(conn, end);
  }

  private onSyn(conn: Conn, host: string, syn: Packet): void {
    if (conn.b) return; // a retransmitted SYN after we answered: the SYN-ACK is already on its way
    const l = this.listeners.get(key(host, syn.dst));
    if (!l) return this.hooks.refused(host, syn, conn);
    const b = this.newEnd(host, syn.dst, syn.src, l.owner, "syn-rcvd");
    b.rcvNxt = (syn.seq ?? 0) + 1;
    conn.b = b;
    this.out(conn, b, { syn: true, ack: true }, new Uint8Array(0), this.hooks.now());
    b.sndNxt += 1;
  }

  private onSynAck(conn: Conn, end: End, p: Packet): void {
    end.rcvNxt = (p.seq ?? 0) + 1;
    end.state = "established";
    // What the network did to our addresses stays invisible to us: keep our own view of local/remote.
    this.out(conn, end, { ack: true }, new Uint8Array(0), this.hooks.now());
    this.hooks.emit({ type: "connected", conn: conn.id, local: end.local, remote: end.remote }, end);
    if (end.outbox.length || end.closeWanted) this.schedulePump(conn, conn.a === end ? "a" : "b", end);
  }

  private onFin(conn: Conn, end: End): void {
    end.finRcvd = true;
    end.rcvNxt += 1;
    this.hooks.emit({ type: "closed", conn: conn.id, reset: false }, end);
    if (end.state === "closed") return;
    if (end.finSent) {
      this.out(conn, end, { ack: true }, new Uint8Array(0), this.hooks.now());
      this.maybeDone(conn);
      return;
    }
    // The peer is done: our side closes too once what it queued has left (FIN,ACK carries the ACK).
    end.closeWanted = true;
    this.schedulePump(conn, conn.a === end ? "a" : "b", end);
  }

  private maybeDone(conn: Conn): void {
    const done = (e: End | null) => !e || (e.finSent && e.finRcvd) || e.state === "closed";
    if (done(conn.a) && done(conn.b)) this.release(conn);
  }

  private kill(conn: Conn, end: End): void {
    end.state = "closed";
    end.outbox = [];
    const other = conn.a === end ? conn.b : conn.a;
    if (!other || other.state === "closed") this.release(conn);
  }

  private release(conn: Conn): void {
    conn.dead = true;
    for (const e of [conn.a, conn.b]) if (e) this.usedPorts.delete(key(e.host, e.local));
    this.conns.delete(conn.id);
  }

  private sendSyn(conn: Conn): void {
    const now = this.hooks.now();
    const { synWaitsMs, giveUpMs, sysctl, id } = this.kernel;
    const n = conn.synAttempt;
    // A retransmitted SYN says which rule spaced it: the spacing differs between kernel versions.
    const note: NoteRef | undefined =
      n > 0
        ? {
            key: "sim.synRetransmit",
            params: { n, max: synWaitsMs.length, secs: synWaitsMs[n - 1]! / 1000, kernel: id, sysctl },
          }
        : undefined;
    this.hooks.transmit(
      conn.a.host,
      this.packet(conn.a, { syn: true }, new Uint8Array(0), conn.a.iss),
      now,
      conn,
      note,
    );
    conn.a.sndNxt = conn.a.iss + 1;
    const wait = synWaitsMs[n] ?? giveUpMs;
    this.hooks.later(now + wait, { type: "synRetry", conn: conn.id, side: "a", attempt: n });
  }

  private schedulePump(conn: Conn, side: "a" | "b", end: End): void {
    if (end.state !== "established") return;
    this.hooks.later(Math.max(this.hooks.now(), end.nextFree), { type: "pump", conn: conn.id, side });
  }

  private out(conn: Conn, end: End, flags: TcpFlags, payload: Uint8Array, at: number): void {
    this.hooks.transmit(end.host, this.packet(end, flags, payload, end.sndNxt), at, conn);
  }

  private packet(end: End, flags: TcpFlags, payload: Uint8Array, seq: number): Packet {
    return {
      proto: "tcp",
      src: end.local,
      dst: end.remote,
      flags,
      seq,
      ack: flags.ack ? end.rcvNxt : 0,
      payload,
    };
  }

  private newEnd(host: string, local: SockAddr, remote: SockAddr, owner: string, state: End["state"]): End {
    const iss = this.hooks.rng.int(1, 0x7fffffff);
    return {
      host,
      local,
      remote,
      iss,
      sndNxt: iss,
      rcvNxt: 0,
      state,
      finSent: false,
      finRcvd: false,
      closeWanted: false,
      outbox: [],
      nextFree: 0,
      owner,
    };
  }

  private endOf(id: number, host: string): { conn?: Conn; end?: End; side: "a" | "b" } {
    const conn = this.conns.get(id);
    if (!conn) return { side: "a" };
    if (conn.a.host === host) return { conn, end: conn.a, side: "a" };
    return { conn, end: conn.b ?? undefined, side: "b" };
  }
}

function sameFlow(end: End, p: Packet): boolean {
  return end.local.port === p.dst.port;
}

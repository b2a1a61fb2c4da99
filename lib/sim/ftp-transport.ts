/**
 * What lies under the FTP engines in the simulation: every host's TCP stack, the TLS model of the
 * control connection, and the network the segments cross (hops and drops become trace entries). It
 * hands the FTP world socket events; the world hands it socket calls. Pacing and SYN retries are its
 * own events on the kernel's agenda.
 */
import type { ClientInput, ServerInput } from "../ftp/io";
import type { Packet } from "../net/packet";
import type { Channel } from "../trace/types";
import type { Rng } from "../util/rng";
import type { SockAddr } from "../util/sock-addr";
import { dropEntry, hopEntries } from "./hop-entries";
import type { Kernel } from "./kernel/kernel";
import type { HopView, NetworkPort } from "./network-port";
import { TcpStack } from "./tcp";
import type { Conn, SocketEvent } from "./tcp-types";
import { TlsModel } from "./tls";
import { DEFAULT_KERNEL, KERNELS, type KernelId } from "./tcp-profile";
import type { NoteRef } from "../util/note";

export type TransportEvent =
  | { type: "deliver"; host: string; packet: Packet; conn: number }
  | { type: "pump" | "synRetry"; conn: number; side: "a" | "b"; attempt?: number };

export interface TransportSetup {
  readonly network: NetworkPort;
  /** Bytes per simulated second a sender puts on the wire. */
  readonly bandwidth: number;
  /** How hosts retry an unanswered SYN (default: Linux up to 6.6). */
  readonly kernel?: KernelId;
  /** Sees every hop of every TCP packet with its exact payload (the pcapng export's wire tap). */
  readonly wire?: (conn: number, hop: HopView) => void;
}

/** vsftpd's answer when OpenSSL's SSL_accept meets plain text (ssl.c): it says so in clear and exits. */
const TLS_FAILED =
  "421 Negotiation failed: error:1408F10B:SSL routines:ssl3_get_record:wrong version number\r\n";

export class FtpTransport {
  readonly tcp: TcpStack;
  private readonly tls = new TlsModel();
  private readonly channels = new Map<number, Channel>();

  constructor(
    private readonly k: Kernel<TransportEvent>,
    private readonly setup: TransportSetup,
    private readonly rng: Rng,
    onSocket: (e: SocketEvent, owner: string, host: string) => void,
  ) {
    this.tcp = new TcpStack(
      {
        now: () => k.now,
        rng,
        transmit: (host, packet, at, conn, note) => this.transmit(host, packet, at, conn, note),
        later: (at, what) => k.at(at, what),
        emit: (e, end) => {
          if (e.type === "bytes" && this.tls.active(e.conn, end.host)) {
            const plain = this.tlsIn(e.conn, end.host, e.bytes);
            if (!plain) return;
            e = { ...e, bytes: plain };
          }
          onSocket(e, end.owner, end.host);
        },
        refused: (host, syn, conn) => this.refuse(host, syn, conn),
      },
      setup.bandwidth,
      KERNELS[setup.kernel ?? DEFAULT_KERNEL],
    );
  }

  dispatch(ev: TransportEvent): void {
    if (ev.type === "deliver") return this.tcp.deliver(ev.host, ev.packet, ev.conn);
    if (ev.type === "pump") return this.tcp.pump(ev.conn, ev.side);
    return this.tcp.synRetry(ev.conn, ev.attempt ?? 0);
  }

  connect(host: string, local: SockAddr, remote: SockAddr, owner: string, channel: Channel): number {
    const id = this.tcp.connect(host, local, remote, owner, channel);
    this.channels.set(id, channel);
    return id;
  }

  /** An ephemeral port (Linux's default range) free on that host's address. */
  ephemeral(host: string): number {
    return this.tcp.ephemeralPort(host, this.setup.network.addressOf(host));
  }

  /** A data listener on a random free port in [min, max] (0, 0: the ephemeral range); null if none is free. */
  listen(host: string, addr: string, min: number, max: number, owner: string): number | null {
    const lo = min > 0 ? min : 32768;
    const hi = max > 0 ? Math.max(max, lo) : 60999;
    for (let i = 0; i < 100; i++) {
      const port = this.rng.int(lo, hi);
      if (!this.tcp.listen(host, { addr, port }, owner, "data")) continue;
      this.k.record({
        kind: "ListenOpened",
        layer: "tcp",
        from: { host, addr, port },
        to: { host, addr, port },
        channel: "data",
        note: { key: "sim.listening", params: { addr, port } },
      });
      return port;
    }
    return null;
  }

  /** Control bytes go out as they are, or as TLS records once AUTH TLS switched the connection. */
  sendControl(conn: number, host: string, bytes: Uint8Array, urgent = false): void {
    for (const b of this.tls.outgoing(conn, host, bytes)) this.tcp.send(conn, host, b, urgent);
  }

  startTls(conn: number, host: string, role: "client" | "server"): void {
    for (const b of this.tls.start(conn, host, role)) this.tcp.send(conn, host, b);
  }

  /** Bytes for a TLS end: run the handshake, hand the engine what decrypts; null if nothing does. */
  private tlsIn(conn: number, host: string, bytes: Uint8Array): Uint8Array | null {
    const r = this.tls.incoming(conn, host, bytes);
    if (r.failed) {
      this.k.decision(host, host === "client" ? "client" : "ftp", { key: "sec.tls.failed" });
      this.tcp.send(
        conn,
        host,
        Uint8Array.from(TLS_FAILED, (ch) => ch.charCodeAt(0)),
      );
      this.tcp.close(conn, host);
      return null;
    }
    for (const b of r.send) this.tcp.send(conn, host, b);
    return r.plain.length ? r.plain : null;
  }

  private transmit(host: string, packet: Packet, at: number, conn: Conn, note?: NoteRef): void {
    const { hops, outcome } = this.setup.network.send(host, packet, at);
    const channel = this.channels.get(conn.id) ?? conn.channel;
    const fromClientSide = conn.a.host === host;
    const tls = this.tls.uses(conn.id) ? (b: Uint8Array) => this.tls.describe(conn.id, b) : undefined;
    // The sender's kernel decided to send it (a retransmitted SYN): its rule is a row of its own, drawn
    // even when the packet dies at once (no route), so the spacing of the retries can be read.
    if (note) this.k.decision(host, "tcp", note);
    for (const d of hopEntries(hops, conn.id, channel, fromClientSide, tls)) this.k.recorder.add(d);
    if (this.setup.wire) for (const hop of hops) this.setup.wire(conn.id, hop);
    const last = hops[hops.length - 1];
    const t = last ? last.arriveAt : at;
    if (outcome.kind === "delivered")
      this.k.at(t, { type: "deliver", host: outcome.host, packet: outcome.packet, conn: conn.id });
    else this.k.recorder.add(dropEntry(outcome, t, conn.id, channel));
  }

  private refuse(host: string, syn: Packet, conn: Conn): void {
    this.k.record({
      kind: "ConnectionRefused",
      layer: "tcp",
      from: { host, addr: syn.dst.addr, port: syn.dst.port },
      to: { host, addr: syn.dst.addr, port: syn.dst.port },
      conn: conn.id,
      note: { key: "sim.refused", params: { port: syn.dst.port } },
      rule: "closed-port",
    });
    const rst: Packet = {
      proto: "tcp",
      src: syn.dst,
      dst: syn.src,
      flags: { rst: true, ack: true },
      seq: 0,
      ack: (syn.seq ?? 0) + 1,
      payload: new Uint8Array(0),
    };
    this.transmit(host, rst, this.k.now, conn);
  }
}

/** A socket event as the engine that owns the connection reads it. */
export function engineInput(e: SocketEvent, isControl: boolean): ClientInput | ServerInput | null {
  if (isControl)
    switch (e.type) {
      case "connected":
        return { type: "controlConnected", local: e.local, remote: e.remote };
      case "connectFailed":
        return { type: "controlConnectFailed", reason: e.reason };
      case "bytes":
        return { type: "controlBytes", bytes: e.bytes };
      case "closed":
        return { type: "controlClosed" };
      default:
        return null;
    }
  switch (e.type) {
    case "connected":
      return { type: "dataConnected", local: e.local };
    case "accepted":
      return { type: "dataAccepted", remote: e.remote };
    case "connectFailed":
      return { type: "dataConnectFailed", reason: e.reason };
    case "bytes":
      return { type: "dataBytes", bytes: e.bytes };
    case "closed":
      return { type: "dataClosed", ...(e.reset ? { reset: true } : {}) };
    case "flushed":
      return { type: "dataFlushed" };
  }
}

/**
 * The simulation's server engine behind real TCP sockets (Node's `net`): the listener, vsftpd's limits on
 * clients (max_clients, max_per_ip, checked before a session starts, answered with its 421 texts), and a
 * clean shutdown. Each accepted connection becomes a RealSession (real-session.ts).
 */
import net from "node:net";
import type { ServerEngine } from "../sim/engines";
import { plain } from "./real-data";
import { RealSession, type SessionLimits } from "./real-session";
import { ServerTrace, type Endpoints, type TraceLimits, type TraceSink, type TraceTap } from "./real-trace";

/** Watches sessions come and go and sees their entries (the live view, lib/node/live-hub.ts). */
export interface SessionWatcher {
  readonly entry: TraceTap;
  opened(session: number, ends: Endpoints): void;
  closed(session: number): void;
}

export interface RealServerOptions {
  readonly host: string;
  readonly port: number;
  /** A fresh engine per control connection; `nowMs` is milliseconds since the server started. */
  createSession(nowMs: number): ServerEngine;
  /** Where passive listeners bind (default: the control connection's local address). */
  readonly dataHost?: string;
  /** vsftpd's max_clients and max_per_ip; 0 means no limit, as in vsftpd. */
  readonly maxClients?: number;
  readonly maxPerIp?: number;
  readonly limits?: Partial<SessionLimits>;
  readonly trace?: TraceSink;
  readonly traceLimits?: TraceLimits;
  readonly watcher?: SessionWatcher;
  readonly log?: (line: string) => void;
}

const DEFAULT_LIMITS: SessionLimits = {
  maxPendingInput: 64 * 1024,
  maxPendingWrite: 1 << 20,
  lingerMs: 2000,
};

export class RealFtpServer {
  private server: net.Server | null = null;
  private readonly sessions = new Set<RealSession>();
  /** Sockets turned away with a 421, still flushing it. */
  private readonly refused = new Set<net.Socket>();
  private readonly perIp = new Map<string, number>();
  private nextId = 1;
  private readonly t0 = performance.now();
  private readonly trace: ServerTrace;
  private readonly limits: SessionLimits;
  private readonly log: (line: string) => void;

  constructor(private readonly opts: RealServerOptions) {
    this.log = opts.log ?? (() => undefined);
    this.trace = new ServerTrace(opts.trace, () => this.now(), opts.traceLimits, opts.watcher?.entry);
    this.limits = { ...DEFAULT_LIMITS, ...opts.limits };
  }

  get openSessions(): number {
    return this.sessions.size;
  }

  /** Sockets and listeners this server holds right now, its own listener included (for leak checks). */
  get openHandles(): { sockets: number; listeners: number } {
    let sockets = this.refused.size;
    let listeners = this.server ? 1 : 0;
    for (const s of this.sessions) {
      const h = s.handles;
      sockets += h.sockets;
      listeners += h.listeners;
    }
    return { sockets, listeners };
  }

  listen(): Promise<{ host: string; port: number }> {
    return new Promise((resolve, reject) => {
      const server = net.createServer((socket) => this.accept(socket));
      server.once("error", reject);
      server.listen(this.opts.port, this.opts.host, () => {
        server.off("error", reject);
        server.on("error", (e) => this.log(`listener: ${e.message}`));
        this.server = server;
        const a = server.address() as net.AddressInfo;
        resolve({ host: a.address, port: a.port });
      });
    });
  }

  /** Closes the listener and every session; resolves with how many sessions were open. */
  async close(): Promise<number> {
    const open = this.sessions.size;
    const server = this.server;
    this.server = null;
    const closed = new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    for (const s of [...this.sessions]) s.end();
    for (const r of this.refused) r.destroy();
    await closed;
    return open;
  }

  /** Whole milliseconds since start, monotonic (a wall-clock jump cannot make the trace go back). */
  private now(): number {
    return Math.floor(performance.now() - this.t0);
  }

  private accept(socket: net.Socket): void {
    const ip = socket.remoteAddress ?? "?";
    const { maxClients = 0, maxPerIp = 0 } = this.opts;
    // vsftpd's standalone listener checks these before forking a session, in this order.
    if (maxClients > 0 && this.sessions.size >= maxClients)
      return this.refuse(socket, "421 There are too many connected users, please try later.\r\n");
    if (maxPerIp > 0 && (this.perIp.get(ip) ?? 0) >= maxPerIp)
      return this.refuse(socket, "421 There are too many connections from your internet address.\r\n");
    this.perIp.set(ip, (this.perIp.get(ip) ?? 0) + 1);
    const client = { host: "client", addr: plain(socket.remoteAddress), port: socket.remotePort ?? 0 };
    const server = { host: "server", addr: plain(socket.localAddress), port: socket.localPort ?? 0 };
    const id = this.nextId++;
    const trace = this.trace.session({ client, server });
    // Announced before the engine's first reply (the 220 banner), so a watcher sees the whole session.
    this.opts.watcher?.opened(trace.conn, { client, server });
    const session: RealSession = new RealSession(id, socket, {
      engine: this.opts.createSession(this.now()),
      now: () => this.now(),
      trace,
      limits: this.limits,
      ...(this.opts.dataHost ? { dataHost: this.opts.dataHost } : {}),
      log: this.log,
      onEnd: () => {
        this.sessions.delete(session);
        this.opts.watcher?.closed(trace.conn);
        const n = (this.perIp.get(ip) ?? 1) - 1;
        if (n <= 0) this.perIp.delete(ip);
        else this.perIp.set(ip, n);
      },
    });
    this.sessions.add(session);
  }

  private refuse(socket: net.Socket, reply: string): void {
    this.refused.add(socket);
    socket.on("error", () => undefined);
    socket.on("close", () => this.refused.delete(socket));
    socket.resume();
    socket.end(reply);
    // A peer that never reads its 421 is not kept beyond a moment.
    setTimeout(() => socket.destroy(), this.limits.lingerMs).unref();
  }
}

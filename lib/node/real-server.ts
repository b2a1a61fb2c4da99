/**
 * The simulation's server engine behind real TCP sockets (Node's `net`). This file holds no FTP logic:
 * it turns socket events into ServerInput and ServerAction into socket calls, exactly as the simulator's
 * scheduler does with simulated sockets. It adds only what a real daemon needs: limits per client and per
 * address, back-pressure, timers and a clean shutdown.
 */
import net from "node:net";
import type { ServerAction, ServerInput, TimerName } from "../ftp/io";
import type { ServerEngine } from "../sim/engines";
import { sessionTracer, type TraceSink } from "./real-trace";

export interface RealServerOptions {
  readonly host: string;
  readonly port: number;
  /** A fresh engine per control connection. */
  createSession(nowMs: number): ServerEngine;
  /** Where passive listeners bind (defaults to `host`). */
  readonly dataHost?: string;
  readonly maxClients?: number;
  readonly maxPerIp?: number;
  /** Stop reading from a peer whose replies pile up unread beyond this many bytes. */
  readonly maxPendingWrite?: number;
  readonly trace?: TraceSink;
  readonly log?: (line: string) => void;
}

interface Session {
  readonly id: number;
  readonly control: net.Socket;
  readonly engine: ServerEngine;
  readonly timers: Map<TimerName, NodeJS.Timeout>;
  listener: net.Server | null;
  data: net.Socket | null;
  closed: boolean;
  readonly trace: ReturnType<typeof sessionTracer>;
}

export class RealFtpServer {
  private server: net.Server | null = null;
  private readonly sessions = new Set<Session>();
  private readonly perIp = new Map<string, number>();
  private nextId = 1;
  private readonly started = Date.now();
  private readonly log: (line: string) => void;

  constructor(private readonly opts: RealServerOptions) {
    this.log = opts.log ?? (() => undefined);
  }

  get openSessions(): number {
    return this.sessions.size;
  }

  /** Sockets and listeners this server holds right now (for leak checks). */
  get openHandles(): { sockets: number; listeners: number } {
    let sockets = 0;
    let listeners = 0;
    for (const s of this.sessions) {
      sockets += (s.control.destroyed ? 0 : 1) + (s.data && !s.data.destroyed ? 1 : 0);
      listeners += s.listener ? 1 : 0;
    }
    return { sockets, listeners };
  }

  listen(): Promise<{ host: string; port: number }> {
    return new Promise((resolve, reject) => {
      const server = net.createServer((socket) => this.accept(socket));
      server.maxConnections = (this.opts.maxClients ?? 200) + 10;
      server.once("error", reject);
      server.listen(this.opts.port, this.opts.host, () => {
        server.off("error", reject);
        this.server = server;
        const a = server.address() as net.AddressInfo;
        resolve({ host: a.address, port: a.port });
      });
    });
  }

  /** Close the listener and every session; resolves with how many sessions were open. */
  async close(): Promise<number> {
    const open = this.sessions.size;
    for (const s of [...this.sessions]) this.end(s);
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
    return open;
  }

  private now(): number {
    return Date.now() - this.started;
  }

  private accept(socket: net.Socket): void {
    const ip = socket.remoteAddress ?? "?";
    const maxClients = this.opts.maxClients ?? 200;
    const maxPerIp = this.opts.maxPerIp ?? 50;
    // vsftpd answers these limits with a 421 and closes; we do the same before any session starts.
    if (this.sessions.size >= maxClients)
      return refuse(socket, "421 There are too many connected users, please try later.\r\n");
    if ((this.perIp.get(ip) ?? 0) >= maxPerIp)
      return refuse(socket, "421 There are too many connections from your internet address.\r\n");
    this.perIp.set(ip, (this.perIp.get(ip) ?? 0) + 1);
    socket.setNoDelay(true);
    const s: Session = {
      id: this.nextId++,
      control: socket,
      engine: this.opts.createSession(this.now()),
      timers: new Map(),
      listener: null,
      data: null,
      closed: false,
      trace: sessionTracer(this.opts.trace, () => this.now(), socket),
    };
    this.sessions.add(s);
    socket.on("data", (chunk) => {
      s.trace.control("in", chunk);
      this.input(s, { type: "controlBytes", bytes: chunk });
      // A peer that never reads its replies must not make us buffer without bound.
      if (socket.writableLength > (this.opts.maxPendingWrite ?? 1 << 20)) socket.pause();
    });
    socket.on("drain", () => socket.resume());
    socket.on("error", () => undefined);
    socket.on("close", () => {
      if (!s.closed) this.input(s, { type: "controlClosed" });
      this.end(s);
    });
    this.input(s, {
      type: "controlOpened",
      local: { addr: plainAddr(socket.localAddress), port: socket.localPort ?? 0 },
      remote: { addr: plainAddr(socket.remoteAddress), port: socket.remotePort ?? 0 },
    });
  }

  private input(s: Session, input: ServerInput): void {
    if (s.closed) return;
    for (const a of s.engine.handle(input, this.now())) this.act(s, a);
  }

  private act(s: Session, a: ServerAction): void {
    switch (a.type) {
      case "sendControl":
        s.trace.control("out", a.bytes);
        if (!s.control.destroyed) s.control.write(a.bytes);
        return;
      case "closeControl":
        s.control.end();
        return;
      case "listen":
        return this.openPassive(s, a.minPort, a.maxPort);
      case "stopListening":
        s.listener?.close();
        s.listener = null;
        return;
      case "connect":
        return this.connectActive(s, a.to.addr, a.to.port, a.fromPort);
      case "sendData":
        s.trace.data("out", a.bytes);
        s.data?.write(a.bytes);
        return;
      case "closeData": {
        const d = s.data;
        if (!d) return this.input(s, { type: "dataFlushed" });
        d.end(() => this.input(s, { type: "dataFlushed" }));
        return;
      }
      case "abortData":
        s.data?.resetAndDestroy();
        s.data = null;
        return;
      case "setTimer": {
        clearTimeout(s.timers.get(a.name));
        const t = setTimeout(() => {
          s.timers.delete(a.name);
          this.input(s, { type: "timer", name: a.name });
        }, a.afterMs);
        t.unref();
        s.timers.set(a.name, t);
        return;
      }
      case "clearTimer":
        clearTimeout(s.timers.get(a.name));
        s.timers.delete(a.name);
        return;
      case "note":
        s.trace.note(a.note);
        return;
    }
  }

  /** vsftpd picks random ports in [pasv_min_port, pasv_max_port] until one binds. */
  private openPassive(s: Session, min: number, max: number, attempt = 0): void {
    s.listener?.close();
    const lo = min > 0 ? min : 0;
    const hi = max > 0 ? Math.max(max, lo) : lo;
    const port = lo === 0 ? 0 : lo + Math.floor(Math.random() * (hi - lo + 1));
    const l = net.createServer((sock) => this.adoptData(s, sock, "accepted"));
    l.maxConnections = 1;
    l.once("error", () => {
      if (attempt < 50 && lo !== 0) this.openPassive(s, min, max, attempt + 1);
      else this.input(s, { type: "listenFailed" });
    });
    l.listen(port, this.opts.dataHost ?? this.opts.host, () => {
      s.listener = l;
      this.input(s, { type: "listening", port: (l.address() as net.AddressInfo).port });
    });
  }

  private connectActive(s: Session, host: string, port: number, fromPort?: number): void {
    const attempt = (localPort?: number) => {
      const sock = net.connect({
        host,
        port,
        localAddress: s.control.localAddress,
        ...(localPort ? { localPort } : {}),
      });
      sock.once("connect", () => this.adoptData(s, sock, "connected"));
      sock.once("error", (err: NodeJS.ErrnoException) => {
        if (localPort && (err.code === "EACCES" || err.code === "EADDRINUSE")) {
          // connect_from_port_20 needs the privilege to bind port 20; say so and use any port, as a test daemon.
          s.trace.note({ key: "server.port20Unavailable", params: { code: err.code } });
          this.log(
            `session ${s.id}: cannot bind data port ${localPort} (${err.code}); connecting from an ephemeral port`,
          );
          return attempt(undefined);
        }
        if (!s.data || s.data === sock)
          this.input(s, {
            type: "dataConnectFailed",
            reason: err.code === "ECONNREFUSED" ? "refused" : "unreachable",
          });
      });
    };
    attempt(fromPort);
  }

  private adoptData(s: Session, sock: net.Socket, how: "accepted" | "connected"): void {
    if (s.closed) return void sock.destroy();
    s.data?.destroy();
    s.data = sock;
    sock.on("data", (chunk) => {
      s.trace.data("in", chunk);
      this.input(s, { type: "dataBytes", bytes: chunk });
    });
    sock.on("end", () => this.input(s, { type: "dataClosed" }));
    sock.on("error", () => undefined);
    sock.on("close", (hadError) => {
      if (s.data === sock) s.data = null;
      if (hadError) this.input(s, { type: "dataClosed", reset: true });
    });
    const remote = { addr: plainAddr(sock.remoteAddress), port: sock.remotePort ?? 0 };
    if (how === "accepted") this.input(s, { type: "dataAccepted", remote });
    else
      this.input(s, {
        type: "dataConnected",
        local: { addr: plainAddr(sock.localAddress), port: sock.localPort ?? 0 },
      });
  }

  private end(s: Session): void {
    if (s.closed) return;
    s.closed = true;
    for (const t of s.timers.values()) clearTimeout(t);
    s.timers.clear();
    s.listener?.close();
    s.listener = null;
    s.data?.destroy();
    s.data = null;
    s.control.destroy();
    this.sessions.delete(s);
    const ip = s.control.remoteAddress ?? "?";
    const n = (this.perIp.get(ip) ?? 1) - 1;
    if (n <= 0) this.perIp.delete(ip);
    else this.perIp.set(ip, n);
  }
}

function refuse(socket: net.Socket, reply: string): void {
  socket.on("error", () => undefined);
  socket.end(reply);
}

/** Node reports IPv4 peers of a dual-stack socket as ::ffff:a.b.c.d; FTP wants the plain address. */
function plainAddr(a: string | undefined): string {
  if (!a) return "0.0.0.0";
  return a.startsWith("::ffff:") ? a.slice(7) : a;
}

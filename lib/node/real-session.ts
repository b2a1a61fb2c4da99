/**
 * One control connection on a real socket, driving one server engine: socket events become ServerInput,
 * ServerAction become socket calls, as the simulator's scheduler does with simulated sockets. It holds no
 * FTP logic beyond framing facts of the protocol (a 1xx reply starts the transfer), and adds what a real
 * daemon needs: bounded buffers, real timers, and releasing every socket when the session ends.
 */
import type net from "node:net";
import type { DataFailure, ServerAction, ServerInput, TimerName } from "../ftp/io";
import type { ServerEngine } from "../sim/engines";
import { traceConn, type ConnTrace } from "./conn-trace";
import { connectActive, openPassive } from "./data-link";
import { sendFile, type SendHandle } from "./file-sender";
import type { SessionTrace } from "./real-trace";

export interface SessionLimits {
  /** Control bytes read but not yet answered; beyond this we stop reading (the engine queues lines). */
  readonly maxPendingInput: number;
  /** Reply bytes the peer has not read; beyond this we stop reading its commands. */
  readonly maxPendingWrite: number;
  /** How long a closed session waits for the peer to read its last reply before the socket is destroyed. */
  readonly lingerMs: number;
}

export interface SessionDeps {
  readonly engine: ServerEngine;
  readonly now: () => number;
  readonly trace: SessionTrace;
  readonly limits: SessionLimits;
  /** Where passive listeners bind (default: the address the engine asks for, the control's local one). */
  readonly dataHost?: string;
  readonly log: (line: string) => void;
  readonly onEnd: () => void;
}

/** Node reports IPv4 peers of a dual-stack socket as ::ffff:a.b.c.d; FTP wants the plain address. */
export const plain = (a: string | undefined): string =>
  !a ? "0.0.0.0" : a.startsWith("::ffff:") ? a.slice(7) : a;
const endOf = (host: string, addr: string | undefined, port: number | undefined) => ({
  host,
  addr: plain(addr),
  port: port ?? 0,
});

export class RealSession {
  private readonly timers = new Map<TimerName, NodeJS.Timeout>();
  private listener: net.Server | null = null;
  private data: net.Socket | null = null;
  private dataConn = -1;
  private dataTcp: ConnTrace | null = null;
  /** Whether the current data connection has had its 1xx mark (a transfer started on it). */
  private dataStarted = false;
  private connecting: net.Socket | null = null;
  /** A download streaming from disk; the engine's closeData waits for it. */
  private sending: SendHandle | null = null;
  private closeAfterSend = false;
  private readonly inbox: ServerInput[] = [];
  private busy = false;
  private unanswered = 0;
  private engineDone = false;
  private ended = false;

  constructor(
    readonly id: number,
    readonly control: net.Socket,
    private readonly d: SessionDeps,
  ) {
    control.setNoDelay(true);
    control.on("data", (chunk: Buffer) => {
      if (this.engineDone) return; // what a closed session is sent is read and dropped
      d.trace.commandBytes(chunk);
      this.unanswered += chunk.length;
      this.input({ type: "controlBytes", bytes: chunk });
      this.flow();
    });
    control.on("drain", () => this.flow());
    control.on("error", () => undefined);
    traceConn(control, d.trace, {
      conn: d.trace.conn,
      channel: "control",
      near: d.trace.ends.server,
      far: d.trace.ends.client,
      openedBy: "far",
      note: { key: "server.realAccepted" },
    });
    control.on("close", () => {
      this.input({ type: "controlClosed" });
      this.end();
    });
    this.input({
      type: "controlOpened",
      local: { addr: plain(control.localAddress), port: control.localPort ?? 0 },
      remote: { addr: plain(control.remoteAddress), port: control.remotePort ?? 0 },
    });
  }

  /** Sockets and listeners held right now (control, data, a pending active connect; passive listener). */
  get handles(): { sockets: number; listeners: number } {
    const live = (s: net.Socket | null) => (s && !s.destroyed ? 1 : 0);
    return {
      sockets: live(this.control) + live(this.data) + live(this.connecting),
      listeners: this.listener ? 1 : 0,
    };
  }

  /** Inputs are queued: an action may produce an input at once (closeData on a socket already gone). */
  private input(i: ServerInput): void {
    if (this.engineDone) return;
    this.inbox.push(i);
    if (this.busy) return;
    this.busy = true;
    try {
      for (let next = this.inbox.shift(); next; next = this.inbox.shift())
        for (const a of this.d.engine.handle(next, this.d.now())) this.act(a);
      // Lines are "unanswered" only while they wait behind an operation: an idle engine has read them
      // all, including those that need no reply (blank lines), so the count starts again.
      if (this.d.engine.busy === false) this.unanswered = 0;
    } finally {
      this.busy = false;
    }
  }

  /** Back-pressure both ways: stop reading commands while replies or unanswered input pile up. */
  private flow(): void {
    const c = this.control;
    const over =
      this.unanswered > this.d.limits.maxPendingInput || c.writableLength > this.d.limits.maxPendingWrite;
    if (over && !c.isPaused()) c.pause();
    else if (!over && c.isPaused() && !this.engineDone) c.resume();
  }

  private act(a: ServerAction): void {
    switch (a.type) {
      case "sendControl":
        this.d.trace.reply(a.bytes, a.note);
        if (!this.control.destroyed) this.control.write(a.bytes);
        this.unanswered = 0;
        // RFC 959: a 1xx mark opens the transfer; only now may the data socket's bytes reach the engine.
        if (a.bytes[0] === 0x31 && this.data) {
          this.dataStarted = true;
          this.data.resume();
        }
        return this.flow();
      case "closeControl":
        return this.closeControl();
      case "listen":
        return this.listen(this.d.dataHost ?? a.addr, a.minPort, a.maxPort);
      case "stopListening":
        this.listener?.close();
        this.listener = null;
        // A connection the listener took that never carried a transfer (refused: bad IP) goes with it, as
        // vsftpd closes its fd; one that carried a transfer is left to finish its FIN (an RST could cut it).
        if (this.data && !this.dataStarted) this.dropData();
        return;
      case "connect":
        if (a.note) this.d.trace.note(a.note);
        return this.connect(a.to, a.fromPort);
      case "sendData":
        if (!this.data) return;
        this.traceData("out", a.bytes);
        this.data.write(a.bytes);
        return;
      case "sendFile":
        return this.streamFile(a.source, a.offset, a.ascii);
      case "closeData":
        if (this.sending) this.closeAfterSend = true;
        else this.closeData();
        return;
      case "abortData":
        this.dropData();
        return;
      case "setTimer":
        return this.setTimer(a.name, a.afterMs);
      case "clearTimer":
        clearTimeout(this.timers.get(a.name));
        this.timers.delete(a.name);
        return;
      case "note":
        this.d.trace.note(a.note);
        return;
    }
  }

  private setTimer(name: TimerName, afterMs: number): void {
    clearTimeout(this.timers.get(name));
    const t = setTimeout(() => {
      this.timers.delete(name);
      this.input({ type: "timer", name });
    }, afterMs);
    this.timers.set(name, t);
  }

  /** The engine has ended the session: let the last reply go out, then let go of the socket. */
  private closeControl(): void {
    this.engineDone = true;
    // Keep reading (and dropping) so a peer still sending gets our last reply and a FIN, not an RST.
    this.control.resume();
    this.control.end();
    const linger = setTimeout(() => this.end(), this.d.limits.lingerMs);
    linger.unref();
    this.control.once("close", () => clearTimeout(linger));
  }

  private listen(addr: string, min: number, max: number): void {
    this.listener?.close();
    this.listener = null;
    openPassive(addr, min, max, {
      onListening: (l, port) => {
        if (this.ended) return void l.close();
        this.listener = l;
        this.d.trace.listening(port, addr);
        this.input({ type: "listening", port });
      },
      onFailed: () => this.input({ type: "listenFailed" }),
      onConnection: (sock, l) => {
        if (this.ended || this.listener !== l) return void sock.destroy();
        this.adopt(sock, "far");
        this.input({
          type: "dataAccepted",
          remote: { addr: plain(sock.remoteAddress), port: sock.remotePort ?? 0 },
        });
      },
    });
  }

  private connect(to: { addr: string; port: number }, fromPort: number | undefined): void {
    this.connecting?.destroy();
    const failed = (reason: DataFailure) => this.input({ type: "dataConnectFailed", reason });
    connectActive(to, this.control.localAddress, fromPort, {
      onAttempt: (sock) => (this.connecting = sock),
      onPortUnavailable: (port, code) => {
        this.d.trace.note({ key: "server.port20Unavailable", params: { port, code } });
        this.d.log(
          `session ${this.id}: cannot bind data port ${port} (${code}); connecting from an ephemeral port`,
        );
      },
      onFailed: (reason) => {
        this.connecting = null;
        failed(reason);
      },
      onConnected: (sock) => {
        if (this.connecting !== sock || this.ended) return void sock.destroy();
        this.connecting = null;
        this.adopt(sock, "near");
        this.input({
          type: "dataConnected",
          local: { addr: plain(sock.localAddress), port: sock.localPort ?? 0 },
        });
      },
    });
  }

  /** Takes a connected data socket (opened by the client, "far", or by us); it stays paused until the 1xx. */
  private adopt(sock: net.Socket, openedBy: "near" | "far"): void {
    this.dropData();
    this.data = sock;
    this.dataConn = this.d.trace.newConn();
    this.dataStarted = false;
    this.dataTcp = traceConn(sock, this.d.trace, {
      conn: this.dataConn,
      channel: "data",
      near: endOf("server", sock.localAddress, sock.localPort),
      far: endOf("client", sock.remoteAddress, sock.remotePort),
      openedBy,
      note: { key: openedBy === "far" ? "server.realAccepted" : "server.realConnected" },
    });
    sock.setNoDelay(true);
    sock.on("data", (chunk: Buffer) => {
      this.traceData("in", chunk);
      this.input({ type: "dataBytes", bytes: chunk });
    });
    sock.on("end", () => this.data === sock && this.input({ type: "dataClosed" }));
    sock.on("error", () => undefined);
    sock.on("close", (hadError) => {
      if (this.data !== sock) return;
      this.data = null;
      if (hadError) this.input({ type: "dataClosed", reset: true });
    });
  }

  private traceData(dir: "in" | "out", bytes: Uint8Array): void {
    const s = this.data;
    if (!s || !this.d.trace.enabled) return;
    const mine = endOf("server", s.localAddress, s.localPort);
    const peer = endOf("client", s.remoteAddress, s.remotePort);
    this.d.trace.data(this.dataConn, dir === "in" ? peer : mine, dir === "in" ? mine : peer, bytes);
  }

  private streamFile(source: string, offset: number, ascii: boolean): void {
    const sock = this.data;
    if (!sock || sock.destroyed) return;
    this.closeAfterSend = false;
    this.sending = sendFile(
      sock,
      source,
      offset,
      ascii,
      (b) => this.traceData("out", b),
      (ok) => {
        this.sending = null;
        if (!ok) {
          this.d.log(`session ${this.id}: cannot read ${source}; data connection reset`);
          this.dropData();
          return this.input({ type: "dataClosed", reset: true });
        }
        if (this.closeAfterSend) this.closeData();
      },
    );
  }

  /** FIN once all is written, then dataFlushed; a reset before that reaches the engine as dataClosed. */
  private closeData(): void {
    const sock = this.data;
    // The peer already tore the connection down: what we had to send never arrived (vsftpd sees EPIPE).
    if (!sock || sock.destroyed) return this.input({ type: "dataClosed", reset: true });
    sock.once("finish", () => this.input({ type: "dataFlushed" }));
    sock.end();
  }

  private dropData(): void {
    this.sending?.cancel();
    this.sending = null;
    const sock = this.data;
    this.data = null;
    if (sock && !sock.destroyed) {
      this.dataTcp?.reset();
      sock.resetAndDestroy();
    }
  }

  /** Releases everything; safe to call more than once. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.engineDone = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.listener?.close();
    this.listener = null;
    this.dropData();
    this.connecting?.destroy();
    this.connecting = null;
    this.control.destroy();
    this.d.onEnd();
  }
}

/**
 * The data side of one real session: the passive listener or the active connect, the one data socket
 * (held paused until the 1xx reply opens the transfer), file streaming and the teardown. Its socket
 * events reach the engine as ServerInput through `input`, as the control connection's do (real-session.ts).
 */
import type net from "node:net";
import type { DataFailure, ServerInput } from "../ftp/io";
import { traceConn, type ConnTrace } from "./conn-trace";
import { connectActive, openPassive } from "./data-link";
import { sendFile, type SendHandle } from "./file-sender";
import type { SessionTrace } from "./real-trace";

/** Node reports IPv4 peers of a dual-stack socket as ::ffff:a.b.c.d; FTP wants the plain address. */
export const plain = (a: string | undefined): string =>
  !a ? "0.0.0.0" : a.startsWith("::ffff:") ? a.slice(7) : a;
const endOf = (host: string, addr: string | undefined, port: number | undefined) => ({
  host,
  addr: plain(addr),
  port: port ?? 0,
});

export interface DataDeps {
  readonly id: number;
  readonly control: net.Socket;
  readonly trace: SessionTrace;
  readonly log: (line: string) => void;
  readonly input: (i: ServerInput) => void;
  /** The session has ended: a socket that arrives now is closed at once. */
  readonly ended: () => boolean;
}

export class RealData {
  private listener: net.Server | null = null;
  private data: net.Socket | null = null;
  private dataConn = -1;
  private dataTcp: ConnTrace | null = null;
  /** The 1xx reply went out: the data socket's bytes may reach the engine. */
  private started = false;
  private connecting: net.Socket | null = null;
  private sending: SendHandle | null = null;
  private closeAfterSend = false;

  constructor(private readonly d: DataDeps) {}

  /** Data sockets (open or connecting) and listeners held right now. */
  get handles(): { sockets: number; listeners: number } {
    const live = (s: net.Socket | null) => (s && !s.destroyed ? 1 : 0);
    return { sockets: live(this.data) + live(this.connecting), listeners: this.listener ? 1 : 0 };
  }

  /** RFC 959: a 1xx mark opens the transfer; only now may the data socket's bytes reach the engine. */
  transferStarted(): void {
    if (!this.data) return;
    this.started = true;
    this.data.resume();
  }

  listen(addr: string, min: number, max: number): void {
    this.listener?.close();
    this.listener = null;
    openPassive(addr, min, max, {
      onListening: (l, port) => {
        if (this.d.ended()) return void l.close();
        this.listener = l;
        this.d.trace.listening(port, addr);
        this.d.input({ type: "listening", port });
      },
      onFailed: () => this.d.input({ type: "listenFailed" }),
      onConnection: (sock, l) => {
        if (this.d.ended() || this.listener !== l) return void sock.destroy();
        this.adopt(sock, "far");
        this.d.input({
          type: "dataAccepted",
          remote: { addr: plain(sock.remoteAddress), port: sock.remotePort ?? 0 },
        });
      },
    });
  }

  stopListening(): void {
    this.listener?.close();
    this.listener = null;
    // A connection the listener took that never carried a transfer (refused: bad IP) goes with it, as
    // vsftpd closes its fd; one that carried a transfer is left to finish its FIN (an RST could cut it).
    if (this.data && !this.started) this.abort();
  }

  connect(to: { addr: string; port: number }, fromPort: number | undefined): void {
    this.connecting?.destroy();
    const failed = (reason: DataFailure) => this.d.input({ type: "dataConnectFailed", reason });
    connectActive(to, this.d.control.localAddress, fromPort, {
      onAttempt: (sock) => (this.connecting = sock),
      onPortUnavailable: (port, code) => {
        this.d.trace.note({ key: "server.port20Unavailable", params: { port, code } });
        this.d.log(
          `session ${this.d.id}: cannot bind data port ${port} (${code}); connecting from an ephemeral port`,
        );
      },
      onFailed: (reason) => {
        this.connecting = null;
        failed(reason);
      },
      onConnected: (sock) => {
        if (this.connecting !== sock || this.d.ended()) return void sock.destroy();
        this.connecting = null;
        this.adopt(sock, "near");
        this.d.input({
          type: "dataConnected",
          local: { addr: plain(sock.localAddress), port: sock.localPort ?? 0 },
        });
      },
    });
  }

  send(bytes: Uint8Array): void {
    if (!this.data) return;
    this.traceData("out", bytes);
    this.data.write(bytes);
  }

  sendFile(source: string, offset: number, ascii: boolean): void {
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
          this.d.log(`session ${this.d.id}: cannot read ${source}; data connection reset`);
          this.abort();
          return this.d.input({ type: "dataClosed", reset: true });
        }
        if (this.closeAfterSend) this.finish();
      },
    );
  }

  /** The engine closes the data connection: after the file being sent, if one is. */
  close(): void {
    if (this.sending) this.closeAfterSend = true;
    else this.finish();
  }

  /** Resets the data connection at once (ABOR, an error, a new data connection). */
  abort(): void {
    this.sending?.cancel();
    this.sending = null;
    const sock = this.data;
    this.data = null;
    if (sock && !sock.destroyed) {
      this.dataTcp?.reset();
      sock.resetAndDestroy();
    }
  }

  /** Releases the listener, the data socket and a pending connect; safe to call more than once. */
  end(): void {
    this.listener?.close();
    this.listener = null;
    this.abort();
    this.connecting?.destroy();
    this.connecting = null;
  }

  /** Takes a connected data socket (opened by the client, "far", or by us); it stays paused until the 1xx. */
  private adopt(sock: net.Socket, openedBy: "near" | "far"): void {
    this.abort();
    this.data = sock;
    this.dataConn = this.d.trace.newConn();
    this.started = false;
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
      this.d.input({ type: "dataBytes", bytes: chunk });
    });
    sock.on("end", () => this.data === sock && this.d.input({ type: "dataClosed" }));
    sock.on("error", () => undefined);
    sock.on("close", (hadError) => {
      if (this.data !== sock) return;
      this.data = null;
      if (hadError) this.d.input({ type: "dataClosed", reset: true });
    });
  }

  private traceData(dir: "in" | "out", bytes: Uint8Array): void {
    const s = this.data;
    if (!s || !this.d.trace.enabled) return;
    const mine = endOf("server", s.localAddress, s.localPort);
    const peer = endOf("client", s.remoteAddress, s.remotePort);
    this.d.trace.data(this.dataConn, dir === "in" ? peer : mine, dir === "in" ? mine : peer, bytes);
  }

  /** FIN once all is written, then dataFlushed; a reset before that reaches the engine as dataClosed. */
  private finish(): void {
    const sock = this.data;
    // The peer already tore the connection down: what we had to send never arrived (vsftpd sees EPIPE).
    if (!sock || sock.destroyed) return this.d.input({ type: "dataClosed", reset: true });
    sock.once("finish", () => this.d.input({ type: "dataFlushed" }));
    sock.end();
  }
}

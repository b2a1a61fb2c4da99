/**
 * The discrete-event scheduler: it wires the client engine, the network and the server engine, runs
 * on a simulated clock, and records everything as a trace. `type(line)` feeds one command and runs
 * until the client is ready again and the network is quiet, so a workbench can extend a session one
 * command at a time; `simulate(scenario)` feeds them all.
 */
import type { ClientAction, ClientInput, ServerAction, ServerInput, TimerName } from "../ftp/io";
import type { NoteRef } from "../util/note";
import type { SockAddr } from "../util/sock-addr";
import type { Packet } from "../net/packet";
import type { TraceEntry } from "../trace/types";
import { createRng, type Rng } from "../util/rng";
import type { ClientEngine, ServerEngine, ServerFactory } from "./engines";
import { EventQueue } from "./kernel/queue";
import { Keyboard, waitSeconds, type KeyEvent, type TypedItem } from "./kernel/keyboard";
import type { HopView, NetworkPort } from "./network-port";
import { TraceRecorder } from "./kernel/recorder";
import { hopEntries, dropEntry } from "./hop-entries";
import { TcpStack, type Conn, type SocketEvent } from "./tcp";
import { HOST_SERVICES } from "./services";
import { TlsModel } from "./tls";

type Ev =
  | { type: "deliver"; host: string; packet: Packet; conn: number }
  | { type: "pump" | "synRetry"; conn: number; side: "a" | "b"; attempt?: number }
  | { type: "timer"; owner: string; name: TimerName; gen: number }
  | { type: "key"; key: KeyEvent };

interface Owner {
  readonly id: string;
  readonly host: string;
  readonly engine: { handle(input: never, now: number): readonly (ClientAction | ServerAction)[] };
  control: number | null;
  data: number | null;
  listener: SockAddr | null;
  timers: Map<TimerName, number>;
}

export interface SimulationSetup {
  readonly network: NetworkPort;
  readonly server: ServerFactory;
  readonly client: ClientEngine;
  readonly seed: number;
  /** Bytes per simulated second a sender puts on the wire. */
  readonly bandwidth: number;
  /** Simulated pause between the end of one command and the next typed one (ms). */
  readonly thinkMs?: number;
  /** Safety limits: the scheduler stops (with an entry saying so) rather than run forever. */
  readonly maxEvents?: number;
  /** Trace entries one run may record (lib/sim/budgets.ts). */
  readonly maxEntries?: number;
  /** vsftpd refused to start (bad vsftpd.conf): its message; no FTP daemon listens on the server. */
  readonly serverRefused?: string;
  /** Sees every hop of every TCP packet with its exact payload (the pcapng export's wire tap). */
  readonly wire?: (conn: number, hop: HopView) => void;
}

const CLIENT = "client";
const SERVER = "server";
/** Simulated time between the end of one command (the network quiet again) and the next typed line. */
const THINK_MS = 500;

export class Simulation {
  readonly recorder = new TraceRecorder();
  private readonly queue = new EventQueue<Ev>();
  private readonly tcp: TcpStack;
  private readonly rng: Rng;
  private readonly owners = new Map<string, Owner>();
  private readonly connChannel = new Map<number, "control" | "data">();
  private readonly services = new Map<string, ServerFactory>();
  private readonly tls = new TlsModel();
  private now = 0;
  private readonly keys: Keyboard;
  private secretNext = false;
  private sessions = 0;
  private events = 0;
  private stopped = false;

  constructor(private readonly setup: SimulationSetup) {
    this.keys = new Keyboard(
      {
        now: () => this.now,
        at: (t, key) => this.queue.push(t, { type: "key", key }),
        typeLine: (line) => this.typeLine(line),
        interrupt: () => this.deliverInterrupt(),
      },
      setup.thinkMs ?? THINK_MS,
    );
    this.rng = createRng(setup.seed);
    this.tcp = new TcpStack(
      {
        now: () => this.now,
        rng: this.rng,
        transmit: (host, packet, at, conn) => this.transmit(host, packet, at, conn),
        later: (at, what) => this.queue.push(at, what),
        emit: (e, end) => this.onSocket(e, end.owner, end.host),
        refused: (host, syn, conn) => this.refuse(host, syn, conn),
      },
      setup.bandwidth,
    );
    const serverAddr = { addr: setup.network.addressOf(SERVER), port: setup.server.listenPort };
    if (setup.serverRefused === undefined) this.tcp.listen(SERVER, serverAddr, SERVER, "control");
    else this.decision(SERVER, { key: "sim.serverRefusedToStart", params: { message: setup.serverRefused } });
    this.owners.set(CLIENT, this.newOwner(CLIENT, CLIENT, setup.client));
    // Daemons of other hosts in the topology (the bounce lesson's victim); an absent host has 0.0.0.0.
    for (const svc of HOST_SERVICES) {
      const addr = setup.network.addressOf(svc.host);
      if (addr === "0.0.0.0") continue;
      this.services.set(svc.id, svc.factory);
      this.tcp.listen(svc.host, { addr, port: svc.factory.listenPort }, svc.id, "control");
    }
  }

  get time(): number {
    return this.now;
  }

  get trace(): TraceEntry[] {
    return this.recorder.entries();
  }

  /** Whether the client is waiting for the user (its prompt is showing). */
  get ready(): boolean {
    return this.keys.ready;
  }

  /** Type one line at the client and run until the session is quiet again. */
  type(line: string): void {
    this.typeAll([{ line }]);
  }

  /** Ctrl+C now (at the prompt it only cancels the line), then run until quiet. */
  interrupt(afterMs = 0): void {
    this.typeAll([{ interruptAfterMs: afterMs }]);
  }

  /**
   * Type several items in turn, each line when the prompt is back; a Ctrl+C item lands `interruptAfterMs`
   * after the line before it, so it can stop a running transfer.
   */
  typeAll(items: readonly TypedItem[]): void {
    this.keys.push(items);
    this.run();
  }

  private run(): void {
    const max = this.setup.maxEvents ?? 2_000_000;
    while (!this.stopped) {
      // Quiet: nothing but engine timers and SYN-retry checks of settled connections is pending.
      const quiet = !this.queue.some((e) => e.type !== "timer" && e.type !== "synRetry");
      if (quiet) {
        const settled = this.keys.settle(this.recorder.count === 0);
        if (settled === "stop") break;
        if (settled === "typed") continue;
      }
      const next = this.queue.peek();
      if (!next) break;
      this.queue.pop();
      this.now = Math.max(this.now, next.at);
      this.dispatch(next.event);
      if (++this.events >= max) this.stop("sim.stopped.maxEvents", { max });
      else if (this.recorder.count >= (this.setup.maxEntries ?? Infinity))
        this.stop("sim.stopped.maxEntries", { max: this.setup.maxEntries ?? 0 });
    }
  }

  private stop(key: string, params: Record<string, number>): void {
    this.stopped = true;
    this.recorder.add({
      t: this.now,
      kind: "SimulationStopped",
      layer: "client",
      from: { host: CLIENT },
      to: { host: CLIENT },
      note: { key, params },
    });
  }

  private dispatch(ev: Ev): void {
    switch (ev.type) {
      case "deliver":
        return this.tcp.deliver(ev.host, ev.packet, ev.conn);
      case "pump":
        return this.tcp.pump(ev.conn, ev.side);
      case "synRetry":
        return this.tcp.synRetry(ev.conn, ev.attempt ?? 0);
      case "timer": {
        const o = this.owners.get(ev.owner);
        if (o && o.timers.get(ev.name) === ev.gen) {
          o.timers.delete(ev.name);
          this.input(o, { type: "timer", name: ev.name });
        }
        return;
      }
      case "key":
        return this.keys.handle(ev.key);
    }
  }

  private deliverInterrupt(): void {
    this.record(
      { kind: "CommandTyped", layer: "client", text: "^C", from: { host: CLIENT }, to: { host: CLIENT } },
      true,
    );
    this.input(this.owners.get(CLIENT)!, { type: "interrupt" });
  }

  private typeLine(line: string): void {
    const secret = this.secretNext;
    this.secretNext = false;
    this.record(
      {
        kind: "CommandTyped",
        layer: "client",
        text: secret ? "" : line,
        from: { host: CLIENT },
        to: { host: CLIENT },
        ...(secret ? { note: { key: "sim.secretTyped" } } : {}),
      },
      true,
    );
    const seconds = secret ? null : waitSeconds(line);
    if (seconds === null) return this.input(this.owners.get(CLIENT)!, { type: "userLine", line });
    this.printed(`(${seconds} s pass)`, { note: { key: "sim.waited", params: { seconds } } });
    this.keys.pauseFor(Math.round(seconds * 1000));
  }

  // ---- engines --------------------------------------------------------------------------------

  private newOwner(id: string, host: string, engine: ClientEngine | ServerEngine): Owner {
    return {
      id,
      host,
      engine: engine as Owner["engine"],
      control: null,
      data: null,
      listener: null,
      timers: new Map(),
    };
  }

  private input(o: Owner, input: ClientInput | ServerInput): void {
    const actions = o.engine.handle(input as never, this.now);
    for (const a of actions) {
      if (o.id === CLIENT) this.clientAction(o, a as ClientAction);
      else this.serverAction(o, a as ServerAction);
    }
  }

  private clientAction(o: Owner, a: ClientAction): void {
    const net = this.setup.network;
    switch (a.type) {
      case "connectControl": {
        const addr = net.resolve(CLIENT, a.host) ?? (/^[\d.]+$|:/.test(a.host) ? a.host : undefined);
        if (!addr) {
          this.decision(CLIENT, { key: "sim.unknownHost", params: { host: a.host } });
          return this.input(o, { type: "controlConnectFailed", reason: "unreachable" });
        }
        const local = {
          addr: net.addressOf(CLIENT),
          port: this.tcp.ephemeralPort(CLIENT, net.addressOf(CLIENT)),
        };
        o.control = this.connect(CLIENT, local, { addr, port: a.port }, CLIENT, "control");
        return;
      }
      case "print":
        return this.printed(a.text, { rule: a.style, ...(a.note ? { note: a.note } : {}) });
      case "prompt":
        this.secretNext = a.secret === true;
        return this.printed(a.text, { rule: "prompt" });
      case "ready":
        // The next line is typed once the network is quiet again (see run()).
        this.keys.ready = true;
        return;
      case "note":
        return this.decision(CLIENT, a.note);
      case "startTls":
        return this.startTls(o, "client");
      default:
        return this.socketAction(o, a);
    }
  }

  private serverAction(o: Owner, a: ServerAction): void {
    switch (a.type) {
      case "connect": {
        if (a.note) this.decision(o.host, a.note);
        const addr = this.setup.network.addressOf(o.host);
        const port = a.fromPort ?? this.tcp.ephemeralPort(o.host, addr);
        o.data = this.connect(o.host, { addr, port }, a.to, o.id, "data");
        return;
      }
      case "sendControl":
        if (a.note) this.decision(o.host, a.note);
        return this.sendControl(o, a.bytes);
      case "startTls":
        return this.startTls(o, "server");
      case "note":
        return this.decision(o.host, a.note);
      case "listen":
        return this.listen(o, a.addr, a.minPort, a.maxPort);
      default:
        return this.socketAction(o, a);
    }
  }

  /** Actions both engines share, with the same meaning. */
  private socketAction(o: Owner, a: ClientAction | ServerAction): void {
    switch (a.type) {
      case "sendControl":
        return this.sendControl(o, a.bytes);
      case "closeControl":
        if (o.control !== null) this.tcp.close(o.control, o.host);
        return;
      case "listen":
        return this.listen(o, a.addr, 0, 0);
      case "stopListening":
        if (o.listener) this.tcp.unlisten(o.host, o.listener);
        o.listener = null;
        return;
      case "connectData": {
        const addr = this.setup.network.addressOf(o.host);
        o.data = this.connect(
          o.host,
          { addr, port: this.tcp.ephemeralPort(o.host, addr) },
          a.to,
          o.id,
          "data",
        );
        return;
      }
      case "sendData":
        if (o.data !== null) this.tcp.send(o.data, o.host, a.bytes);
        return;
      case "closeData":
        if (o.data !== null) this.tcp.close(o.data, o.host);
        return;
      case "abortData":
        if (o.data !== null) this.tcp.abort(o.data, o.host);
        o.data = null;
        return;
      case "setTimer": {
        const gen = (o.timers.get(a.name) ?? 0) + 1 + this.events;
        o.timers.set(a.name, gen);
        this.queue.push(this.now + a.afterMs, { type: "timer", owner: o.id, name: a.name, gen });
        return;
      }
      case "clearTimer":
        o.timers.delete(a.name);
        return;
      default:
        return;
    }
  }

  /** Control bytes go out as they are, or as TLS records once AUTH TLS switched the connection. */
  private sendControl(o: Owner, bytes: Uint8Array): void {
    if (o.control === null) return;
    for (const b of this.tls.outgoing(o.control, o.host, bytes)) this.tcp.send(o.control, o.host, b);
  }

  private startTls(o: Owner, role: "client" | "server"): void {
    if (o.control === null) return;
    for (const b of this.tls.start(o.control, o.host, role)) this.tcp.send(o.control, o.host, b);
  }

  /** Bytes for a TLS end: run the handshake, hand the engine what decrypts; null if nothing does. */
  private tlsIn(conn: number, host: string, bytes: Uint8Array): Uint8Array | null {
    const r = this.tls.incoming(conn, host, bytes);
    if (r.failed) {
      // OpenSSL's SSL_accept fails on plain text; vsftpd reports it in clear and exits (ssl.c).
      const text =
        "421 Negotiation failed: error:1408F10B:SSL routines:ssl3_get_record:wrong version number\r\n";
      this.decision(host, { key: "sec.tls.failed" });
      this.tcp.send(
        conn,
        host,
        Uint8Array.from(text, (ch) => ch.charCodeAt(0)),
      );
      this.tcp.close(conn, host);
      return null;
    }
    for (const b of r.send) this.tcp.send(conn, host, b);
    return r.plain.length ? r.plain : null;
  }

  private listen(o: Owner, addr: string, min: number, max: number): void {
    const lo = min > 0 ? min : 32768;
    const hi = max > 0 ? Math.max(max, lo) : 60999;
    for (let i = 0; i < 100; i++) {
      const port = this.rng.int(lo, hi);
      if (this.tcp.listen(o.host, { addr, port }, o.id, "data")) {
        if (o.listener) this.tcp.unlisten(o.host, o.listener);
        o.listener = { addr, port };
        this.record({
          kind: "ListenOpened",
          layer: "tcp",
          from: { host: o.host, addr, port },
          to: { host: o.host, addr, port },
          channel: "data",
          note: { key: "sim.listening", params: { addr, port } },
        });
        return this.input(o, { type: "listening", port });
      }
    }
    this.input(o, { type: "listenFailed" });
  }

  private connect(
    host: string,
    local: SockAddr,
    remote: SockAddr,
    owner: string,
    channel: "control" | "data",
  ): number {
    const id = this.tcp.connect(host, local, remote, owner, channel);
    this.connChannel.set(id, channel);
    return id;
  }

  // ---- socket events → engine inputs ----------------------------------------------------------------

  private onSocket(e: SocketEvent, ownerId: string, host: string): void {
    if (e.type === "accepted" && ownerId === SERVER)
      return this.newSession(e.conn, host, e.local, e.remote, this.setup.server);
    const service = e.type === "accepted" ? this.services.get(ownerId) : undefined;
    if (service && e.type === "accepted") return this.newSession(e.conn, host, e.local, e.remote, service);
    if (e.type === "bytes" && this.tls.active(e.conn, host)) {
      const plain = this.tlsIn(e.conn, host, e.bytes);
      if (!plain) return;
      e = { ...e, bytes: plain };
    }
    const o = this.owners.get(ownerId);
    if (!o) return;
    const isControl = o.control === e.conn;
    const input = isControl ? controlInput(e) : dataInput(e);
    if (e.type === "accepted") o.data = e.conn;
    if (e.type === "connectFailed" && e.reason === "timeout")
      this.record({
        kind: "ConnectTimedOut",
        layer: "tcp",
        from: { host },
        to: { host },
        conn: e.conn,
        channel: isControl ? "control" : "data",
        note: { key: "sim.connectTimedOut" },
        rule: "tcp_syn_retries",
      });
    if (input) this.input(o, input);
  }

  private newSession(conn: number, host: string, local: SockAddr, remote: SockAddr, f: ServerFactory): void {
    const id = `s${++this.sessions}`;
    const o = this.newOwner(id, host, f.createSession(this.now));
    o.control = conn;
    this.owners.set(id, o);
    this.tcp.setOwner(conn, host, id);
    this.input(o, { type: "controlOpened", local, remote });
  }

  // ---- network ----------------------------------------------------------------------------------

  private transmit(host: string, packet: Packet, at: number, conn: Conn): void {
    const { hops, outcome } = this.setup.network.send(host, packet, at);
    const channel = this.connChannel.get(conn.id) ?? conn.channel;
    const fromClientSide = conn.a.host === host;
    const tls = this.tls.uses(conn.id) ? (b: Uint8Array) => this.tls.describe(conn.id, b) : undefined;
    for (const d of hopEntries(hops, conn.id, channel, fromClientSide, tls)) this.recorder.add(d);
    if (this.setup.wire) for (const hop of hops) this.setup.wire(conn.id, hop);
    if (outcome.kind === "delivered") {
      const last = hops[hops.length - 1];
      this.queue.push(last ? last.arriveAt : at, {
        type: "deliver",
        host: outcome.host,
        packet: outcome.packet,
        conn: conn.id,
      });
    } else {
      const last = hops[hops.length - 1];
      this.recorder.add(dropEntry(outcome, last ? last.arriveAt : at, conn.id, channel));
    }
  }

  private refuse(host: string, syn: Packet, conn: Conn): void {
    this.record({
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
    this.transmit(host, rst, this.now, conn);
  }

  /** Something the client program printed itself (or its prompt, with rule "prompt"). */
  private printed(text: string, extra: { rule?: string; note?: NoteRef }): void {
    this.record({
      kind: "ClientPrinted",
      layer: "client",
      text,
      from: { host: CLIENT },
      to: { host: CLIENT },
      ...extra,
    });
  }

  private decision(host: string, note: NoteRef): void {
    this.record({
      kind: "Decision",
      layer: host === CLIENT ? "client" : "ftp",
      from: { host },
      to: { host },
      note,
    });
  }

  private record(e: Omit<TraceEntry, "seq" | "step" | "t">, newStep = false): void {
    if (newStep) this.recorder.step += 1;
    this.recorder.add({ t: this.now, ...e });
  }
}

function controlInput(e: SocketEvent): ClientInput | ServerInput | null {
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
}

function dataInput(e: SocketEvent): ClientInput | ServerInput | null {
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

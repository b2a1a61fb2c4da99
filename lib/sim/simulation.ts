/**
 * The FTP world on the simulation kernel: the client engine, one vsftpd engine per accepted control
 * connection (plus other hosts' daemons), and the TCP transport between them. It only interprets the
 * engines' actions as socket calls and socket events as engine inputs; typing, time, timers and the
 * trace are the kernel's (lib/sim/kernel).
 */
import type { ClientAction, ClientInput, ServerAction, ServerInput, TimerName } from "../ftp/io";
import { PROMPT } from "../ftp/client";
import type { NoteRef } from "../util/note";
import type { SockAddr } from "../util/sock-addr";
import { createRng } from "../util/rng";
import type { ClientEngine, ServerEngine, ServerFactory } from "./engines";
import { CLIENT, Kernel, type World } from "./kernel/kernel";
import { engineInput, FtpTransport, type TransportEvent, type TransportSetup } from "./ftp-transport";
import type { SocketEvent } from "./tcp-types";
import { HOST_SERVICES } from "./services";
import { connectGiveUpMs } from "./tcp-profile";

interface Owner {
  readonly id: string;
  readonly host: string;
  readonly engine: { handle(input: never, now: number): readonly (ClientAction | ServerAction)[] };
  control: number | null;
  data: number | null;
  listener: SockAddr | null;
}

export interface SimulationSetup extends TransportSetup {
  readonly server: ServerFactory;
  readonly client: ClientEngine;
  readonly seed: number;
  /** Simulated pause between the end of one command and the next typed one (ms). */
  readonly thinkMs?: number;
  /** Safety limits: the scheduler stops (with an entry saying so) rather than run forever. */
  readonly maxEvents?: number;
  /** Trace entries one run may record (lib/sim/budgets.ts). */
  readonly maxEntries?: number;
  /** vsftpd refused to start (bad vsftpd.conf): its message; no FTP daemon listens on the server. */
  readonly serverRefused?: string;
}

const SERVER = "server";
/** Simulated time between the end of one command (the network quiet again) and the next typed line. */
const THINK_MS = 500;

/** An FTP session: the kernel running the FTP world. */
export class Simulation extends Kernel<TransportEvent> {
  constructor(setup: SimulationSetup) {
    super({
      thinkMs: setup.thinkMs ?? THINK_MS,
      maxEvents: setup.maxEvents ?? 2_000_000,
      maxEntries: setup.maxEntries ?? Infinity,
    });
    this.attach(new FtpWorld(this, setup));
  }
}

class FtpWorld implements World<TransportEvent> {
  readonly prompt = PROMPT;
  private readonly net: FtpTransport;
  private readonly owners = new Map<string, Owner>();
  private readonly services = new Map<string, ServerFactory>();
  private sessions = 0;

  constructor(
    private readonly k: Kernel<TransportEvent>,
    private readonly setup: SimulationSetup,
  ) {
    this.net = new FtpTransport(k, setup, createRng(setup.seed), (e, owner, host) =>
      this.onSocket(e, owner, host),
    );
    const serverAddr = { addr: setup.network.addressOf(SERVER), port: setup.server.listenPort };
    if (setup.serverRefused === undefined) this.net.tcp.listen(SERVER, serverAddr, SERVER, "control");
    else this.decision(SERVER, { key: "sim.serverRefusedToStart", params: { message: setup.serverRefused } });
    this.owners.set(CLIENT, this.newOwner(CLIENT, CLIENT, setup.client));
    // Daemons of other hosts in the topology (the bounce lesson's victim); an absent host has 0.0.0.0.
    for (const svc of HOST_SERVICES) {
      const addr = setup.network.addressOf(svc.host);
      if (addr === "0.0.0.0") continue;
      this.services.set(svc.id, svc.factory);
      this.net.tcp.listen(svc.host, { addr, port: svc.factory.listenPort }, svc.id, "control");
    }
  }

  // ---- the kernel's calls (World) ----------------------------------------------------------------

  typeLine(line: string): void {
    this.input(this.owners.get(CLIENT)!, { type: "userLine", line });
  }

  interrupt(): void {
    this.input(this.owners.get(CLIENT)!, { type: "interrupt" });
  }

  endOfInputEcho(): string {
    return this.setup.client.endOfInputEcho?.() ?? "";
  }

  dispatch(ev: TransportEvent): void {
    this.net.dispatch(ev);
  }

  timer(owner: string, name: string): void {
    const o = this.owners.get(owner);
    if (o) this.input(o, { type: "timer", name: name as TimerName });
  }

  /** Quiet means only SYN-retry checks of settled connections are pending. */
  busy(ev: TransportEvent): boolean {
    return ev.type !== "synRetry";
  }

  // ---- engines --------------------------------------------------------------------------------

  private newOwner(id: string, host: string, engine: ClientEngine | ServerEngine): Owner {
    return { id, host, engine: engine as Owner["engine"], control: null, data: null, listener: null };
  }

  private input(o: Owner, input: ClientInput | ServerInput): void {
    const actions = o.engine.handle(input as never, this.k.now);
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
        const local = { addr: net.addressOf(CLIENT), port: this.net.ephemeral(CLIENT) };
        o.control = this.net.connect(CLIENT, local, { addr, port: a.port }, CLIENT, "control");
        return;
      }
      case "print":
        return this.k.printed(a.text, { rule: a.style, ...(a.note ? { note: a.note } : {}) });
      case "prompt":
        return this.k.prompt(a.text, a.secret === true);
      case "ready":
        // The next line is typed once the network is quiet again (the kernel's loop).
        return this.k.commandDone();
      case "note":
        return this.decision(CLIENT, a.note);
      case "startTls":
        if (o.control !== null) this.net.startTls(o.control, o.host, "client");
        return;
      default:
        return this.socketAction(o, a);
    }
  }

  private serverAction(o: Owner, a: ServerAction): void {
    switch (a.type) {
      case "connect": {
        if (a.note) this.decision(o.host, a.note);
        const addr = this.setup.network.addressOf(o.host);
        const port = a.fromPort ?? this.net.ephemeral(o.host);
        o.data = this.net.connect(o.host, { addr, port }, a.to, o.id, "data");
        return;
      }
      case "sendControl":
        if (a.note) this.decision(o.host, a.note);
        return this.socketAction(o, a);
      case "startTls":
        if (o.control !== null) this.net.startTls(o.control, o.host, "server");
        return;
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
    const tcp = this.net.tcp;
    switch (a.type) {
      case "sendControl":
        if (o.control !== null)
          this.net.sendControl(o.control, o.host, a.bytes, "urgent" in a && a.urgent === true);
        return;
      case "closeControl":
        if (o.control !== null) tcp.close(o.control, o.host);
        return;
      case "listen":
        return this.listen(o, a.addr, 0, 0);
      case "stopListening":
        if (o.listener) tcp.unlisten(o.host, o.listener);
        o.listener = null;
        return;
      case "connectData": {
        const net = this.setup.network;
        let to = a.to;
        if ("host" in a && a.host !== undefined) {
          const addr = net.resolve(o.host, a.host) ?? (/^[\d.]+$|:/.test(a.host) ? a.host : undefined);
          if (!addr) {
            this.decision(o.host, { key: "sim.unknownHost", params: { host: a.host } });
            return this.input(o, { type: "dataConnectFailed", reason: "unreachable" });
          }
          to = { addr, port: a.to.port };
        }
        const local = { addr: net.addressOf(o.host), port: this.net.ephemeral(o.host) };
        o.data = this.net.connect(o.host, local, to, o.id, "data");
        return;
      }
      case "sendData":
        if (o.data !== null) tcp.send(o.data, o.host, a.bytes);
        return;
      case "closeData":
        if (o.data !== null) tcp.close(o.data, o.host);
        return;
      case "abortData":
        if (o.data !== null) tcp.abort(o.data, o.host);
        o.data = null;
        return;
      case "setTimer":
        return this.k.setTimer(o.id, a.name, a.afterMs);
      case "clearTimer":
        return this.k.clearTimer(o.id, a.name);
      default:
        return;
    }
  }

  private listen(o: Owner, addr: string, min: number, max: number): void {
    const port = this.net.listen(o.host, addr, min, max, o.id);
    if (port === null) return this.input(o, { type: "listenFailed" });
    if (o.listener) this.net.tcp.unlisten(o.host, o.listener);
    o.listener = { addr, port };
    this.input(o, { type: "listening", port });
  }

  // ---- socket events → engine inputs ----------------------------------------------------------------

  private onSocket(e: SocketEvent, ownerId: string, host: string): void {
    if (e.type === "accepted") {
      const factory = ownerId === SERVER ? this.setup.server : this.services.get(ownerId);
      if (factory) return this.newSession(e.conn, host, e.local, e.remote, factory);
    }
    const o = this.owners.get(ownerId);
    if (!o) return;
    const isControl = o.control === e.conn;
    const input = engineInput(e, isControl);
    if (e.type === "accepted") o.data = e.conn;
    if (e.type === "connectFailed" && e.reason === "timeout")
      this.k.record({
        kind: "ConnectTimedOut",
        layer: "tcp",
        from: { host },
        to: { host },
        conn: e.conn,
        channel: isControl ? "control" : "data",
        note: {
          key: "sim.connectTimedOut",
          params: {
            secs: connectGiveUpMs(this.net.tcp.kernel) / 1000,
            max: this.net.tcp.kernel.synWaitsMs.length,
            kernel: this.net.tcp.kernel.id,
            sysctl: this.net.tcp.kernel.sysctl,
          },
        },
        rule: "tcp_syn_retries",
      });
    if (input) this.input(o, input);
  }

  private newSession(conn: number, host: string, local: SockAddr, remote: SockAddr, f: ServerFactory): void {
    const id = `s${++this.sessions}`;
    const o = this.newOwner(id, host, f.createSession(this.k.now));
    o.control = conn;
    this.owners.set(id, o);
    this.net.tcp.setOwner(conn, host, id);
    this.input(o, { type: "controlOpened", local, remote });
  }

  private decision(host: string, note: NoteRef): void {
    this.k.decision(host, host === CLIENT ? "client" : "ftp", note);
  }
}

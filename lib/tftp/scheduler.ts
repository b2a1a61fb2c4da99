/**
 * The discrete-event scheduler of a TFTP session: the tftp client engine, tftpd and the simulated
 * network (with its loss plan) on one simulated clock, recorded as a trace. It follows lib/sim's
 * scheduler: lines are typed when the prompt is back, a Ctrl+C is timed from the line before it, and
 * each call runs until only engine timers are left and the prompt shows.
 */
import type { NoteRef } from "../util/note";
import type { SockAddr } from "../util/sock-addr";
import type { Packet } from "../net/packet";
import type { SimNetwork } from "../net/port";
import { EventQueue } from "../sim/kernel/queue";
import { Keyboard, waitSeconds, type KeyEvent, type TypedItem } from "../sim/kernel/keyboard";
import { TraceRecorder } from "../sim/kernel/recorder";
import type { Layer, TraceEntry } from "../trace/types";
import { datagramDrop, datagramEntries } from "./hops";
import type { TftpClientAction, TftpClientEngine, TftpServerAction, TftpServerEngine } from "./io";

type Owner = "client" | "server";

type Ev =
  | { type: "deliver"; host: string; packet: Packet }
  | { type: "timer"; owner: Owner; name: string; gen: number }
  | { type: "key"; key: KeyEvent };

export interface TftpSetup {
  readonly network: SimNetwork;
  readonly client: TftpClientEngine;
  readonly server: TftpServerEngine;
  /** The client's one UDP socket (tftp-hpa binds it when it starts). */
  readonly clientPort: number;
  readonly prompt: string;
  readonly thinkMs?: number;
  readonly maxEvents?: number;
  /** Trace entries one run may record (lib/sim/budgets.ts). */
  readonly maxEntries?: number;
}

const CLIENT = "client";
const SERVER = "server";
const THINK_MS = 100;

export class TftpSimulation {
  readonly recorder = new TraceRecorder();
  private readonly queue = new EventQueue<Ev>();
  private readonly timers = new Map<string, number>();
  private now = 0;
  private readonly keys: Keyboard;
  private events = 0;
  private timerGen = 0;
  private stopped = false;

  constructor(private readonly setup: TftpSetup) {
    this.keys = new Keyboard(
      {
        now: () => this.now,
        at: (t, key) => this.queue.push(t, { type: "key", key }),
        typeLine: (line) => this.typeLine(line),
        interrupt: () => this.interruptNow(),
      },
      setup.thinkMs ?? THINK_MS,
    );
    this.record({
      kind: "ClientPrinted",
      layer: "client",
      text: setup.prompt,
      ...at(CLIENT),
      rule: "prompt",
    });
  }

  get time(): number {
    return this.now;
  }

  get trace(): TraceEntry[] {
    return this.recorder.entries();
  }

  get ready(): boolean {
    return this.keys.ready;
  }

  typeAll(items: readonly TypedItem[]): void {
    this.keys.push(items);
    this.run();
  }

  private run(): void {
    const max = this.setup.maxEvents ?? 200_000;
    while (!this.stopped) {
      const quiet = !this.queue.some((e) => e.type !== "timer");
      if (quiet) {
        // The opening prompt is the only entry before the first typed line.
        const settled = this.keys.settle(this.recorder.count <= 1);
        if (settled === "stop") break;
        if (settled === "typed") continue;
      }
      const next = this.queue.pop();
      if (!next) break;
      this.now = Math.max(this.now, next.at);
      this.dispatch(next.event);
      if (++this.events >= max) this.stop(max);
      else if (this.recorder.count >= (this.setup.maxEntries ?? Infinity))
        this.stop(this.setup.maxEntries ?? 0, "sim.stopped.maxEntries");
    }
  }

  private stop(max: number, key = "sim.stopped.maxEvents"): void {
    this.stopped = true;
    this.record({
      kind: "SimulationStopped",
      layer: "client",
      ...at(CLIENT),
      note: { key, params: { max } },
    });
  }

  private dispatch(ev: Ev): void {
    switch (ev.type) {
      case "deliver":
        return this.deliver(ev.host, ev.packet);
      case "timer":
        if (this.timers.get(`${ev.owner}/${ev.name}`) !== ev.gen) return;
        this.timers.delete(`${ev.owner}/${ev.name}`);
        return ev.owner === "client"
          ? this.clientActions(this.setup.client.handle({ type: "timer", name: ev.name }, this.now))
          : this.serverActions(this.setup.server.handle({ type: "timer", name: ev.name }, this.now));
      case "key":
        return this.keys.handle(ev.key);
    }
  }

  private showPrompt(): void {
    this.record({
      kind: "ClientPrinted",
      layer: "client",
      text: this.setup.prompt,
      ...at(CLIENT),
      rule: "prompt",
    });
  }

  private interruptNow(): void {
    this.record({ kind: "CommandTyped", layer: "client", text: "^C", ...at(CLIENT) }, true);
    this.clientActions(this.setup.client.handle({ type: "interrupt" }, this.now));
    // At the prompt, Ctrl+C only cancels the line; the prompt shows again.
    if (this.keys.ready) this.showPrompt();
  }

  private typeLine(line: string): void {
    this.record({ kind: "CommandTyped", layer: "client", text: line, ...at(CLIENT) }, true);
    const seconds = waitSeconds(line);
    if (seconds !== null) {
      this.record({
        kind: "ClientPrinted",
        layer: "client",
        text: `(${seconds} s pass)`,
        ...at(CLIENT),
        note: { key: "sim.waited", params: { seconds } },
      });
      this.showPrompt();
      this.keys.pauseFor(Math.round(seconds * 1000));
      return;
    }
    this.clientActions(this.setup.client.handle({ type: "userLine", line }, this.now));
  }

  // ---- engines ---------------------------------------------------------------------------------

  private clientActions(actions: readonly TftpClientAction[]): void {
    for (const a of actions) {
      switch (a.type) {
        case "send":
          this.send(
            CLIENT,
            { addr: this.setup.network.addressOf(CLIENT), port: this.setup.clientPort },
            a.to,
            a.bytes,
          );
          break;
        case "print":
          this.record({
            kind: "ClientPrinted",
            layer: "client",
            text: a.text,
            ...at(CLIENT),
            ...(a.note ? { note: a.note } : {}),
            ...(a.style ? { rule: a.style } : {}),
          });
          break;
        case "prompt":
          this.record({
            kind: "ClientPrinted",
            layer: "client",
            text: a.text,
            ...at(CLIENT),
            rule: "prompt",
          });
          break;
        case "ready":
          this.keys.ready = true;
          break;
        case "note":
          this.decision(CLIENT, "client", a.note);
          break;
        case "completed":
          this.record({ kind: "TransferCompleted", layer: "tftp", ...at(CLIENT), note: a.note });
          break;
        default:
          this.timer("client", a);
      }
    }
  }

  private serverActions(actions: readonly TftpServerAction[]): void {
    const addr = this.setup.network.addressOf(SERVER);
    for (const a of actions) {
      switch (a.type) {
        case "send":
          this.send(SERVER, { addr, port: a.fromPort ?? 69 }, a.to, a.bytes);
          break;
        case "note":
          this.decision(SERVER, "tftp", a.note);
          break;
        case "unreachable":
          this.decision(SERVER, "udp", {
            key: "tftp.sim.unreachable",
            params: { host: SERVER, port: a.port },
          });
          break;
        default:
          this.timer("server", a);
      }
    }
  }

  private timer(owner: Owner, a: { type: "setTimer" | "clearTimer"; name: string; afterMs?: number }): void {
    const key = `${owner}/${a.name}`;
    if (a.type === "clearTimer") return void this.timers.delete(key);
    const gen = ++this.timerGen;
    this.timers.set(key, gen);
    this.queue.push(this.now + (a.afterMs ?? 0), { type: "timer", owner, name: a.name, gen });
  }

  // ---- network ---------------------------------------------------------------------------------

  private send(host: string, src: SockAddr, dst: SockAddr, payload: Uint8Array): void {
    const packet: Packet = { proto: "udp", src, dst, payload };
    const { hops, outcome } = this.setup.network.send(host, packet, this.now);
    for (const d of datagramEntries(hops)) this.recorder.add(d);
    const last = hops[hops.length - 1];
    const t = last ? last.arriveAt : this.now;
    if (outcome.kind === "delivered")
      this.queue.push(t, { type: "deliver", host: outcome.host, packet: outcome.packet });
    else this.recorder.add(datagramDrop(outcome, t));
  }

  private deliver(host: string, p: Packet): void {
    if (host === CLIENT && p.dst.port === this.setup.clientPort)
      return this.clientActions(
        this.setup.client.handle({ type: "datagram", from: p.src, bytes: p.payload }, this.now),
      );
    if (host === SERVER)
      return this.serverActions(
        this.setup.server.handle(
          { type: "datagram", port: p.dst.port, from: p.src, bytes: p.payload },
          this.now,
        ),
      );
    this.decision(host, "udp", { key: "tftp.sim.unreachable", params: { host, port: p.dst.port } });
  }

  private decision(host: string, layer: Layer, note: NoteRef): void {
    this.record({ kind: "Decision", layer, ...at(host), note });
  }

  private record(e: Omit<TraceEntry, "seq" | "step" | "t">, newStep = false): void {
    if (newStep) this.recorder.step += 1;
    this.recorder.add({ t: this.now, ...e });
  }
}

const at = (host: string) => ({ from: { host }, to: { host } });

/**
 * The TFTP world on the simulation kernel (lib/sim/kernel): the tftp client engine and tftpd on the
 * simulated network (with its loss plan). It only interprets the engines' actions (datagrams, prints,
 * timers) and delivers datagrams; typing, `wait`, time and the trace are the kernel's.
 */
import type { Packet } from "../net/packet";
import type { SimNetwork } from "../net/port";
import { CLIENT, Kernel, type World } from "../sim/kernel/kernel";
import type { SockAddr } from "../util/sock-addr";
import { datagramDrop, datagramEntries } from "./hops";
import type { TftpClientAction, TftpServerAction } from "./io";
import type { TftpClientEngine, TftpServerEngine } from "./io";

type Delivery = { readonly host: string; readonly packet: Packet };

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

const SERVER = "server";
const THINK_MS = 100;

/** A TFTP session: the kernel running the TFTP world. */
export class TftpSimulation extends Kernel<Delivery> {
  constructor(setup: TftpSetup) {
    super({
      thinkMs: setup.thinkMs ?? THINK_MS,
      maxEvents: setup.maxEvents ?? 200_000,
      maxEntries: setup.maxEntries ?? Infinity,
    });
    this.attach(new TftpWorld(this, setup));
    this.prompt(setup.prompt);
  }
}

class TftpWorld implements World<Delivery> {
  readonly prompt: string;

  constructor(
    private readonly k: Kernel<Delivery>,
    private readonly setup: TftpSetup,
  ) {
    this.prompt = setup.prompt;
  }

  // ---- the kernel's calls (World) ----------------------------------------------------------------

  typeLine(line: string): void {
    this.clientActions(this.setup.client.handle({ type: "userLine", line }, this.k.now));
  }

  interrupt(): void {
    this.clientActions(this.setup.client.handle({ type: "interrupt" }, this.k.now));
    // At the prompt, Ctrl+C only cancels the line; the prompt shows again.
    if (this.k.ready) this.k.prompt(this.prompt);
  }

  dispatch(d: Delivery): void {
    this.deliver(d.host, d.packet);
  }

  timer(owner: string, name: string): void {
    const { client, server } = this.setup;
    if (owner === CLIENT) this.clientActions(client.handle({ type: "timer", name }, this.k.now));
    else this.serverActions(server.handle({ type: "timer", name }, this.k.now));
  }

  /** Every pending delivery keeps the session busy (only engine timers wait). */
  busy(): boolean {
    return true;
  }

  // ---- engines ---------------------------------------------------------------------------------

  private clientActions(actions: readonly TftpClientAction[]): void {
    const src = { addr: this.setup.network.addressOf(CLIENT), port: this.setup.clientPort };
    for (const a of actions) {
      switch (a.type) {
        case "send":
          this.send(CLIENT, src, a.to, a.bytes);
          break;
        case "print":
          this.k.printed(a.text, {
            ...(a.note ? { note: a.note } : {}),
            ...(a.style ? { rule: a.style } : {}),
          });
          break;
        case "prompt":
          this.k.prompt(a.text);
          break;
        case "ready":
          this.k.commandDone();
          break;
        case "note":
          this.k.decision(CLIENT, "client", a.note);
          break;
        case "completed":
          this.k.record({ kind: "TransferCompleted", layer: "tftp", ...atHost(CLIENT), note: a.note });
          break;
        case "setTimer":
          this.k.setTimer(CLIENT, a.name, a.afterMs);
          break;
        case "clearTimer":
          this.k.clearTimer(CLIENT, a.name);
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
          this.k.decision(SERVER, "tftp", a.note);
          break;
        case "unreachable":
          this.k.decision(SERVER, "udp", {
            key: "tftp.sim.unreachable",
            params: { host: SERVER, port: a.port },
          });
          break;
        case "setTimer":
          this.k.setTimer(SERVER, a.name, a.afterMs);
          break;
        case "clearTimer":
          this.k.clearTimer(SERVER, a.name);
      }
    }
  }

  private send(host: string, src: SockAddr, dst: SockAddr, payload: Uint8Array): void {
    const packet: Packet = { proto: "udp", src, dst, payload };
    const { hops, outcome } = this.setup.network.send(host, packet, this.k.now);
    for (const d of datagramEntries(hops)) this.k.recorder.add(d);
    const last = hops[hops.length - 1];
    const t = last ? last.arriveAt : this.k.now;
    if (outcome.kind === "delivered") this.k.at(t, { host: outcome.host, packet: outcome.packet });
    else this.k.recorder.add(datagramDrop(outcome, t));
  }

  private deliver(host: string, p: Packet): void {
    const { client, server, clientPort } = this.setup;
    if (host === CLIENT && p.dst.port === clientPort)
      return this.clientActions(
        client.handle({ type: "datagram", from: p.src, bytes: p.payload }, this.k.now),
      );
    if (host === SERVER)
      return this.serverActions(
        server.handle({ type: "datagram", port: p.dst.port, from: p.src, bytes: p.payload }, this.k.now),
      );
    this.k.decision(host, "udp", { key: "tftp.sim.unreachable", params: { host, port: p.dst.port } });
  }
}

const atHost = (host: string) => ({ from: { host }, to: { host } });

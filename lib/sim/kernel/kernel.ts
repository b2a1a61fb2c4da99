/**
 * The one run loop every protocol runs on: a simulated clock, the agenda, the learner at the keyboard,
 * engine timers and the trace recorder. A world (FTP over TCP, TFTP over UDP) only interprets its
 * engines' actions and its own events; typing, `wait`, Ctrl+C, quiet detection and the safety stop are
 * the same for every protocol because they live here once.
 */
import type { NoteRef } from "../../util/note";
import type { EntryDraft, Layer, TraceEntry } from "../../trace/types";
import { Keyboard, waitSeconds, type KeyEvent, type TypedItem } from "./keyboard";
import { EventQueue } from "./queue";
import { END_OF_INPUT } from "../../util/end-of-input";
import { TraceRecorder } from "./recorder";

export interface World<E> {
  /** A typed line reaches the client program (recorded already; `wait N` never gets here). */
  typeLine(line: string): void;
  /** Ctrl+C reaches the client program (recorded already). */
  interrupt(): void;
  /** One of the world's own events is due. */
  dispatch(ev: E): void;
  /** An engine timer fired (stale and cleared timers never get here). */
  timer(owner: string, name: string): void;
  /** A pending event that keeps the session busy; a waiting event (a retry check) does not. */
  busy(ev: E): boolean;
  /** The prompt the client shows again when a `wait` is over. */
  readonly prompt: string;
  /** What the terminal shows for a Ctrl+D typed now (none if the world does not say). */
  endOfInputEcho?(): string;
}

export interface KernelOptions {
  /** Simulated pause between the end of one command and the next typed line (ms). */
  readonly thinkMs: number;
  /** Safety limits: the run stops (with an entry saying so) rather than run forever. */
  readonly maxEvents: number;
  /** Trace entries one run may record (lib/sim/budgets.ts). */
  readonly maxEntries: number;
}

type KernelEvent<E> =
  | { readonly k: "world"; readonly ev: E }
  | { readonly k: "key"; readonly key: KeyEvent }
  | { readonly k: "timer"; readonly owner: string; readonly name: string; readonly gen: number };

export const CLIENT = "client";
const atHost = (host: string) => ({ from: { host }, to: { host } });

export class Kernel<E> {
  readonly recorder = new TraceRecorder();
  private readonly queue = new EventQueue<KernelEvent<E>>();
  private readonly keys: Keyboard;
  private readonly timers = new Map<string, number>();
  private world: World<E> | null = null;
  private clock = 0;
  private events = 0;
  private timerGen = 0;
  private typedAny = false;
  private secretNext = false;
  private stopped = false;

  constructor(private readonly opts: KernelOptions) {
    this.keys = new Keyboard(
      {
        now: () => this.clock,
        at: (t, key) => this.queue.push(t, { k: "key", key }),
        typeLine: (line) => this.typeLine(line),
        interrupt: () => this.interruptNow(),
      },
      opts.thinkMs,
    );
  }

  /** The world this kernel runs (set once, by the constructor of the protocol's simulation). */
  protected attach(world: World<E>): void {
    this.world = world;
  }

  get now(): number {
    return this.clock;
  }

  /** Simulated milliseconds since the session started. */
  get time(): number {
    return this.clock;
  }

  get trace(): TraceEntry[] {
    return this.recorder.entries();
  }

  /** The client shows its prompt: the next line may be typed. */
  get ready(): boolean {
    return this.keys.ready;
  }

  /**
   * Type items in turn, each line when the prompt is back, and run until the session is quiet; a
   * Ctrl+C item lands `interruptAfterMs` after the line before it, so it can stop what that line started.
   */
  typeAll(items: readonly TypedItem[]): void {
    this.keys.push(items);
    this.run();
  }

  type(line: string): void {
    this.typeAll([{ line }]);
  }

  /** Ctrl+C (at the prompt it only cancels the line). */
  interrupt(afterMs = 0): void {
    this.typeAll([{ interruptAfterMs: afterMs }]);
  }

  // ---- for the worlds ------------------------------------------------------------------------

  at(t: number, ev: E): void {
    this.queue.push(t, { k: "world", ev });
  }

  setTimer(owner: string, name: string, afterMs: number): void {
    const gen = ++this.timerGen;
    this.timers.set(`${owner}/${name}`, gen);
    this.queue.push(this.clock + afterMs, { k: "timer", owner, name, gen });
  }

  clearTimer(owner: string, name: string): void {
    this.timers.delete(`${owner}/${name}`);
  }

  /** The running command is over: the client waits for the next line. */
  commandDone(): void {
    this.keys.ready = true;
  }

  /** An entry at the current time; `newStep` starts the step of a typed line. */
  record(e: EntryDraft<"seq" | "step" | "t">, newStep = false): void {
    if (newStep) this.recorder.step += 1;
    this.recorder.add({ t: this.clock, ...e });
  }

  /** Something the client program printed itself (`rule` is its print style). */
  printed(text: string, extra: { rule?: string; note?: NoteRef } = {}): void {
    this.record({ kind: "ClientPrinted", layer: "client", text, ...atHost(CLIENT), ...extra });
  }

  /** The client shows a prompt; a secret one (Password:) keeps the next typed line out of the trace. */
  prompt(text: string, secret = false): void {
    this.secretNext = secret;
    this.printed(text, { rule: "prompt" });
  }

  decision(host: string, layer: Layer, note: NoteRef): void {
    this.record({ kind: "Decision", layer, ...atHost(host), note });
  }

  // ---- the loop --------------------------------------------------------------------------------

  private run(): void {
    const world = this.world;
    if (!world) return;
    while (!this.stopped) {
      const quiet = !this.queue.some((e) => e.k === "key" || (e.k === "world" && world.busy(e.ev)));
      if (quiet) {
        const settled = this.keys.settle(!this.typedAny);
        if (settled === "stop") break;
        if (settled === "typed") continue;
      }
      const next = this.queue.pop();
      if (!next) break;
      this.clock = Math.max(this.clock, next.at);
      this.dispatch(world, next.event);
      if (++this.events >= this.opts.maxEvents) this.stop("sim.stopped.maxEvents", this.opts.maxEvents);
      else if (this.recorder.count >= this.opts.maxEntries)
        this.stop("sim.stopped.maxEntries", this.opts.maxEntries);
    }
  }

  private dispatch(world: World<E>, ev: KernelEvent<E>): void {
    if (ev.k === "world") return world.dispatch(ev.ev);
    if (ev.k === "timer") {
      const key = `${ev.owner}/${ev.name}`;
      if (this.timers.get(key) !== ev.gen) return;
      this.timers.delete(key);
      return world.timer(ev.owner, ev.name);
    }
    this.keys.handle(ev.key);
    // The prompt comes back when a `wait` is over, as a shell's does after `sleep`.
    if (ev.key.type === "waitDone") this.prompt(world.prompt);
  }

  private stop(key: "sim.stopped.maxEvents" | "sim.stopped.maxEntries", max: number): void {
    this.stopped = true;
    this.record({
      kind: "SimulationStopped",
      layer: "client",
      ...atHost(CLIENT),
      note: { key, params: { max } },
    });
  }

  private typeLine(line: string): void {
    const secret = this.secretNext;
    const eof = line === END_OF_INPUT;
    this.secretNext = false;
    this.typedAny = true;
    const echo = eof ? (this.world?.endOfInputEcho?.() ?? "") : line;
    const note = eof ? "sim.endOfInput" : secret ? "sim.secretTyped" : null;
    this.record(
      {
        kind: "CommandTyped",
        layer: "client",
        text: secret ? "" : echo,
        ...atHost(CLIENT),
        ...(note ? { note: { key: note } } : {}),
      },
      true,
    );
    const seconds = secret ? null : waitSeconds(line);
    if (seconds === null) return this.world?.typeLine(line);
    this.printed(`(${seconds} s pass)`, { note: { key: "sim.waited", params: { seconds } } });
    this.keys.pauseFor(Math.round(seconds * 1000));
  }

  private interruptNow(): void {
    this.typedAny = true;
    this.record({ kind: "CommandTyped", layer: "client", text: "^C", ...atHost(CLIENT) }, true);
    this.world?.interrupt();
  }
}

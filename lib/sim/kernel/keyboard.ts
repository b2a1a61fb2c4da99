/**
 * The learner at the keyboard, shared by the FTP and the TFTP schedulers. Typed lines wait for the
 * prompt and come a moment after the session has settled; a Ctrl+C typed right behind a line is timed
 * from that line, so it can stop a transfer the line started; `wait N` lets simulated time pass.
 */
export type TypedItem = { readonly line: string } | { readonly interruptAfterMs: number };

export type KeyEvent =
  { readonly type: "feed" } | { readonly type: "interrupt" } | { readonly type: "waitDone" };

/** `wait 300` / `sleep 1.5`: nobody types for that many seconds. */
const WAIT_RE = /^\s*(?:wait|sleep)\s+(\d+(?:\.\d+)?)\s*$/i;

/** The longest `wait` (about 31 years): any number of digits still leaves simulated time finite. */
export const MAX_WAIT_SECONDS = 1e9;

export const waitSeconds = (line: string): number | null => {
  const m = WAIT_RE.exec(line);
  return m ? Math.min(Number(m[1]), MAX_WAIT_SECONDS) : null;
};

export interface KeyboardHooks {
  now(): number;
  /** Schedule one of the keyboard's events on the scheduler's agenda. */
  at(t: number, ev: KeyEvent): void;
  /** A line reaches the client program (the scheduler records it and hands it over). */
  typeLine(line: string): void;
  /** Ctrl+C reaches the client program. */
  interrupt(): void;
}

export class Keyboard {
  private pending: TypedItem[] = [];
  private feedPending = false;
  /** The client shows its prompt: the next line may be typed. */
  ready = true;

  constructor(
    private readonly hooks: KeyboardHooks,
    private readonly thinkMs: number,
  ) {}

  push(items: readonly TypedItem[]): void {
    this.pending.push(...items);
  }

  /**
   * Called when the network is quiet. "stop": the prompt shows and nothing is left to type; "typed":
   * the next item is scheduled; "busy": the client or a scheduled item still has to run.
   */
  settle(firstLine: boolean): "stop" | "typed" | "busy" {
    if (!this.ready || this.feedPending) return "busy";
    if (!this.pending.length) return "stop";
    this.schedule(firstLine ? this.hooks.now() : this.hooks.now() + this.thinkMs);
    return "typed";
  }

  handle(ev: KeyEvent): void {
    if (ev.type === "feed") return this.feed();
    if (ev.type === "interrupt") return this.hooks.interrupt();
    this.ready = true;
  }

  /** The line just typed was `wait N`: the prompt comes back after `ms`. */
  pauseFor(ms: number): void {
    this.ready = false;
    this.hooks.at(this.hooks.now() + ms, { type: "waitDone" });
  }

  private schedule(t: number): void {
    const head = this.pending[0];
    if (this.feedPending || !head) return;
    if (!this.ready && !("interruptAfterMs" in head)) return;
    this.feedPending = true;
    this.hooks.at(t, { type: "feed" });
  }

  private feed(): void {
    this.feedPending = false;
    const next = this.pending.shift();
    if (!next) return;
    if ("interruptAfterMs" in next) return this.hooks.interrupt();
    this.ready = false;
    this.hooks.typeLine(next.line);
    const after = this.pending[0];
    if (after && "interruptAfterMs" in after) {
      this.pending.shift();
      this.hooks.at(this.hooks.now() + Math.max(0, after.interruptAfterMs), { type: "interrupt" });
    }
  }
}

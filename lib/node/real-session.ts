/**
 * One control connection on a real socket, driving one server engine: socket events become ServerInput,
 * ServerAction become socket calls, as the simulator's scheduler does with simulated sockets. It holds no
 * FTP logic beyond framing facts of the protocol (a 1xx reply starts the transfer), and adds what a real
 * daemon needs: bounded buffers, real timers, and releasing every socket when the session ends. The
 * data connection's sockets are real-data.ts's.
 */
import type net from "node:net";
import type { ServerAction, ServerInput, TimerName } from "../ftp/io";
import type { ServerEngine } from "../sim/engines";
import { traceConn } from "./conn-trace";
import { plain, RealData } from "./real-data";
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

export class RealSession {
  private readonly timers = new Map<TimerName, NodeJS.Timeout>();
  private readonly data: RealData;
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
    this.data = new RealData({
      id,
      control,
      trace: d.trace,
      log: d.log,
      input: (i) => this.input(i),
      ended: () => this.ended,
    });
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
    const data = this.data.handles;
    return { sockets: (this.control.destroyed ? 0 : 1) + data.sockets, listeners: data.listeners };
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
        if (a.bytes[0] === 0x31) this.data.transferStarted();
        return this.flow();
      case "closeControl":
        return this.closeControl();
      case "listen":
        return this.data.listen(this.d.dataHost ?? a.addr, a.minPort, a.maxPort);
      case "stopListening":
        return this.data.stopListening();
      case "connect":
        if (a.note) this.d.trace.note(a.note);
        return this.data.connect(a.to, a.fromPort);
      case "sendData":
        return this.data.send(a.bytes);
      case "sendFile":
        return this.data.sendFile(a.source, a.offset, a.ascii);
      case "closeData":
        return this.data.close();
      case "abortData":
        return this.data.abort();
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

  /** Releases everything; safe to call more than once. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.engineDone = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.data.end();
    this.control.destroy();
    this.d.onEnd();
  }
}

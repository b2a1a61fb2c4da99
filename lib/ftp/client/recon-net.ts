/**
 * The connection steps the footprinting tools share: a quiet TCP connect that reports open / closed /
 * filtered like a scanner (no client error lines), reading the greeting, and saying goodbye. The tools
 * run several connections in one command, so they mark the session `recon`: a server closing the
 * connection then reaches the tool as an event instead of ending the command.
 */
import type { Reply } from "../parse-reply";
import { forgetConnection } from "./cmd-session";
import { command, send } from "./control";
import type { Ctx, Job } from "./types";

export type PortState = "open" | "closed" | "filtered" | "down";

/** A scanner gives up on a silent port long before the kernel's 127 s SYN give-up. */
const PROBE_TIMEOUT_MS = 2000;

export interface Probe {
  readonly state: PortState;
  /** Round trip of the handshake (SYN → SYN-ACK), ms. */
  readonly rttMs: number;
  readonly addr: string | null;
}

export function* probe(c: Ctx, host: string, port: number): Job<Probe> {
  const start = c.now;
  c.s.connecting = true;
  c.s.host = host;
  c.out.push(
    { type: "connectControl", host, port },
    { type: "setTimer", name: "connect", afterMs: PROBE_TIMEOUT_MS },
  );
  for (;;) {
    const ev = yield "event";
    if (ev.type === "controlConnected") {
      c.out.push({ type: "clearTimer", name: "connect" });
      Object.assign(c.s, {
        connecting: false,
        connected: true,
        control: { local: ev.local, remote: ev.remote },
      });
      return { state: "open", rttMs: c.now - start, addr: ev.remote.addr };
    }
    let state: PortState | null = null;
    if (ev.type === "controlConnectFailed") {
      c.out.push({ type: "clearTimer", name: "connect" });
      state = ev.reason === "refused" ? "closed" : ev.reason === "unreachable" ? "down" : "filtered";
    } else if (ev.type === "timer" && ev.name === "connect") {
      c.out.push({ type: "closeControl" });
      state = "filtered";
    }
    if (state === null) continue;
    forgetConnection(c);
    return { state, rttMs: c.now - start, addr: null };
  }
}

/** The next reply, or null when the server closed the connection first. */
export function* replyOrClose(c: Ctx): Job<Reply | null> {
  for (;;) {
    const ev = yield "event";
    if (ev.type === "reply" && ev.reply.code >= 200) return ev.reply;
    if (ev.type === "controlClosed" || !c.s.connected) return null;
  }
}

/** Sends a line and waits for its final reply or the connection's end. */
export function* ask(c: Ctx, line: string): Job<Reply | null> {
  send(c, line);
  return yield* replyOrClose(c);
}

/** QUIT politely (when still connected) and forget the connection. */
export function* hangUp(c: Ctx, polite = true): Job {
  if (c.s.connected && polite) {
    c.s.quitting = true;
    yield* command(c, "QUIT");
  }
  if (c.s.connected) c.out.push({ type: "closeControl" });
  forgetConnection(c);
}

/** Waits `ms` for the server to close the connection; true if it did. */
export function* closedWithin(c: Ctx, ms: number): Job<boolean> {
  c.out.push({ type: "setTimer", name: "connect", afterMs: ms });
  for (;;) {
    const ev = yield "event";
    if (ev.type === "controlClosed" || !c.s.connected) {
      c.out.push({ type: "clearTimer", name: "connect" });
      return true;
    }
    if (ev.type === "timer" && ev.name === "connect") return false;
  }
}

/** "2024-01-15 12:34:56" for the simulated clock (the scenario's epoch plus the elapsed ms). */
export function stamp(c: Ctx, seconds = true): string {
  const iso = new Date(c.s.epoch * 1000 + c.now).toISOString().replace("T", " ");
  return iso.slice(0, seconds ? 19 : 16);
}

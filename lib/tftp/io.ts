/**
 * What the TFTP engines take and give: `handle(input, now) → actions`, like the FTP engines. The
 * scheduler owns sockets, the clock and the network; the engines own the protocol.
 */
import type { NoteRef } from "../util/note";
import type { SockAddr } from "../util/sock-addr";
import type { Effect, Lockstep } from "./lockstep";
import { encode, type TftpPacket } from "./packet";

export type TftpClientInput =
  | { readonly type: "userLine"; readonly line: string }
  | { readonly type: "interrupt" }
  | { readonly type: "datagram"; readonly from: SockAddr; readonly bytes: Uint8Array }
  | { readonly type: "timer"; readonly name: string };

export type TftpServerInput =
  | {
      readonly type: "datagram";
      /** The server port it arrived on: 69, or a transfer's own port (its TID). */
      readonly port: number;
      readonly from: SockAddr;
      readonly bytes: Uint8Array;
    }
  | { readonly type: "timer"; readonly name: string };

/** A datagram to send; `fromPort` is the server's socket (the client has one socket for the session). */
export interface SendAction {
  readonly type: "send";
  readonly to: SockAddr;
  readonly bytes: Uint8Array;
  readonly fromPort?: number;
}

export type TimerAction =
  | { readonly type: "setTimer"; readonly name: string; readonly afterMs: number }
  | { readonly type: "clearTimer"; readonly name: string };

export type TftpClientAction =
  | SendAction
  | TimerAction
  | { readonly type: "print"; readonly text: string; readonly note?: NoteRef; readonly style?: "error" }
  | { readonly type: "prompt"; readonly text: string }
  | { readonly type: "ready" }
  | { readonly type: "note"; readonly note: NoteRef }
  | { readonly type: "completed"; readonly note: NoteRef };

export type TftpServerAction =
  | SendAction
  | TimerAction
  | { readonly type: "note"; readonly note: NoteRef }
  /** No socket on that port: the kernel answers ICMP port unreachable (drawn as a decision). */
  | { readonly type: "unreachable"; readonly port: number; readonly from: SockAddr };

export interface TftpClientEngine {
  handle(input: TftpClientInput, now: number): readonly TftpClientAction[];
}

export interface TftpServerEngine {
  handle(input: TftpServerInput, now: number): readonly TftpServerAction[];
}

/** The lock-step core's effects as actions of one transfer (its peer, timer and, for a server, port). */
export function effectActions(
  t: Lockstep,
  effects: readonly Effect[],
  timer: string,
  fromPort?: number,
): (SendAction | TimerAction | { type: "note"; note: NoteRef })[] {
  const out: (SendAction | TimerAction | { type: "note"; note: NoteRef })[] = [];
  for (const e of effects) {
    if (e.kind === "send") out.push(sendTo(t.peer, e.packet, fromPort));
    else if (e.kind === "arm") out.push({ type: "setTimer", name: timer, afterMs: t.waitMs });
    else if (e.kind === "disarm") out.push({ type: "clearTimer", name: timer });
    else if (e.kind === "note") out.push({ type: "note", note: e.note });
  }
  return out;
}

export const sendTo = (to: SockAddr, p: TftpPacket, fromPort?: number): SendAction => ({
  type: "send",
  to,
  bytes: encode(p),
  ...(fromPort !== undefined ? { fromPort } : {}),
});

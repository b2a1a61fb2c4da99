/**
 * What the scheduler needs from the network: send a packet from a host and learn the hops it takes and
 * where it ends. lib/net implements it with pure functions; this wrapper only threads its state.
 */
import type { NoteRef } from "../util/note";
import type { Packet } from "../net/packet";

export interface HopView {
  readonly from: string;
  readonly to: string;
  readonly packet: Packet;
  readonly departAt: number;
  readonly arriveAt: number;
  /** Rewrites done by the box at `to` before it forwards (NAT, ALG). */
  readonly rewrites: readonly {
    readonly at: string;
    readonly before: Packet;
    readonly after: Packet;
    readonly note: NoteRef;
    readonly rule?: string;
    /** "mapped" rewrites (an existing NAT mapping applied again) are not drawn: only news and ALG rewrites. */
    readonly stage?: "new" | "mapped" | "alg";
  }[];
}

export type SendOutcome =
  | { readonly kind: "delivered"; readonly host: string; readonly packet: Packet }
  | {
      readonly kind: "dropped";
      readonly at: string;
      readonly packet: Packet;
      readonly note: NoteRef;
      readonly rule: string;
    };

export interface NetworkPort {
  send(fromHost: string, packet: Packet, now: number): { hops: readonly HopView[]; outcome: SendOutcome };
  /** The address a host name resolves to as seen from `fromHost` (e.g. the router's public address). */
  resolve(fromHost: string, name: string): string | undefined;
  /** The address a host uses on its own interface (sockets bind to it). */
  addressOf(host: string): string;
}

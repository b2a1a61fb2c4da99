import type { SockAddr } from "../util/sock-addr";

export type Proto = "tcp" | "udp";

export interface TcpFlags {
  readonly syn?: boolean;
  readonly ack?: boolean;
  readonly fin?: boolean;
  readonly rst?: boolean;
  readonly psh?: boolean;
  /** Urgent data (the urgent pointer marks the end of this segment's payload). */
  readonly urg?: boolean;
}

/**
 * One IP packet as it crosses one link. Middleboxes are pure functions of (packet, table) that return
 * the packet as it leaves them (possibly rewritten) or a drop with its reason.
 */
export interface Packet {
  readonly proto: Proto;
  readonly src: SockAddr;
  readonly dst: SockAddr;
  /** TCP only; absent for UDP. */
  readonly flags?: TcpFlags;
  readonly seq?: number;
  readonly ack?: number;
  readonly payload: Uint8Array;
}

export const flagsText = (f: TcpFlags | undefined): string => {
  if (!f) return "";
  const names: string[] = [];
  if (f.syn) names.push("SYN");
  if (f.fin) names.push("FIN");
  if (f.rst) names.push("RST");
  if (f.psh) names.push("PSH");
  if (f.ack) names.push("ACK");
  if (f.urg) names.push("URG");
  return names.join(",");
};

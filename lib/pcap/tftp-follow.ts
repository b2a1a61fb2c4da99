/**
 * TFTP sessions in a capture: a read or write request to port 69 opens one; the server answers from a new
 * port of its own (its transfer identifier, RFC 1350 §4), and the rest of the transfer runs between the
 * client's port and that one. Datagrams of no session are left out and counted.
 */
import { describeBytes } from "../tftp/packet";
import type { Segment } from "./decode";
import type { Draft } from "./drafts";

interface TftpSession {
  readonly iface: number;
  readonly client: string;
  readonly clientPort: number;
  readonly server: string;
  serverPort: number | null;
}

const RRQ = 1;
const WRQ = 2;

export class TftpFollower {
  private readonly sessions: TftpSession[] = [];
  others = 0;

  constructor(private readonly tftpPorts: ReadonlySet<number>) {}

  /** The entry for a datagram, or null when it belongs to no TFTP session. */
  datagram(iface: number, seg: Segment, t: number): Draft | null {
    const op = seg.payload.length >= 2 ? (seg.payload[0]! << 8) | seg.payload[1]! : 0;
    let note: Draft["note"];
    let fromClient = true;
    let s = this.sessions.find(
      (x) =>
        x.iface === iface &&
        x.client === seg.src &&
        x.clientPort === seg.sport &&
        (x.serverPort === null ? this.tftpPorts.has(seg.dport) : x.serverPort === seg.dport),
    );
    if (!s && this.tftpPorts.has(seg.dport) && (op === RRQ || op === WRQ)) {
      s = { iface, client: seg.src, clientPort: seg.sport, server: seg.dst, serverPort: null };
      this.sessions.push(s);
    }
    if (!s) {
      fromClient = false;
      s = this.sessions.find(
        (x) =>
          x.iface === iface &&
          x.client === seg.dst &&
          x.clientPort === seg.dport &&
          x.server === seg.src &&
          (x.serverPort === null || x.serverPort === seg.sport),
      );
      if (s && s.serverPort === null) {
        s.serverPort = seg.sport;
        note = { key: "pcap.tftpNewPort", params: { port: seg.sport } };
      }
    }
    if (!s) {
      this.others++;
      return null;
    }
    const src = { addr: seg.src, port: seg.sport };
    const dst = { addr: seg.dst, port: seg.dport };
    return {
      t,
      kind: "DatagramSent",
      layer: "tftp",
      from: { host: fromClient ? "client" : "server", ...src },
      to: { host: fromClient ? "server" : "client", ...dst },
      text: describeBytes(seg.payload),
      chunks: [seg.payload],
      ...(seg.cut ? { missing: seg.cut } : {}),
      ...(note ? { note } : {}),
    };
  }
}

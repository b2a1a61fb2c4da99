/**
 * TCP connections of a capture, told apart by interface and 4-tuple (a closed one reopened by a new SYN
 * is a new connection). Each connection's two directions are reassembled (HalfStream) and turned into
 * entries: SYN/FIN/RST and the ACKs that finish a handshake or a close, and a note where bytes are
 * missing; the reassembled bytes go to the FTP roles (lib/pcap/ftp-roles), which make commands, replies
 * and data of them. Connections that are not FTP are left out and counted.
 */
import type { NoteRef } from "../util/note";
import { endsOf, newConn, segmentDraft, type Conn, type Meta, type Role } from "./conn";
import type { Segment } from "./decode";
import type { Draft } from "./drafts";
import { FtpRoles } from "./ftp-roles";
import type { ConnInfo } from "./hops";
import { problem, type Problem } from "./problems";
import type { Delivered } from "./tcp-stream";

export interface ConnOptions {
  readonly ftpPorts: ReadonlySet<number>;
}

/** Entries kept for a connection whose role its first bytes will tell. */
const MAX_HELD = 16;

export class ConnTracker {
  readonly drafts: Draft[] = [];
  readonly problems: Problem[] = [];
  private readonly byKey = new Map<string, Conn>();
  private readonly ftpPorts: ReadonlySet<number>;
  private readonly ftp: FtpRoles;
  private nextId = 1;
  retransmissions = 0;

  constructor(opts: ConnOptions) {
    this.ftpPorts = opts.ftpPorts;
    this.ftp = new FtpRoles(opts.ftpPorts, {
      drafts: this.drafts,
      add: (c, d, role) => this.add(c, d, role),
    });
  }

  /** Connections that turned out not to be FTP. */
  get others(): number {
    return this.ftp.others;
  }

  segment(iface: number, seg: Segment, t: number): void {
    const key = `${iface}|${seg.src}|${seg.sport}|${seg.dst}|${seg.dport}`;
    let c = this.byKey.get(key);
    if (c && c.closed && seg.syn && !seg.ack) c = undefined; // the 4-tuple is used again
    if (!c) c = this.open(iface, seg, key);
    if (seg.syn && !seg.ack && c.isn === undefined) {
      c.isn = seg.seq;
      c.synTtl = seg.ttl;
    }
    const dir = seg.src === c.a.addr && seg.sport === c.a.port ? 0 : 1;
    if (c.role === "other") return;
    this.flags(c, dir, seg, t);
    const half = c.halves[dir];
    if (seg.syn) half.syn(seg.seq);
    const len = seg.payload.length + seg.cut;
    if (len) {
      const r = half.push(seg.seq, seg.payload, seg.cut, { t, seg });
      if (r.retransmission) this.retransmissions++;
      this.deliver(c, dir, r.out);
    }
    if (seg.fin || seg.rst) {
      if (seg.fin) c.fin[dir] = (seg.seq + len) >>> 0;
      this.deliver(c, dir, half.flush(seg.fin ? (seg.seq + len) >>> 0 : undefined));
      if (seg.rst) this.deliver(c, 1 - dir, c.halves[1 - dir]!.flush());
    }
    this.notHoles(c, dir, t);
    if (seg.rst || (c.fin[0] !== null && c.fin[1] !== null)) c.closed = true;
  }

  /** End of the capture: whatever waits behind a hole is delivered, and unclassified connections dropped. */
  finish(t: number): void {
    for (const c of new Set(this.byKey.values())) {
      if (c.role === "other" || c.role === "pending") continue;
      for (const dir of [0, 1] as const) {
        this.deliver(c, dir, c.halves[dir].flush());
        this.notHoles(c, dir, t);
      }
    }
    this.ftp.finish(t, this.problems);
  }

  /** The FTP connections and the control connection each belongs to (lib/pcap/hops names their hosts). */
  connections(): ConnInfo[] {
    const out: ConnInfo[] = [];
    for (const c of new Set(this.byKey.values())) {
      const owner = this.ftp.owner(c);
      if ((c.role !== "control" && c.role !== "data") || owner === undefined) continue;
      out.push({ id: c.id, iface: c.iface, control: owner, isn: c.isn, ttl: c.synTtl });
    }
    return out;
  }

  private open(iface: number, seg: Segment, key: string): Conn {
    const src = { addr: seg.src, port: seg.sport };
    const dst = { addr: seg.dst, port: seg.dport };
    // Without the SYN, the side on the FTP port is the server.
    const aIsSrc = (seg.syn && !seg.ack) || !this.ftpPorts.has(seg.sport);
    const c = newConn(this.nextId++, iface, aIsSrc ? src : dst, aIsSrc ? dst : src);
    this.byKey.set(key, c);
    this.byKey.set(`${iface}|${seg.dst}|${seg.dport}|${seg.src}|${seg.sport}`, c);
    this.ftp.opened(c);
    return c;
  }

  /** SYN, SYN-ACK, FIN, RST, and the bare ACKs that complete a handshake or acknowledge a FIN. */
  private flags(c: Conn, dir: number, seg: Segment, t: number): void {
    const bare = !seg.payload.length && !seg.cut;
    let show = seg.syn || seg.rst || (seg.fin && bare);
    if (seg.syn && seg.ack) c.synAckSeen = true;
    if (bare && seg.ack && !seg.syn && !seg.fin && !seg.rst) {
      const other = c.fin[1 - dir] ?? null;
      if (c.synAckSeen && !c.handshakeDone && dir === 0) show = c.handshakeDone = true;
      else if (other !== null && !c.finAcked[1 - dir] && seg.ackNo === (other + 1) >>> 0)
        show = c.finAcked[1 - dir] = true;
    }
    if (!bare) c.handshakeDone = true;
    if (!show) return;
    const d = segmentDraft(c, dir, seg, t);
    if (seg.syn && !seg.ack && !c.syn) c.syn = d;
    this.add(c, d);
  }

  private add(c: Conn, d: Draft, role: Role = c.role): void {
    if (role === "pending") {
      if (c.held.length < MAX_HELD) c.held.push(d);
      return;
    }
    if (role === "other") return;
    d.channel = role === "control" ? "control" : "data";
    // Bytes a late segment released belong after what the connection already showed (sorted by t later).
    if (c.last && d.t < c.last.t) d.t = c.last.t;
    this.drafts.push(d);
    c.last = d;
  }

  private deliver(c: Conn, dir: number, chunks: Delivered<Meta>[]): void {
    for (const ch of chunks) this.ftp.chunk(c, dir, ch);
  }

  private notHoles(c: Conn, dir: number, t: number): void {
    const holes = c.halves[dir]!.holes;
    if (c.role !== "control" && c.role !== "data") return;
    for (; c.holesSeen[dir]! < holes.length; c.holesSeen[dir]!++) {
      const h = holes[c.holesSeen[dir]!]!;
      const ends = endsOf(c, dir);
      const src = `${ends.from.addr}:${ends.from.port}`;
      const bytes = h.to - h.from;
      const note: NoteRef = { key: "pcap.missing", params: { bytes, from: h.from, conn: c.id, src } };
      this.problems.push(
        problem("p.notCaptured", { conn: c.id, bytes, host: ends.from.host, src, from: h.from }),
      );
      this.add(c, { t, kind: "Decision", layer: "tcp", ...ends, conn: c.id, note, rule: "missing-segment" });
    }
  }
}

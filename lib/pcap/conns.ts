/**
 * TCP connections of a capture, told apart and given their FTP role: a connection to an FTP port (or whose
 * acceptor greets with "220") is a control connection; one that opens to an endpoint a control connection
 * announced (PORT/EPRT, 227/229) is that session's data connection, and carries the next transfer command;
 * anything else is left out and counted. Each connection's two directions are reassembled (HalfStream) and
 * turned into entries: SYN/FIN/RST and the ACKs that finish a handshake or a close, commands and replies
 * (whole, however TCP cut them), data, and a note where bytes are missing.
 */
import type { NoteRef } from "../util/note";
import type { Segment } from "./decode";
import { MERGE_BYTES, payloadSize, segFlags, type Draft } from "./drafts";
import type { ConnInfo } from "./hops";
import { problem, type Problem } from "./problems";
import { ControlReader, isTransfer, type Expectation, type Message } from "./session";
import { HalfStream, type Delivered } from "./tcp-stream";

interface End {
  readonly addr: string;
  readonly port: number;
}

interface Meta {
  readonly t: number;
  readonly seg: Segment;
}

interface Session {
  readonly reader: ControlReader;
  expect?: Expectation;
  /** Data connections opened before the command that uses them (passive mode), oldest first. */
  waiting: Conn[];
  /** The last transfer command, for data connections that open after it (active mode). */
  transfer?: string;
}

interface Conn {
  readonly id: number;
  readonly iface: number;
  /** a: the side that sent the SYN (or the client when the capture starts mid-connection). */
  readonly a: End;
  readonly b: End;
  role: "control" | "data" | "pending" | "other";
  /** Whether `a` is the FTP client (false for an active-mode data connection). */
  clientIsA: boolean;
  session?: Session;
  readonly halves: [HalfStream<Meta>, HalfStream<Meta>];
  readonly holesSeen: [number, number];
  held: Draft[];
  syn?: Draft;
  announce?: string;
  synAckSeen: boolean;
  handshakeDone: boolean;
  fin: [number | null, number | null];
  finAcked: [boolean, boolean];
  closed: boolean;
  last?: Draft;
  /** The initiator's SYN: its sequence number and TTL (for lib/pcap/hops). */
  isn?: number;
  synTtl?: number;
}

export interface ConnOptions {
  readonly ftpPorts: ReadonlySet<number>;
}

const MAX_HELD = 16;

export class ConnTracker {
  readonly drafts: Draft[] = [];
  readonly problems: Problem[] = [];
  private readonly byKey = new Map<string, Conn>();
  private readonly sessions: { conn: Conn; s: Session }[] = [];
  private nextId = 1;
  others = 0;
  retransmissions = 0;

  constructor(private readonly opts: ConnOptions) {}

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
    for (const { conn, s } of this.sessions) {
      // Bytes the client sent without a line end (telnet IP/DM before ABOR, a client cut off) are still sent.
      const rest = s.reader.takeCommandRest();
      if (rest) {
        const dir = conn.clientIsA ? 0 : 1;
        const d = {
          ...this.end(conn, dir),
          t,
          kind: "CommandSent" as const,
          layer: "ftp" as const,
          conn: conn.id,
          text: rest,
          verb: "",
        };
        this.add(conn, d);
      }
      if (s.reader.leftover.trim())
        this.problems.push(problem("p.replyCut", { text: JSON.stringify(s.reader.leftover.slice(0, 60)) }));
    }
  }

  /** The FTP connections and the control connection each belongs to (lib/pcap/hops names their hosts). */
  connections(): ConnInfo[] {
    const control = new Map(this.sessions.map(({ conn, s }) => [s, conn.id]));
    const out: ConnInfo[] = [];
    for (const c of new Set(this.byKey.values())) {
      const owner = c.session ? control.get(c.session) : undefined;
      if ((c.role !== "control" && c.role !== "data") || owner === undefined) continue;
      out.push({ id: c.id, iface: c.iface, control: owner, isn: c.isn, ttl: c.synTtl });
    }
    return out;
  }

  private open(iface: number, seg: Segment, key: string): Conn {
    const src = { addr: seg.src, port: seg.sport };
    const dst = { addr: seg.dst, port: seg.dport };
    // Without the SYN, the side on the FTP port is the server.
    const aIsSrc = (seg.syn && !seg.ack) || !this.opts.ftpPorts.has(seg.sport);
    const c: Conn = {
      id: this.nextId++,
      iface,
      a: aIsSrc ? src : dst,
      b: aIsSrc ? dst : src,
      role: "pending",
      clientIsA: true,
      halves: [new HalfStream(), new HalfStream()],
      holesSeen: [0, 0],
      held: [],
      synAckSeen: false,
      handshakeDone: false,
      fin: [null, null],
      finAcked: [false, false],
      closed: false,
    };
    this.byKey.set(key, c);
    this.byKey.set(`${iface}|${seg.dst}|${seg.dport}|${seg.src}|${seg.sport}`, c);
    if (this.opts.ftpPorts.has(c.b.port)) this.becomeControl(c);
    else this.matchData(c);
    return c;
  }

  private becomeControl(c: Conn): void {
    c.role = "control";
    c.session = { reader: new ControlReader(), waiting: [] };
    this.sessions.push({ conn: c, s: c.session });
    for (const d of c.held) this.add(c, d, "control");
    c.held = [];
  }

  /** A new connection to an endpoint a session announced is its data connection (latest announcement first). */
  private matchData(c: Conn): void {
    for (let i = this.sessions.length - 1; i >= 0; i--) {
      const { conn, s } = this.sessions[i]!;
      const e = s.expect;
      if (!e || conn.iface !== c.iface || e.port !== c.b.port) continue;
      c.role = "data";
      c.clientIsA = e.mode === "passive";
      c.session = s;
      c.announce = e.line;
      s.expect = undefined;
      if (e.mode === "active" && s.transfer) c.announce = `${e.line} → ${s.transfer}`;
      else s.waiting.push(c);
      return;
    }
  }

  private end(c: Conn, dir: number): { from: Draft["from"]; to: Draft["to"] } {
    const [src, dst] = dir === 0 ? [c.a, c.b] : [c.b, c.a];
    const clientSends = (dir === 0) === c.clientIsA;
    return {
      from: { host: clientSends ? "client" : "server", addr: src.addr, port: src.port },
      to: { host: clientSends ? "server" : "client", addr: dst.addr, port: dst.port },
    };
  }

  private base(c: Conn, dir: number, seg: Segment, t: number): Draft {
    return {
      t,
      kind: "SegmentSent",
      layer: "tcp",
      ...this.end(c, dir),
      conn: c.id,
      flags: segFlags(seg),
      seqNo: seg.seq,
      ...(seg.ack ? { ackNo: seg.ackNo } : {}),
    };
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
    const d = this.base(c, dir, seg, t);
    if (seg.syn && !seg.ack && !c.syn) c.syn = d;
    this.add(c, d);
  }

  private add(c: Conn, d: Draft, role = c.role): void {
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
    for (const ch of chunks) {
      if (c.role === "pending") this.classify(c, dir, ch);
      if (c.role === "control") this.control(c, dir, ch);
      else if (c.role === "data") this.data(c, dir, ch);
    }
  }

  /** An unannounced connection on another port is FTP control if its acceptor's first words are a 220. */
  private classify(c: Conn, dir: number, ch: Delivered<Meta>): void {
    const first = ch.bytes[0] === 0x32 && ch.bytes[1] === 0x32 && ch.bytes[2] === 0x30;
    if (dir === 1 && ch.offset === 0 && first) return this.becomeControl(c);
    c.role = "other";
    c.held = [];
    this.others++;
  }

  private control(c: Conn, dir: number, ch: Delivered<Meta>): void {
    const s = c.session!;
    const fromClient = (dir === 0) === c.clientIsA;
    const msgs = fromClient ? s.reader.commands(ch.bytes, ch.offset) : s.reader.replies(ch.bytes, ch.offset);
    for (const m of msgs) this.message(c, dir, ch, m);
  }

  private message(c: Conn, dir: number, ch: Delivered<Meta>, m: Message): void {
    const s = c.session!;
    const d: Draft = {
      ...this.base(c, dir, ch.meta.seg, ch.meta.t),
      kind: m.kind,
      layer: "ftp",
      seqNo: c.halves[dir]!.seqAt(m.offset),
      text: m.text,
      ...(m.code !== undefined ? { code: m.code } : {}),
      ...(m.verb !== undefined ? { verb: m.verb } : {}),
    };
    const a = m.announce;
    if (a) {
      const line =
        m.text
          .replace(/\r?\n$/, "")
          .split(/\r?\n/)
          .pop() ?? "";
      const sender = d.from.addr!;
      s.expect = {
        mode: m.kind === "CommandSent" ? "active" : "passive",
        port: a.port,
        line,
        ...(a.addr ? { addr: a.addr } : {}),
      };
      if (a.addr && a.addr !== sender) d.note = mismatch(a.kind, a.addr, a.port, sender);
    }
    if (m.kind === "CommandSent" && isTransfer(m.verb)) {
      const command = m.text.trimEnd();
      s.transfer = command;
      for (const w of s.waiting.splice(0)) this.carries(w, command);
    }
    this.add(c, d);
  }

  private carries(c: Conn, command: string): void {
    if (c.syn) c.syn.note = { key: "pcap.dataConn", params: { announce: c.announce ?? "", command } };
  }

  private data(c: Conn, dir: number, ch: Delivered<Meta>): void {
    if (c.syn && !c.syn.note) {
      const command = c.session?.transfer ?? "";
      c.syn.note = { key: "pcap.dataConn", params: { announce: c.announce ?? "", command } };
    }
    const last = c.last;
    const flags = segFlags(ch.meta.seg);
    if (
      last &&
      last === this.drafts[this.drafts.length - 1] &&
      last.kind === "DataSent" &&
      last.from.port === this.end(c, dir).from.port &&
      payloadSize(last) + ch.bytes.length <= MERGE_BYTES
    ) {
      last.chunks!.push(ch.bytes);
      last.size = payloadSize(last) + ch.bytes.length;
      last.flags = flags;
      return;
    }
    this.add(c, {
      ...this.base(c, dir, ch.meta.seg, ch.meta.t),
      kind: "DataSent",
      seqNo: c.halves[dir]!.seqAt(ch.offset),
      chunks: [ch.bytes],
      size: ch.bytes.length,
    });
  }

  private notHoles(c: Conn, dir: number, t: number): void {
    const holes = c.halves[dir]!.holes;
    if (c.role !== "control" && c.role !== "data") return;
    for (; c.holesSeen[dir]! < holes.length; c.holesSeen[dir]!++) {
      const h = holes[c.holesSeen[dir]!]!;
      const ends = this.end(c, dir);
      const note: NoteRef = {
        key: "pcap.missing",
        params: {
          bytes: h.to - h.from,
          from: h.from,
          conn: c.id,
          src: `${ends.from.addr}:${ends.from.port}`,
        },
      };
      this.problems.push(
        problem("p.notCaptured", {
          conn: c.id,
          bytes: h.to - h.from,
          host: ends.from.host,
          src: `${ends.from.addr}:${ends.from.port}`,
          from: h.from,
        }),
      );
      this.add(c, { t, kind: "Decision", layer: "tcp", ...ends, conn: c.id, note, rule: "missing-segment" });
    }
  }
}

function mismatch(kind: string, addr: string, port: number, seen: string): NoteRef {
  return { key: "pcap.announceMismatch", params: { kind, announced: `${addr}:${port}`, addr, seen } };
}

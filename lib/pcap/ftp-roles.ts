/**
 * The FTP side of a capture's connections: which connection is a control connection (to an FTP port, or
 * whose acceptor greets with "220"), which is a data connection (it opens to the endpoint a control
 * connection announced with PORT/EPRT, 227/229, and carries the next transfer command), and the entries
 * their reassembled bytes become: commands and replies (whole, however TCP cut them) and data. The TCP
 * layer (lib/pcap/conns) calls `opened` for each new connection and `chunk` for each run of bytes.
 */
import type { NoteRef } from "../util/note";
import { endsOf, segmentDraft, type Conn, type Meta, type Role, type Session } from "./conn";
import { MERGE_BYTES, payloadSize, segFlags, type Draft } from "./drafts";
import { problem, type Problem } from "./problems";
import { ControlReader, isTransfer, type Message } from "./session";
import type { Delivered } from "./tcp-stream";

/** Where the roles put entries: the TCP layer's list (entries of a still unclassified connection wait there). */
export interface DraftSink {
  readonly drafts: readonly Draft[];
  add(c: Conn, d: Draft, role?: Role): void;
}

export class FtpRoles {
  private readonly sessions: { conn: Conn; s: Session }[] = [];
  private readonly controlOf = new Map<Session, number>();
  /** Connections that turned out not to be FTP. */
  others = 0;

  constructor(
    private readonly ftpPorts: ReadonlySet<number>,
    private readonly sink: DraftSink,
  ) {}

  /** A new connection: control if it goes to an FTP port, else data if a session announced its endpoint. */
  opened(c: Conn): void {
    if (this.ftpPorts.has(c.b.port)) this.becomeControl(c);
    else this.matchData(c);
  }

  /** Bytes of `c` in direction `dir`, in order. */
  chunk(c: Conn, dir: number, ch: Delivered<Meta>): void {
    if (c.role === "pending") this.classify(c, dir, ch);
    if (c.role === "control") this.control(c, dir, ch);
    else if (c.role === "data") this.data(c, dir, ch);
  }

  /** End of the capture: a command without its line end is still sent; a reply cut short is a problem. */
  finish(t: number, problems: Problem[]): void {
    for (const { conn, s } of this.sessions) {
      // Bytes the client sent without a line end (telnet IP/DM before ABOR, a client cut off) are still sent.
      const rest = s.reader.takeCommandRest();
      if (rest) {
        const ends = endsOf(conn, conn.clientIsA ? 0 : 1);
        const d: Draft = {
          ...ends,
          t,
          kind: "CommandSent",
          layer: "ftp",
          conn: conn.id,
          text: rest,
          verb: "",
        };
        this.sink.add(conn, d);
      }
      if (s.reader.leftover.trim())
        problems.push(problem("p.replyCut", { text: JSON.stringify(s.reader.leftover.slice(0, 60)) }));
    }
  }

  /** The id of the control connection `c` belongs to (itself for a control connection). */
  owner(c: Conn): number | undefined {
    return c.session ? this.controlOf.get(c.session) : undefined;
  }

  private becomeControl(c: Conn): void {
    c.role = "control";
    c.session = { reader: new ControlReader(), waiting: [] };
    this.sessions.push({ conn: c, s: c.session });
    this.controlOf.set(c.session, c.id);
    for (const d of c.held) this.sink.add(c, d, "control");
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
      ...segmentDraft(c, dir, ch.meta.seg, ch.meta.t),
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
      for (const w of s.waiting.splice(0)) carries(w, command);
    }
    this.sink.add(c, d);
  }

  private data(c: Conn, dir: number, ch: Delivered<Meta>): void {
    if (c.syn && !c.syn.note) carries(c, c.session?.transfer ?? "");
    const last = c.last;
    const flags = segFlags(ch.meta.seg);
    const drafts = this.sink.drafts;
    if (
      last &&
      last === drafts[drafts.length - 1] &&
      last.kind === "DataSent" &&
      last.from.port === endsOf(c, dir).from.port &&
      payloadSize(last) + ch.bytes.length <= MERGE_BYTES
    ) {
      last.chunks!.push(ch.bytes);
      last.size = payloadSize(last) + ch.bytes.length;
      last.flags = flags;
      return;
    }
    this.sink.add(c, {
      ...segmentDraft(c, dir, ch.meta.seg, ch.meta.t),
      kind: "DataSent",
      seqNo: c.halves[dir]!.seqAt(ch.offset),
      chunks: [ch.bytes],
      size: ch.bytes.length,
    });
  }
}

/** The data connection's SYN says which announcement it answers and which command it carries. */
function carries(c: Conn, command: string): void {
  if (c.syn) c.syn.note = { key: "pcap.dataConn", params: { announce: c.announce ?? "", command } };
}

function mismatch(kind: string, addr: string, port: number, seen: string): NoteRef {
  return { key: "pcap.announceMismatch", params: { kind, announced: `${addr}:${port}`, addr, seen } };
}

/**
 * One vsftpd session as a pure state machine: inputs in, actions out. Control bytes are framed into
 * lines; while an operation is in progress (a transfer, a passive listen, vsftpd's failed-login sleep)
 * further lines wait in a queue, because vsftpd does not read the control connection meanwhile.
 */
import type { ServerAction, ServerInput, TimerName } from "../io";
import type { NoteRef } from "../../util/note";
import type { SockAddr } from "../../util/sock-addr";
import { latin1Bytes } from "../../util/bytes";
import { epsvReplyText, pasvReplyText } from "../host-port";
import { frameLines, parseCommand } from "../parse-command";
import { finalLine, replyBlock, ReplyCode } from "../reply-codes";
import type { Vfs, FsView } from "../../vfs/vfs";
import type { VsftpdConfig } from "./config";
import type { UserDb } from "./users";
import type { DataSetup, Op, ServerSession, ServerSessionOptions, Session, SessionView } from "./types";
import { dispatchLine } from "./dispatch";
import { abortTransfer, onDataInput, onTransferTimer } from "./transfer";
import { greeting } from "./handlers/login";
import { pasvAdvertised } from "./handlers/data-setup";

/** Telnet Interrupt Process (IAC IP), the first bytes a client sends to abort. */
const TELNET_IP = "\xff\xf4";

class VsftpdSession implements Session, ServerSession {
  readonly cfg: VsftpdConfig;
  readonly vfs: Vfs;
  readonly users: UserDb;
  readonly hostFiles: Readonly<Record<string, string>>;
  /** Host files were given: a file a tunable names and that is not among them is missing (vsftpd's OOPS). */
  readonly hostKnown: boolean;
  readonly hostDirs: ReadonlySet<string> | null;
  now: number;
  out: ServerAction[] = [];
  local: SockAddr = { addr: "0.0.0.0", port: 21 };
  remote: SockAddr = { addr: "0.0.0.0", port: 0 };
  connected = false;
  closed = false;
  loggedIn = false;
  userStr = "";
  anonymous = false;
  loginFails = 0;
  fsView: FsView | null = null;
  cwd: string[] = [];
  home = "/";
  chrooted = false;
  umask = 0o77;
  isAscii = true;
  restartPos = 0;
  rnfr: string | null = null;
  epsvAll = false;
  /** The control connection speaks TLS (after 234 to AUTH). */
  tls = false;
  data: DataSetup = { kind: "none" };
  op: Op | null = null;
  visitedDirs = new Set<string>();
  private inbuf = "";
  /** Lines read but not yet run, from `queueHead` on (an index, so a burst of lines costs O(1) each). */
  private queue: string[] = [];
  private queueHead = 0;
  private tooLong = false;
  /** Telnet IP arrived; its line (ABOR) is read as soon as it is complete. */
  private urgentPending = false;

  constructor(o: ServerSessionOptions) {
    this.cfg = o.config;
    this.vfs = o.fs;
    this.users = o.users;
    this.hostFiles = o.hostFiles ?? {};
    this.hostKnown = o.hostFiles !== undefined;
    this.hostDirs = o.hostDirs ?? null;
    this.now = o.now;
  }

  get state(): SessionView {
    return {
      connected: this.connected && !this.closed,
      loggedIn: this.loggedIn,
      user: this.loggedIn ? (this.anonymous ? (this.cfg.ftp_username ?? "ftp") : this.userStr) : null,
      anonymous: this.anonymous,
      cwd: this.fsView ? "/" + this.cwd.join("/") : null,
      type: this.isAscii ? "ascii" : "binary",
      dataMode: this.data.kind,
      busy: this.op !== null,
    };
  }

  handle(input: ServerInput, now: number): ServerAction[] {
    this.now = now;
    this.out = [];
    if (this.closed) return this.out;
    this.route(input);
    this.pump();
    return this.out;
  }

  private route(input: ServerInput): void {
    switch (input.type) {
      case "controlOpened":
        this.local = input.local;
        this.remote = input.remote;
        this.connected = true;
        greeting(this);
        this.armIdle();
        return;
      case "controlBytes":
        this.takeBytes(input.bytes);
        return;
      case "controlClosed":
        this.teardown();
        return;
      case "timer":
        this.onTimer(input.name);
        return;
      case "listening":
      case "listenFailed":
        this.onListen(input.type === "listening" ? input.port : null);
        return;
      default:
        onDataInput(this, input);
    }
  }

  private takeBytes(bytes: Uint8Array): void {
    let s = "";
    for (const b of bytes) s += String.fromCharCode(b);
    const framed = frameLines(this.inbuf + s);
    for (const l of framed.lines) this.queue.push(l);
    // The urgent bytes (IAC IP IAC) usually arrive before the rest of their line (DM ABOR): the
    // handler reads the line once it is whole, as vsftpd's blocking read in handle_sigurg does.
    if (s.includes(TELNET_IP)) this.urgentPending = true;
    if (this.urgentPending && framed.lines.length) this.onUrgent();
    // Once a line is known to be too long, the rest of it is never needed: keep the buffer bounded.
    this.inbuf = framed.tooLong ? framed.rest.slice(0, 4096) : framed.rest;
    this.tooLong = framed.tooLong;
  }

  /**
   * Runs queued lines until one starts an operation or the session ends. The idle timer is re-armed
   * once for the lines run together (same instant, last one wins), so a burst costs one timer.
   */
  private pump(): void {
    let ran = false;
    while (!this.closed && this.op === null) {
      const line = this.queue[this.queueHead];
      if (line !== undefined) this.queueHead++;
      if (this.queueHead === this.queue.length) {
        this.queue = [];
        this.queueHead = 0;
      }
      if (line === undefined) {
        if (this.tooLong) {
          this.reply(ReplyCode.BadCommand, "Input line too long.", { key: "server.lineTooLong" });
          this.close();
        }
        break;
      }
      dispatchLine(this, line);
      ran = true;
      if (this.op !== null) this.clearTimer("idle");
    }
    if (ran && this.op === null && !this.closed) this.armIdle();
  }

  /**
   * Telnet IP + Synch is what clients send as TCP urgent data before ABOR (RFC 959 §4.1.3), and urgent
   * data raises SIGURG. Only with async_abor_enable does vsftpd catch it (handle_sigurg, postlogin.c):
   * with a data connection open it reads the next line at once, drops four Telnet bytes and, if ABOR is
   * left, shuts the data connection down; the transfer then fails (426) and check_abor adds
   * "226 ABOR successful.". Otherwise the line waits in the queue like any other.
   */
  private onUrgent(): void {
    this.urgentPending = false;
    const t = this.op?.kind === "transfer" ? this.op : null;
    if (!this.cfg.async_abor_enable || this.tls || (t?.stage !== "sending" && t?.stage !== "receiving"))
      return;
    const line = this.queue[this.queueHead];
    if (line === undefined) return;
    this.queueHead++;
    if (parseCommand(line).verb.slice(4) !== "ABOR") {
      this.reply(ReplyCode.BadCommand, "Unknown command.");
      return;
    }
    abortTransfer(this, t);
  }

  private onTimer(name: TimerName): void {
    if (name === "idle" && this.op === null) {
      this.reply(ReplyCode.ServiceClosing, "Timeout.", {
        key: "server.idleTimeout",
        params: { seconds: this.cfg.idle_session_timeout },
      });
      this.close();
    } else if (name === "loginDelay" && this.op?.kind === "delay") {
      const resume = this.op.resume;
      this.op = null;
      resume();
    } else onTransferTimer(this, name);
  }

  private onListen(port: number | null): void {
    const op = this.op;
    if (op?.kind !== "listen") return;
    this.op = null;
    if (port === null) {
      this.reply(ReplyCode.BadCommand, "OOPS: vsf_sysutil_bind", { key: "server.listenFailed" });
      this.close();
      return;
    }
    this.data = { kind: "pasv", port, accepted: null };
    if (op.epsv) {
      this.reply(ReplyCode.EnteringExtendedPassiveMode, epsvReplyText(port));
      return;
    }
    const { advertised, note } = pasvAdvertised(this.cfg, this.local.addr);
    this.reply(ReplyCode.EnteringPassiveMode, pasvReplyText(advertised, port), note);
  }

  // ---- helpers used by handlers ----

  emit(a: ServerAction): void {
    this.out.push(a);
  }

  note(key: NoteRef["key"], params?: NoteRef["params"]): void {
    this.out.push({ type: "note", note: params ? { key, params } : { key } });
  }

  reply(code: ReplyCode, text: string, note?: NoteRef): void {
    this.sendRaw(finalLine(code, text), note);
  }

  /** A multi-line reply: `code-first`, body lines as given, `code last`. */
  replyLines(code: ReplyCode, first: string, body: readonly string[], last: string, note?: NoteRef): void {
    this.sendRaw(replyBlock(code, first, body, last), note);
  }

  replyPrefixed(code: ReplyCode, lines: readonly string[], last: string, note?: NoteRef): void {
    this.sendRaw(replyBlock(code, null, lines, last, true), note);
  }

  sendRaw(text: string, note?: NoteRef): void {
    const bytes = latin1Bytes(text);
    this.out.push(note ? { type: "sendControl", bytes, note } : { type: "sendControl", bytes });
  }

  setTimer(name: TimerName, afterMs: number): void {
    this.out.push({ type: "setTimer", name, afterMs });
  }

  clearTimer(name: TimerName): void {
    this.out.push({ type: "clearTimer", name });
  }

  armIdle(): void {
    if (this.cfg.idle_session_timeout > 0) this.setTimer("idle", this.cfg.idle_session_timeout * 1000);
  }

  /** pasv_cleanup + port_cleanup: forget the data setup, closing a pending listener. */
  dataCleanup(): void {
    if (this.data.kind === "pasv") {
      this.emit({ type: "stopListening" });
      if (this.data.accepted) this.emit({ type: "abortData" });
    }
    this.data = { kind: "none" };
  }

  /** Ends the session: vsftpd's process exits, so the control connection closes. */
  close(): void {
    this.teardown();
    this.emit({ type: "closeControl" });
  }

  private teardown(): void {
    if (this.closed) return;
    if (this.op?.kind === "transfer") this.emit({ type: "abortData" });
    if (this.data.kind === "pasv") this.emit({ type: "stopListening" });
    for (const t of ["idle", "data", "accept", "connect", "loginDelay"] as const) this.clearTimer(t);
    this.op = null;
    this.closed = true;
  }

  nowS(): number {
    return Math.floor(this.now / 1000);
  }
}

export function createServerSession(opts: ServerSessionOptions): ServerSession {
  return new VsftpdSession(opts);
}

export type { ServerSession, ServerSessionOptions, SessionView };

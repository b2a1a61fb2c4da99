/**
 * One transfer command (LIST, NLST, RETR, STOR, APPE) over a prepared data connection. The transfer
 * is finished only when BOTH the final reply and the end of the data have arrived, in either order:
 * a 226 can overtake the last data segment, and the data can end before the 226 is read.
 */
import type { Reply } from "../parse-reply";
import { latin1Bytes } from "../../util/bytes";
import { send } from "./control";
import { dropData } from "./data";
import { explain, say } from "./text";
import type { Ctx, Job, JobEvent } from "./types";

/** Telnet's Interpret As Command and Interrupt Process (RFC 854). */
const IAC = 0xff;
const IP = 0xf4;

export interface TransferResult {
  /** The final reply was 2xx and the data ended normally. */
  readonly ok: boolean;
  /** The server started the transfer (a 1xx arrived): a download may leave a (partial) local file. */
  readonly started: boolean;
  /** What arrived on the data connection (downloads). */
  readonly received: Uint8Array;
  /** Bytes that crossed the data connection, and how long it took (ms) from start to data EOF. */
  readonly count: number;
  readonly ms: number;
}

interface Progress {
  final: Reply | null;
  eof: boolean;
  started: boolean;
  sent: boolean;
  chunks: Uint8Array[];
  count: number;
  start: number | null;
  end: number | null;
  /** Which of the two completion signals came first, for the trace's explanation. */
  firstDone: "reply" | "eof" | null;
}

type Handlers = { [K in JobEvent["type"]]?: (ev: Extract<JobEvent, { type: K }>) => void };

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of chunks) {
    out.set(b, at);
    at += b.length;
  }
  return out;
}

export interface TransferOptions {
  /** Bytes to send (STOR, APPE); absent for downloads. */
  readonly upload?: Uint8Array;
  /** Called when a download's data ends, before the final reply may have arrived (a listing is shown then). */
  readonly onEof?: (received: Uint8Array) => void;
}

/** Sends the transfer command and runs the transfer to its end (or to an ABOR). */
export function* transfer(c: Ctx, line: string, opts: TransferOptions = {}): Job<TransferResult> {
  const { upload, onEof } = opts;
  const p: Progress = {
    final: null,
    eof: false,
    started: false,
    sent: false,
    chunks: [],
    count: 0,
    start: null,
    end: null,
    firstDone: null,
  };
  const markEof = () => {
    p.eof = true;
    p.end = c.now;
    p.firstDone ??= "eof";
  };
  // An upload starts writing once the server said 150 and the connection is up (netkit does the same).
  const maybeSend = () => {
    if (!upload || p.sent || !p.started || c.s.data !== "open") return;
    p.sent = true;
    p.start = c.now;
    p.count = upload.length;
    if (upload.length > 0) c.out.push({ type: "sendData", bytes: upload });
    c.out.push({ type: "closeData" });
  };
  const on: Handlers = {
    reply: ({ reply }) => {
      if (reply.code < 200) p.started = true;
      else {
        p.final = reply;
        p.firstDone ??= "reply";
      }
      if (!upload && p.started) p.start ??= c.now;
      maybeSend();
    },
    dataAccepted: () => {
      // Active mode: the server connected to us; one connection is all we wait for.
      c.s.data = "open";
      c.out.push({ type: "stopListening" }, { type: "clearTimer", name: "data" });
      maybeSend();
    },
    dataBytes: ({ bytes }) => {
      if (upload) return;
      p.start ??= c.now;
      p.chunks.push(bytes);
      p.count += bytes.length;
    },
    dataClosed: ({ reset }) => {
      if (upload && p.sent && p.eof) return; // the server's FIN after our own: nothing new
      c.s.data = "none";
      if (reset) say(c, upload ? "client.err.netoutReset" : "client.err.netinReset", undefined, "error");
      else if (!upload) c.out.push({ type: "closeData" });
      markEof();
      if (!upload) onEof?.(concat(p.chunks));
    },
    dataFlushed: () => {
      if (!upload || !p.sent) return; // a flush of an earlier connection's close
      c.s.data = "none";
      markEof();
    },
  };

  // No timer while waiting: netkit blocks in accept()/read(); the server's own timeouts end the wait.
  send(c, line);
  for (;;) {
    const ev = yield "event";
    if (ev.type === "interrupt") {
      yield* abort(c, p, upload !== undefined);
      return result(p, false);
    }
    (on[ev.type] as ((e: JobEvent) => void) | undefined)?.(ev);
    const f = p.final;
    if (!f) continue;
    if (f.code >= 300) {
      // Refused or failed (425, 426, 450, 550…): the data connection is of no further use.
      dropData(c);
      return result(p, false);
    }
    // A 2xx with no connection ever accepted (a server that had nothing to send) ends it too.
    if (!p.eof && c.s.data !== "listening") continue;
    dropData(c);
    explain(c, p.firstDone === "eof" ? "client.note.doneEofFirst" : "client.note.doneReplyFirst");
    return result(p, true);
  }
}

function result(p: Progress, ok: boolean): TransferResult {
  const end = p.end ?? p.start ?? 0;
  return {
    ok,
    started: p.started,
    received: concat(p.chunks),
    count: p.count,
    ms: p.start === null ? 0 : Math.max(0, end - p.start),
  };
}

/**
 * Ctrl+C mid-transfer, as netkit's abort_remote: Telnet IP and Synch (RFC 959 §4.1.3) — IAC IP IAC
 * sent as TCP urgent data (send with MSG_OOB), then DM and ABOR in the normal stream. netkit writes
 * these bytes itself, so no "---> ABOR" is printed. A download's data connection is then read to
 * its end and the bytes thrown away (the loop on read(din) in abort_remote) before the replies are
 * read; only then is it closed. So a server that does not look at the control connection during a
 * transfer (vsftpd's default, async_abor_enable=NO) sends the whole rest of the file, "226 Transfer
 * complete." for it, and then "225 No transfer to ABOR.". The server owes a final reply to the
 * transfer if it has not sent it yet, plus one to ABOR itself: wait for both.
 */
function* abort(c: Ctx, p: Progress, upload: boolean): Job {
  say(c, upload ? "client.abort.send" : "client.abort.receive");
  say(c, "client.abort.waiting");
  explain(c, "client.note.abor");
  c.out.push({ type: "sendControl", bytes: Uint8Array.of(IAC, IP, IAC), urgent: true });
  c.out.push({ type: "sendControl", bytes: latin1Bytes("\xf2ABOR\r\n") });
  let draining = !upload && c.s.data === "open";
  if (draining) explain(c, "client.note.aborDrain");
  else dropData(c);
  let owed = (p.final ? 0 : 1) + 1;
  while (owed > 0 || draining) {
    const ev = yield "event";
    if (ev.type === "reply" && ev.reply.code >= 200) owed -= 1;
    if (ev.type === "dataClosed" && draining) {
      draining = false;
      c.s.data = "none";
      if (!ev.reset) c.out.push({ type: "closeData" });
    }
    if (ev.type === "interrupt") {
      c.s.staleReplies += owed;
      dropData(c);
      return;
    }
  }
  dropData(c);
}

/**
 * The data connection of one transfer: get it (accept on the passive listener, checked against the
 * control peer unless pasv_promiscuous; or connect to the PORT address, from ftp_data_port with
 * connect_from_port_20), then reply 150, move the bytes, and reply only after the data side is done.
 */
import { ReplyCode } from "../reply-codes";
import type { ServerInput, TimerName } from "../io";
import type { ServerNote, Session, TransferOp } from "./types";
import { portOf } from "./config";

type DataInput = Extract<
  ServerInput,
  {
    type: "dataAccepted" | "dataConnected" | "dataConnectFailed" | "dataBytes" | "dataClosed" | "dataFlushed";
  }
>;

export function startTransfer(s: Session, t: Omit<TransferOp, "kind" | "stage">): void {
  if (s.data.kind === "port") {
    const fromPort = s.cfg.connect_from_port_20 ? portOf(s.cfg.ftp_data_port) : undefined;
    const note: ServerNote = {
      key: fromPort ? "server.connectFromPort20" : "server.connectActive",
      params: { port: fromPort ?? 0 },
    };
    s.emit(
      fromPort === undefined
        ? { type: "connect", to: s.data.to, note }
        : { type: "connect", to: s.data.to, fromPort, note },
    );
    s.op = { kind: "transfer", stage: "connecting", ...t };
    s.setTimer("connect", s.cfg.connect_timeout * 1000);
    return;
  }
  s.op = { kind: "transfer", stage: "accepting", ...t };
  if (s.data.kind === "pasv" && s.data.accepted) return accepted(s, s.data.accepted.addr);
  s.setTimer("accept", s.cfg.accept_timeout * 1000);
}

const current = (s: Session): TransferOp | null => (s.op?.kind === "transfer" ? s.op : null);

function finish(s: Session, code: ReplyCode, text: string, key?: ServerNote["key"]): void {
  s.clearTimer("data");
  s.reply(code, text, key ? { key } : undefined);
  s.dataCleanup();
  s.op = null;
}

function failConnect(s: Session, key: ServerNote["key"]): void {
  const t = current(s);
  s.op = null;
  s.reply(ReplyCode.CannotOpenDataConnection, "Failed to establish connection.", { key });
  s.dataCleanup();
  t?.failed?.();
}

function accepted(s: Session, from: string): void {
  s.clearTimer("accept");
  if (!s.cfg.pasv_promiscuous && from !== s.remote.addr) {
    const t = current(s);
    s.op = null;
    s.reply(ReplyCode.CannotOpenDataConnection, "Security: Bad IP connecting.", {
      key: "server.pasvBadIp",
      params: { from, peer: s.remote.addr },
    });
    s.dataCleanup();
    t?.failed?.();
    return;
  }
  begin(s);
}

function begin(s: Session): void {
  const t = current(s);
  if (!t) return;
  s.reply(ReplyCode.DataConnectionOpening, t.mark);
  if (s.data.kind === "pasv") s.data.accepted = null;
  if (t.payload || t.stream) {
    if (t.stream) s.emit({ type: "sendFile", ...t.stream });
    else if (t.payload && t.payload.length > 0) s.emit({ type: "sendData", bytes: t.payload });
    s.emit({ type: "closeData" });
    t.stage = "sending";
  } else t.stage = "receiving";
  s.setTimer("data", s.cfg.data_connection_timeout * 1000);
}

export function onDataInput(s: Session, input: DataInput): void {
  const t = current(s);
  switch (input.type) {
    case "dataAccepted":
      if (t?.stage === "accepting") return accepted(s, input.remote.addr);
      if (s.data.kind === "pasv") s.data.accepted = input.remote;
      return;
    case "dataConnected":
      if (t?.stage !== "connecting") return;
      s.clearTimer("connect");
      return begin(s);
    case "dataConnectFailed":
      if (t?.stage !== "connecting") return;
      s.clearTimer("connect");
      return failConnect(s, "server.connectFailed");
    case "dataBytes":
      if (t?.stage !== "receiving") return;
      if (t.sink?.(input.bytes) === false) return writeFailed(s, t);
      s.setTimer("data", s.cfg.data_connection_timeout * 1000);
      return;
    case "dataClosed":
      return onClosed(s, t, input.reset === true);
    case "dataFlushed":
      if (t?.stage === "sending") finish(s, ReplyCode.TransferComplete, t.doneText);
      return;
  }
}

/** A local write failed (vsftpd's transfer loop stops reading): 451, and the data connection goes. */
function writeFailed(s: Session, t: TransferOp): void {
  s.emit({ type: "abortData" });
  s.clearTimer("data");
  s.reply(
    ReplyCode.LocalError,
    "Failure writing to local file.",
    typeof t.sinkFailed === "function" ? t.sinkFailed() : t.sinkFailed,
  );
  s.dataCleanup();
  s.op = null;
  t.failed?.();
}

function onClosed(s: Session, t: TransferOp | null, reset: boolean): void {
  if (t?.stage === "sending" && reset)
    return finish(s, ReplyCode.TransferAborted, "Failure writing network stream.", "server.dataReset");
  if (t?.stage !== "receiving") return;
  if (reset) {
    finish(s, ReplyCode.TransferAborted, "Failure reading network stream.", "server.dataReset");
    return t.failed?.();
  }
  if (t.sink?.(null) === false) return writeFailed(s, t);
  s.emit({ type: "closeData" });
  finish(s, ReplyCode.TransferComplete, t.doneText);
}

/** async ABOR: the data connection is shut down under the transfer, which fails; then ABOR is answered. */
export function abortTransfer(s: Session, t: TransferOp): void {
  s.emit({ type: "abortData" });
  const what = t.stage === "sending" ? "writing" : "reading";
  finish(s, ReplyCode.TransferAborted, `Failure ${what} network stream.`, "server.aborShutdown");
  s.reply(ReplyCode.TransferComplete, "ABOR successful.", { key: "server.aborOk" });
}

export function onTransferTimer(s: Session, name: TimerName): void {
  const t = current(s);
  if (name === "accept" && t?.stage === "accepting") return failConnect(s, "server.acceptTimeout");
  if (name === "connect" && t?.stage === "connecting") return failConnect(s, "server.connectTimeout");
  if (name === "data" && (t?.stage === "sending" || t?.stage === "receiving")) {
    s.emit({ type: "abortData" });
    s.reply(ReplyCode.ServiceClosing, "Data timeout. Reconnect. Sorry.", { key: "server.dataTimeout" });
    s.close();
  }
}

/**
 * Informational and mode-setting verbs: OPTS, SYST, NOOP, TYPE, MODE, STRU, REST, ALLO, ABOR, STAT
 * (HELP and FEAT read the verb table, so they live beside it in lib/ftp/commands.ts). The `…Arg` checks
 * are the rows' argument checks: dispatch runs them, so a handler only sees an argument it accepts.
 */
import { ReplyCode } from "../../reply-codes";
import { asciiUpper, type ParsedCommand } from "../../parse-command";
import { parseFileSize } from "../numbers";
import type { ArgCheck, ServerNote, Session } from "../types";

const oneOf = (words: readonly string[]) => (arg: string) => words.includes(asciiUpper(arg));

export const optsArg: ArgCheck = {
  ok: oneOf(["UTF8 ON"]),
  code: ReplyCode.BadArguments,
  text: "Option not understood.",
};

export const handleOpts = (s: Session): void => s.reply(ReplyCode.CommandOk, "Always in UTF8 mode.");

export const handleSyst = (s: Session): void => s.reply(ReplyCode.SystemType, "UNIX Type: L8");
export const handleNoop = (s: Session): void => s.reply(ReplyCode.CommandOk, "NOOP ok.");

/** TYPE's accepted arguments: whether each one means ASCII. */
const TYPES: Readonly<Record<string, boolean>> = { I: false, L8: false, "L 8": false, A: true, "A N": true };

export const typeArg: ArgCheck = {
  ok: oneOf(Object.keys(TYPES)),
  code: ReplyCode.BadCommand,
  text: "Unrecognised TYPE command.",
};

export function handleType(s: Session, arg: string): void {
  const ascii = TYPES[asciiUpper(arg)] === true;
  s.isAscii = ascii;
  const note: ServerNote | undefined =
    ascii && !s.cfg.ascii_download_enable ? { key: "server.typeAsciiNoConversion" } : undefined;
  s.reply(ReplyCode.CommandOk, ascii ? "Switching to ASCII mode." : "Switching to Binary mode.", note);
}

export const modeArg: ArgCheck = {
  ok: oneOf(["S"]),
  code: ReplyCode.BadParameter,
  text: "Bad MODE command.",
};
export const handleMode = (s: Session): void => s.reply(ReplyCode.CommandOk, "Mode set to S.");

export const struArg: ArgCheck = {
  ok: oneOf(["F"]),
  code: ReplyCode.BadParameter,
  text: "Bad STRU command.",
};
export const handleStru = (s: Session): void => s.reply(ReplyCode.CommandOk, "Structure set to F.");

export function handleRest(s: Session, arg: string): void {
  s.restartPos = parseFileSize(arg);
  s.reply(ReplyCode.RestartOk, `Restart position accepted (${s.restartPos}).`);
}

export const handleAllo = (s: Session): void => s.reply(ReplyCode.CommandIgnored, "ALLO command ignored.");

export const handleNotImplemented = (s: Session, _arg: string, cmd: ParsedCommand): void =>
  s.reply(ReplyCode.NotImplemented, `${cmd.verb} not implemented.`);

/** Outside a transfer there is nothing to abort (during one, ABOR waits in the queue like any line). */
export const handleAbor = (s: Session): void => s.reply(ReplyCode.NoTransferToAbort, "No transfer to ABOR.");

/** STAT without an argument: the session status (with an argument it is a listing, see xfer.ts). */
export function handleStatus(s: Session): void {
  const c = s.cfg;
  const rate = s.anonymous ? c.anon_max_rate : c.local_max_rate;
  const body = [
    `Connected to ${s.remote.addr}`,
    `Logged in as ${s.userStr}`,
    `TYPE: ${s.isAscii ? "ASCII" : "BINARY"}`,
    rate === 0 ? "No session bandwidth limit" : `Session bandwidth limit in byte/s is ${rate}`,
    ...(c.idle_session_timeout ? [`Session timeout in seconds is ${c.idle_session_timeout}`] : []),
    "Control connection is plain text",
    "Data connections will be plain text",
    "At session startup, client count was 1",
    "vsFTPd 3.0.3 - secure, fast, stable",
  ];
  s.replyLines(
    ReplyCode.SystemStatus,
    "FTP server status:",
    body.map((l) => "     " + l),
    "End of status",
  );
}

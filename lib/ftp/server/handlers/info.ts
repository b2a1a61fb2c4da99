/** Informational and mode-setting verbs: FEAT, OPTS, SYST, HELP, NOOP, TYPE, MODE, STRU, REST, ALLO, ABOR, STAT. */
import { featLines, helpLines } from "../../commands";
import { asciiUpper, type ParsedCommand } from "../../parse-command";
import { parseFileSize } from "../numbers";
import type { Session } from "../types";

export const handleFeat = (s: Session): void => s.replyLines(211, "Features:", featLines(s.cfg), "End");

export function handleOpts(s: Session, arg: string): void {
  if (asciiUpper(arg) === "UTF8 ON") s.reply(200, "Always in UTF8 mode.");
  else s.reply(501, "Option not understood.");
}

export const handleSyst = (s: Session): void => s.reply(215, "UNIX Type: L8");
export const handleNoop = (s: Session): void => s.reply(200, "NOOP ok.");
export const handleHelp = (s: Session): void =>
  s.replyLines(214, "The following commands are recognized.", helpLines(), "Help OK.");

const TYPES: Readonly<Record<string, boolean>> = { I: false, L8: false, "L 8": false, A: true, "A N": true };

export function handleType(s: Session, arg: string): void {
  const ascii = TYPES[asciiUpper(arg)];
  if (ascii === undefined) return s.reply(500, "Unrecognised TYPE command.");
  s.isAscii = ascii;
  const note = ascii && !s.cfg.ascii_download_enable ? { key: "server.typeAsciiNoConversion" } : undefined;
  s.reply(200, ascii ? "Switching to ASCII mode." : "Switching to Binary mode.", note);
}

export function handleMode(s: Session, arg: string): void {
  if (asciiUpper(arg) === "S") s.reply(200, "Mode set to S.");
  else s.reply(504, "Bad MODE command.");
}

export function handleStru(s: Session, arg: string): void {
  if (asciiUpper(arg) === "F") s.reply(200, "Structure set to F.");
  else s.reply(504, "Bad STRU command.");
}

export function handleRest(s: Session, arg: string): void {
  s.restartPos = parseFileSize(arg);
  s.reply(350, `Restart position accepted (${s.restartPos}).`);
}

export const handleAllo = (s: Session): void => s.reply(202, "ALLO command ignored.");

export const handleNotImplemented = (s: Session, _arg: string, cmd: ParsedCommand): void =>
  s.reply(502, `${cmd.verb} not implemented.`);

/** Outside a transfer there is nothing to abort (during one, ABOR waits in the queue like any line). */
export const handleAbor = (s: Session): void => s.reply(225, "No transfer to ABOR.");

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
    211,
    "FTP server status:",
    body.map((l) => "     " + l),
    "End of status",
  );
}

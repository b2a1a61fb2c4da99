/**
 * Reply codes the server sends, named after their meaning (the meanings vsftpd's ftpcodes.h gives them,
 * reworded), and the one place that frames a reply into its lines (RFC 959 §4.2).
 */
export const ReplyCode = {
  DataConnectionOpening: 150,
  CommandOk: 200,
  CommandIgnored: 202,
  SystemStatus: 211,
  FileStatus: 213,
  HelpOk: 214,
  SystemType: 215,
  ServiceReady: 220,
  Goodbye: 221,
  NoTransferToAbort: 225,
  TransferComplete: 226,
  EnteringPassiveMode: 227,
  EnteringExtendedPassiveMode: 229,
  LoginOk: 230,
  AuthOk: 234,
  FileActionOk: 250,
  PathName: 257,
  NeedPassword: 331,
  RestartOk: 350,
  RenameFromOk: 350,
  ServiceClosing: 421,
  CannotOpenDataConnection: 425,
  TransferAborted: 426,
  LocalError: 451,
  BadCommand: 500,
  BadArguments: 501,
  NotImplemented: 502,
  BadSequence: 503,
  BadParameter: 504,
  BadNetworkProtocol: 522,
  NotLoggedIn: 530,
  ProtectionNotSupported: 536,
  FileUnavailable: 550,
  NoPermission: 550,
  UploadFailed: 553,
} as const;

/** A code the server may send: one of the named values above (a bare number is no ReplyCode by intent). */
export type ReplyCode = (typeof ReplyCode)[keyof typeof ReplyCode];

/** RFC 959's first digit: 1 preliminary, 2 completion, 3 intermediate, 4 transient, 5 permanent error. */
export const replyClass = (code: number): number => Math.floor(code / 100);

/** Whether a code has one of RFC 959's five classes (100..599). */
export const hasReplyClass = (code: number): boolean => replyClass(code) >= 1 && replyClass(code) <= 5;

/** The line that ends a reply: `NNN text`. */
export const finalLine = (code: ReplyCode, text: string): string => `${code} ${text}\r\n`;

/** A line that continues a reply: `NNN-text`. */
export const continuedLine = (code: ReplyCode, text: string): string => `${code}-${text}\r\n`;

/**
 * A multi-line reply. `body` lines go out as given (vsftpd's FEAT, HELP and STAT bodies) unless
 * `prefixed`, when each carries `NNN-` too (vsftpd's banner_file and .message lines).
 */
export function replyBlock(
  code: ReplyCode,
  first: string | null,
  body: readonly string[],
  last: string,
  prefixed = false,
): string {
  const head = first === null ? "" : continuedLine(code, first);
  const lines = body.map((l) => (prefixed ? continuedLine(code, l) : l + "\r\n")).join("");
  return head + lines + finalLine(code, last);
}

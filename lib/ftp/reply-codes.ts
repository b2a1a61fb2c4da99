/** Reply codes the server sends, named after their meaning (the names vsftpd's ftpcodes.h uses, reworded). */
export const ReplyCode = {
  DataConnectionOpening: 150,
  CommandOk: 200,
  CommandIgnored: 202,
  StatusOk: 211,
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
  FileActionOk: 250,
  PathCreated: 257,
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
  NoPermission: 550,
  UploadFailed: 553,
} as const;

export type ReplyClassName =
  "preliminary" | "completion" | "intermediate" | "transientError" | "permanentError";

const CLASSES: readonly ReplyClassName[] = [
  "preliminary",
  "completion",
  "intermediate",
  "transientError",
  "permanentError",
];

/** RFC 959's first digit: 1 preliminary … 5 permanent error; null for a code outside 100..599. */
export function replyClass(code: number): { digit: 1 | 2 | 3 | 4 | 5; name: ReplyClassName } | null {
  const digit = Math.floor(code / 100);
  if (!Number.isInteger(code) || digit < 1 || digit > 5) return null;
  return { digit: digit as 1 | 2 | 3 | 4 | 5, name: CLASSES[digit - 1]! };
}

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

/** RFC 959's first digit: 1 preliminary, 2 completion, 3 intermediate, 4 transient, 5 permanent error. */
export const replyClass = (code: number): number => Math.floor(code / 100);

/** Whether a code has one of RFC 959's five classes (100..599). */
export const hasReplyClass = (code: number): boolean => replyClass(code) >= 1 && replyClass(code) <= 5;

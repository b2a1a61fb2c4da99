/**
 * TFTP error codes (RFC 1350 §5, 8 from RFC 2347) with the message a server puts in the packet
 * (tftpd-hpa's wording) and the catalogue key that explains the code to the learner.
 */
import { isMessageKey, type MessageKey } from "../i18n/core";

export const TftpError = {
  NotDefined: 0,
  FileNotFound: 1,
  AccessViolation: 2,
  DiskFull: 3,
  IllegalOperation: 4,
  UnknownTid: 5,
  FileExists: 6,
  NoSuchUser: 7,
  OptionRefused: 8,
} as const;

export type TftpErrorCode = (typeof TftpError)[keyof typeof TftpError];

export const ERROR_MESSAGES: Readonly<Record<TftpErrorCode, string>> = {
  0: "Undefined error code",
  1: "File not found",
  2: "Access violation",
  3: "Disk full or allocation exceeded",
  4: "Illegal TFTP operation",
  5: "Unknown transfer ID",
  6: "File already exists",
  7: "No such user",
  8: "Failure to negotiate RFC2347 options",
};

/** The i18n key explaining a code (`tftp.error.1`); unknown codes share one. */
export function errorKey(code: number): MessageKey {
  const key = `tftp.error.${code}`;
  return code in ERROR_MESSAGES && isMessageKey(key) ? key : "tftp.error.other";
}

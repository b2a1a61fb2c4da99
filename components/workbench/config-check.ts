/**
 * Problems vsftpd would report for a vsftpd.conf: the first bad line and vsftpd's own message. Its own
 * module: the vsftpd.conf editor loads it (and vsftpd's tunables table) when it first opens.
 */
import { parseConfig } from "@/lib/ftp/server/config";

export function checkConfig(text: string): { line: number; message: string }[] {
  const r = parseConfig(text);
  return r.ok ? [] : [{ line: r.error.line, message: r.error.oops }];
}

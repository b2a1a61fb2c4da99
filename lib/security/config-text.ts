/**
 * A parsed vsftpd configuration written back as vsftpd.conf text, so a demo scenario runs with exactly
 * the settings the learner audited (plus the few a demo needs, appended after them: later lines win).
 */
import type { VsftpdConfig } from "../ftp/server/config";
import { BOOL_TUNABLES, OCTAL_TUNABLES, STRING_TUNABLES, UINT_TUNABLES } from "../ftp/server/tunables";

export function configText(c: VsftpdConfig, extra: readonly string[] = []): string {
  const lines: string[] = [];
  for (const k of Object.keys(BOOL_TUNABLES) as (keyof typeof BOOL_TUNABLES)[])
    lines.push(`${k}=${c[k] ? "YES" : "NO"}`);
  for (const k of Object.keys(UINT_TUNABLES) as (keyof typeof UINT_TUNABLES)[])
    lines.push(`${k}=${OCTAL_TUNABLES.has(k) ? "0" + c[k].toString(8) : c[k]}`);
  for (const k of Object.keys(STRING_TUNABLES) as (keyof typeof STRING_TUNABLES)[]) {
    const v = c[k];
    if (v !== null) lines.push(`${k}=${v}`);
  }
  return [...lines, ...extra].join("\n") + "\n";
}

/**
 * vsftpd.conf parsing as parseconf.c does it: `name=value` lines, no spaces around `=`, `#` comments,
 * booleans YES/NO/TRUE/FALSE/1/0 in any case, numbers as `(unsigned int) atoi()` (umask-like names in
 * octal). vsftpd checks no number's range here: every value is stored, and each use applies vsftpd's
 * own rule (pasvPortRange, a port cast to unsigned short), so no number can break the server.
 * A bad line gives the error vsftpd prints when it refuses to start ("500 OOPS: …"); nothing throws.
 */
import {
  BOOL_TUNABLES,
  OCTAL_TUNABLES,
  STRING_TUNABLES,
  UINT_TUNABLES,
  type BoolTunable,
  type StringTunable,
  type UintTunable,
} from "./tunables";
import { octalToUint, uintTunable } from "./numbers";

export type VsftpdConfig = { readonly [K in BoolTunable]: boolean } & {
  readonly [K in UintTunable]: number;
} & {
  readonly [K in StringTunable]: string | null;
};

export interface ConfigError {
  /** 1-based line number and its text. */
  readonly line: number;
  readonly text: string;
  readonly reason: "unrecognised" | "badBool" | "missingValue";
  /** What vsftpd prints when it refuses to start. */
  readonly oops: string;
}

export type ConfigResult =
  { readonly ok: true; readonly config: VsftpdConfig } | { readonly ok: false; readonly error: ConfigError };

/**
 * The passive port range as vsf_privop_pasv_listen() reads it: pasv_min_port counts only within
 * 1025..65535 (else 1024), pasv_max_port only within min..65534 (else 65535). With 3.0.3's defaults
 * (5001, 0) that is 5001–65535; real vsftpd never falls back to the kernel's ephemeral range.
 */
export function pasvPortRange(c: VsftpdConfig): { minPort: number; maxPort: number } {
  const minSet = c.pasv_min_port > 1024 && c.pasv_min_port <= 65535;
  const min = minSet ? c.pasv_min_port : 1024;
  const maxSet = c.pasv_max_port >= min && c.pasv_max_port < 65535;
  // No "unset" case: with neither narrowing, vsftpd still draws from 1024–65535, not the kernel's range.
  return { minPort: min, maxPort: maxSet ? c.pasv_max_port : 65535 };
}

/** A port tunable used as vsftpd does, cast to unsigned short. */
export const portOf = (n: number): number => n & 0xffff;

export const defaultConfig = (): VsftpdConfig => ({ ...BOOL_TUNABLES, ...UINT_TUNABLES, ...STRING_TUNABLES });

const has = <T extends object>(o: T, k: string): k is Extract<keyof T, string> =>
  Object.prototype.hasOwnProperty.call(o, k);

const BOOL_WORDS: Readonly<Record<string, boolean>> = {
  YES: true,
  TRUE: true,
  "1": true,
  NO: false,
  FALSE: false,
  "0": false,
};

/** Parses vsftpd.conf text on top of vsftpd's defaults (or of `base`). */
export function parseConfig(text: string, base: VsftpdConfig = defaultConfig()): ConfigResult {
  const out: Record<string, boolean | number | string | null> = { ...base };
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw === "" || raw.startsWith("#") || /^[ \t\r\n\v\f]*$/.test(raw)) continue;
    const eq = raw.indexOf("=");
    const name = eq < 0 ? raw : raw.slice(0, eq);
    const value = eq < 0 ? "" : raw.slice(eq + 1);
    const bad = (reason: ConfigError["reason"], msg: string): ConfigResult => ({
      ok: false,
      error: { line: i + 1, text: raw, reason, oops: `500 OOPS: ${msg}${name}` },
    });
    const known = has(BOOL_TUNABLES, name) || has(UINT_TUNABLES, name) || has(STRING_TUNABLES, name);
    if (!known) return bad("unrecognised", "unrecognised variable in config file: ");
    if (value === "") return bad("missingValue", "missing value in config file for: ");
    if (has(STRING_TUNABLES, name)) out[name] = value;
    else if (has(UINT_TUNABLES, name))
      out[name] = OCTAL_TUNABLES.has(name) ? octalToUint(value) : uintTunable(value);
    else {
      const b = BOOL_WORDS[value.toUpperCase()];
      if (b === undefined) return bad("badBool", "bad bool value in config file for: ");
      out[name] = b;
    }
  }
  return { ok: true, config: out as VsftpdConfig };
}

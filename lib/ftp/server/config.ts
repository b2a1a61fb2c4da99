/**
 * vsftpd.conf parsing as parseconf.c does it: `name=value` lines, no spaces around `=`, `#` comments,
 * booleans YES/NO/TRUE/FALSE/1/0 in any case, numbers with atoi (umask-like names in octal).
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
import { atoi, octalToUint } from "./numbers";

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
      out[name] = OCTAL_TUNABLES.has(name) ? octalToUint(value) : Math.max(0, atoi(value));
    else {
      const b = BOOL_WORDS[value.toUpperCase()];
      if (b === undefined) return bad("badBool", "bad bool value in config file for: ");
      out[name] = b;
    }
  }
  return { ok: true, config: out as VsftpdConfig };
}

/**
 * The one table of server verbs. Dispatch, the pre-login rule, tunable gates, HELP and FEAT are all
 * read from it, so adding a verb is one row. Gates mirror vsftpd's postlogin.c conditions; a verb whose
 * gate is closed answers 550 if vsftpd lists it as "known but refused", else 500 Unknown command.
 */
import type { VsftpdConfig } from "./server/config";

export type ArgRule = "none" | "optional" | "required";

/** Which handler runs the verb (lib/ftp/server/handlers). */
export type HandlerKey =
  | "user"
  | "pass"
  | "quit"
  | "feat"
  | "opts"
  | "pwd"
  | "cwd"
  | "cdup"
  | "pasv"
  | "epsv"
  | "port"
  | "eprt"
  | "retr"
  | "stor"
  | "appe"
  | "stou"
  | "list"
  | "nlst"
  | "noop"
  | "syst"
  | "help"
  | "type"
  | "mode"
  | "stru"
  | "mkd"
  | "rmd"
  | "dele"
  | "rnfr"
  | "rnto"
  | "size"
  | "mdtm"
  | "site"
  | "abor"
  | "rest"
  | "stat"
  | "allo"
  | "auth"
  | "pbsz"
  | "prot"
  | "notImplemented";

/** What the gate looks at besides the tunables. */
export interface GateContext {
  readonly anonymous: boolean;
  readonly epsvAll: boolean;
}

export interface CommandSpec {
  readonly verb: string;
  readonly aliases?: readonly string[];
  readonly handler: HandlerKey;
  /** Accepted before login (everything else gets 530 Please login with USER and PASS.). */
  readonly prelogin?: boolean;
  readonly arg: ArgRule;
  /** The tunables that decide whether the verb runs (for notes); the check itself is `gate`. */
  readonly tunables?: readonly string[];
  readonly gate?: (c: VsftpdConfig, s: GateContext) => boolean;
  /** When the gate is closed: vsftpd's "550 Permission denied." list, else "500 Unknown command.". */
  readonly refusedWith550?: boolean;
  /** Listed by HELP. */
  readonly help?: boolean;
  /** FEAT line, when the verb advertises one (and its own gate for advertising). */
  readonly feat?: { readonly line: string; readonly when?: (c: VsftpdConfig) => boolean };
  /** i18n key of the one-line description. */
  readonly helpKey: string;
}

const anonUpload = (c: VsftpdConfig, s: GateContext) =>
  c.write_enable && (c.anon_upload_enable || !s.anonymous);
const anonMkdir = (c: VsftpdConfig, s: GateContext) =>
  c.write_enable && (c.anon_mkdir_write_enable || !s.anonymous);
const anonOther = (c: VsftpdConfig, s: GateContext) =>
  c.write_enable && (c.anon_other_write_enable || !s.anonymous);
const ssl = (c: VsftpdConfig) => c.ssl_enable;
const SSL_ONLY: Partial<CommandSpec> = { help: false, prelogin: true, gate: ssl, refusedWith550: true };
const UPLOAD = ["write_enable", "anon_upload_enable"];
const MKDIR = ["write_enable", "anon_mkdir_write_enable"];
const OTHER = ["write_enable", "anon_other_write_enable"];

const row = (
  verb: string,
  handler: HandlerKey,
  arg: ArgRule,
  extra: Partial<CommandSpec> = {},
): CommandSpec => ({
  verb,
  handler,
  arg,
  help: true,
  helpKey: `server.help.${verb.toLowerCase()}`,
  ...extra,
});

export const COMMANDS: readonly CommandSpec[] = [
  row("USER", "user", "optional", { prelogin: true }),
  row("PASS", "pass", "optional", { prelogin: true }),
  row("QUIT", "quit", "none", { prelogin: true }),
  row("FEAT", "feat", "none", { prelogin: true, refusedWith550: true }),
  row("OPTS", "opts", "required", { prelogin: true, refusedWith550: true }),
  row("PWD", "pwd", "none"),
  row("XPWD", "pwd", "none"),
  row("CWD", "cwd", "required"),
  row("XCWD", "cwd", "required"),
  row("CDUP", "cdup", "none"),
  row("XCUP", "cdup", "none"),
  row("PASV", "pasv", "none", {
    aliases: ["P@SW"],
    tunables: ["pasv_enable"],
    gate: (c, s) => c.pasv_enable && !s.epsvAll,
    refusedWith550: true,
    feat: { line: "PASV", when: (c) => c.pasv_enable },
  }),
  row("EPSV", "epsv", "optional", {
    tunables: ["pasv_enable"],
    gate: (c) => c.pasv_enable,
    refusedWith550: true,
    feat: { line: "EPSV", when: (c) => c.pasv_enable },
  }),
  row("PORT", "port", "required", {
    tunables: ["port_enable"],
    gate: (c, s) => c.port_enable && !s.epsvAll,
    refusedWith550: true,
  }),
  row("EPRT", "eprt", "required", {
    tunables: ["port_enable"],
    gate: (c) => c.port_enable,
    refusedWith550: true,
    feat: { line: "EPRT", when: (c) => c.port_enable },
  }),
  row("RETR", "retr", "required", {
    tunables: ["download_enable"],
    gate: (c) => c.download_enable,
    refusedWith550: true,
  }),
  row("LIST", "list", "optional", {
    tunables: ["dirlist_enable"],
    gate: (c) => c.dirlist_enable,
    refusedWith550: true,
  }),
  row("NLST", "nlst", "optional", {
    tunables: ["dirlist_enable"],
    gate: (c) => c.dirlist_enable,
    refusedWith550: true,
  }),
  row("STOR", "stor", "required", { tunables: UPLOAD, gate: anonUpload, refusedWith550: true }),
  row("STOU", "stou", "optional", { tunables: UPLOAD, gate: anonUpload, refusedWith550: true }),
  row("APPE", "appe", "required", { tunables: OTHER, gate: anonOther, refusedWith550: true }),
  row("MKD", "mkd", "required", { tunables: MKDIR, gate: anonMkdir, refusedWith550: true }),
  row("XMKD", "mkd", "required", { tunables: MKDIR, gate: anonMkdir, refusedWith550: true }),
  row("RMD", "rmd", "required", { tunables: OTHER, gate: anonOther, refusedWith550: true }),
  row("XRMD", "rmd", "required", { tunables: OTHER, gate: anonOther, refusedWith550: true }),
  row("DELE", "dele", "required", { tunables: OTHER, gate: anonOther, refusedWith550: true }),
  row("RNFR", "rnfr", "required", { tunables: OTHER, gate: anonOther, refusedWith550: true }),
  row("RNTO", "rnto", "required", { tunables: OTHER, gate: anonOther, refusedWith550: true }),
  row("SITE", "site", "required", { gate: (_c, s) => !s.anonymous, refusedWith550: true }),
  row("NOOP", "noop", "none"),
  row("SYST", "syst", "none"),
  row("HELP", "help", "optional"),
  row("TYPE", "type", "required"),
  row("MODE", "mode", "required"),
  row("STRU", "stru", "required"),
  row("SIZE", "size", "required", { feat: { line: "SIZE" } }),
  row("MDTM", "mdtm", "required", { feat: { line: "MDTM" } }),
  row("REST", "rest", "required", { feat: { line: "REST STREAM" } }),
  row("ABOR", "abor", "none", { aliases: ["\xff\xf4\xff\xf2ABOR"] }),
  row("STAT", "stat", "optional", { refusedWith550: true }),
  row("ALLO", "allo", "optional", { refusedWith550: true }),
  row("REIN", "notImplemented", "none", { refusedWith550: true }),
  row("ACCT", "notImplemented", "required", { refusedWith550: true }),
  row("SMNT", "notImplemented", "required", { refusedWith550: true }),
  // Known to vsftpd only with ssl_enable; without it they are refused like other gated verbs (the
  // handlers answer the pre-login cases themselves, as prelogin.c checks ssl_enable per verb).
  row("AUTH", "auth", "optional", { help: false, prelogin: true, feat: { line: "AUTH TLS", when: ssl } }),
  row("PBSZ", "pbsz", "required", { ...SSL_ONLY, feat: { line: "PBSZ", when: ssl } }),
  row("PROT", "prot", "required", { ...SSL_ONLY, feat: { line: "PROT", when: ssl } }),
];

/** FEAT's extra line that belongs to no verb: vsftpd always advertises TVFS. */
const FEAT_EXTRA = ["TVFS"];

const BY_VERB: ReadonlyMap<string, CommandSpec> = new Map(
  COMMANDS.flatMap((c) => [[c.verb, c] as const, ...(c.aliases ?? []).map((a) => [a, c] as const)]),
);

export const lookupCommand = (verb: string): CommandSpec | undefined => BY_VERB.get(verb);

/** HELP's body lines: verbs sorted, 14 per line, each padded to 4 columns, as vsftpd prints them. */
export function helpLines(): string[] {
  const verbs = COMMANDS.filter((c) => c.help)
    .map((c) => c.verb)
    .sort();
  const lines: string[] = [];
  for (let i = 0; i < verbs.length; i += 14)
    lines.push(
      (
        " " +
        verbs
          .slice(i, i + 14)
          .map((v) => v.padEnd(4))
          .join(" ")
      ).trimEnd(),
    );
  return lines;
}

/** FEAT's body lines, sorted as vsftpd prints them. */
export function featLines(c: VsftpdConfig): string[] {
  const fromTable = COMMANDS.flatMap((cmd) =>
    cmd.feat && (cmd.feat.when?.(c) ?? true) ? [cmd.feat.line] : [],
  );
  const sslExtra = c.ssl_enable ? ["AUTH SSL"] : [];
  return [...fromTable, ...FEAT_EXTRA, ...sslExtra].sort().map((l) => " " + l);
}

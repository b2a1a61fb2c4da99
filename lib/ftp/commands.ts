/**
 * The one table of server verbs: each row owns its handler, its argument check, its gates, its HELP and
 * FEAT presence and its help text, so adding a verb is one row. Dispatch (server/dispatch.ts) reads it in
 * vsftpd's fixed order. Gates mirror postlogin.c's conditions; a verb whose gate is closed answers 550 if
 * vsftpd lists it as "known but refused", else 500 Unknown command. vsftpd applies no generic "argument
 * required" rule (an empty argument reaches the handler: `CWD` alone is a failed chdir, 550), so `arg`
 * is only the per-verb check vsftpd makes before doing anything (TYPE, MODE, STRU, OPTS, EPSV).
 */
import type { MessageKey } from "../i18n";
import { ReplyCode } from "./reply-codes";
import type { VsftpdConfig } from "./server/config";
import type { ArgCheck, Handler, Session } from "./server/types";
import { epsvArg, handleEprt, handleEpsv, handlePasv, handlePort } from "./server/handlers/data-setup";
import * as files from "./server/handlers/files";
import * as info from "./server/handlers/info";
import { handlePass, handleQuit, handleUser } from "./server/handlers/login";
import { handleCdup, handleCwd, handlePwd } from "./server/handlers/nav";
import { handleAuth, handlePbsz, handleProt } from "./server/handlers/tls";
import * as xfer from "./server/handlers/xfer";
import { VERB_ALIASES } from "./verb-help";

const aliasesOf = (verb: string) => Object.keys(VERB_ALIASES).filter((a) => VERB_ALIASES[a] === verb);

/** What the gate looks at besides the tunables. */
export interface GateContext {
  readonly anonymous: boolean;
  readonly epsvAll: boolean;
}

export interface CommandSpec {
  readonly verb: string;
  readonly aliases?: readonly string[];
  /** What the verb does once dispatch has let it through. */
  readonly run: Handler;
  /** Accepted before login (everything else gets 530 Please login with USER and PASS.). */
  readonly prelogin?: boolean;
  /** The argument check vsftpd makes before anything else, and its refusal. */
  readonly arg?: ArgCheck;
  /** The tunables that decide whether the verb runs (for notes); the check itself is `gate`. */
  readonly tunables?: readonly string[];
  readonly gate?: (c: VsftpdConfig, s: GateContext) => boolean;
  /** When the gate is closed: vsftpd's "550 Permission denied." list, else "500 Unknown command.". */
  readonly refusedWith550?: boolean;
  /** Listed by HELP. */
  readonly help?: boolean;
  /** FEAT line, when the verb advertises one (and its own gate for advertising). */
  readonly feat?: { readonly line: string; readonly when?: (c: VsftpdConfig) => boolean };
  /** i18n key of the one-line description (server.help.<verb>; a verb without one does not compile). */
  readonly helpKey: MessageKey;
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

/** HELP and FEAT read this table, so their handlers live beside it. */
function help(s: Session): void {
  s.replyLines(ReplyCode.HelpOk, "The following commands are recognized.", helpLines(), "Help OK.");
}

function feat(s: Session): void {
  s.replyLines(ReplyCode.SystemStatus, "Features:", featLines(s.cfg), "End");
}

/** STAT alone is the session status; with a path, a listing over the control connection. */
function stat(s: Session, arg: string): void {
  if (arg === "") info.handleStatus(s);
  else xfer.handleStatFile(s, arg);
}

/** The verbs the catalogue has a help text for (server.help.<verb>), upper-cased as rows name them. */
type HelpOf<K> = K extends `server.help.${infer V}` ? V : never;
type HelpVerb = Uppercase<HelpOf<MessageKey>>;

const row = (verb: HelpVerb, run: Handler, extra: Partial<CommandSpec> = {}): CommandSpec => ({
  verb,
  run,
  help: true,
  // The type of `verb` guarantees this key exists.
  helpKey: `server.help.${verb.toLowerCase()}` as MessageKey,
  ...extra,
});

export const COMMANDS: readonly CommandSpec[] = [
  row("USER", handleUser, { prelogin: true }),
  row("PASS", handlePass, { prelogin: true }),
  row("QUIT", handleQuit, { prelogin: true }),
  row("FEAT", feat, { prelogin: true, refusedWith550: true }),
  row("OPTS", info.handleOpts, { arg: info.optsArg, prelogin: true, refusedWith550: true }),
  row("PWD", handlePwd),
  row("XPWD", handlePwd),
  row("CWD", handleCwd),
  row("XCWD", handleCwd),
  row("CDUP", handleCdup),
  row("XCUP", handleCdup),
  row("PASV", handlePasv, {
    aliases: aliasesOf("PASV"),
    tunables: ["pasv_enable"],
    gate: (c, s) => c.pasv_enable && !s.epsvAll,
    refusedWith550: true,
    feat: { line: "PASV", when: (c) => c.pasv_enable },
  }),
  row("EPSV", handleEpsv, {
    arg: epsvArg,
    tunables: ["pasv_enable"],
    gate: (c) => c.pasv_enable,
    refusedWith550: true,
    feat: { line: "EPSV", when: (c) => c.pasv_enable },
  }),
  row("PORT", handlePort, {
    tunables: ["port_enable"],
    gate: (c, s) => c.port_enable && !s.epsvAll,
    refusedWith550: true,
  }),
  row("EPRT", handleEprt, {
    tunables: ["port_enable"],
    gate: (c) => c.port_enable,
    refusedWith550: true,
    feat: { line: "EPRT", when: (c) => c.port_enable },
  }),
  row("RETR", xfer.handleRetr, {
    tunables: ["download_enable"],
    gate: (c) => c.download_enable,
    refusedWith550: true,
  }),
  row("LIST", xfer.handleList, {
    tunables: ["dirlist_enable"],
    gate: (c) => c.dirlist_enable,
    refusedWith550: true,
  }),
  row("NLST", xfer.handleNlst, {
    tunables: ["dirlist_enable"],
    gate: (c) => c.dirlist_enable,
    refusedWith550: true,
  }),
  row("STOR", xfer.handleStor, { tunables: UPLOAD, gate: anonUpload, refusedWith550: true }),
  row("STOU", xfer.handleStou, { tunables: UPLOAD, gate: anonUpload, refusedWith550: true }),
  row("APPE", xfer.handleAppe, { tunables: OTHER, gate: anonOther, refusedWith550: true }),
  row("MKD", files.handleMkd, { tunables: MKDIR, gate: anonMkdir, refusedWith550: true }),
  row("XMKD", files.handleMkd, { tunables: MKDIR, gate: anonMkdir, refusedWith550: true }),
  row("RMD", files.handleRmd, { tunables: OTHER, gate: anonOther, refusedWith550: true }),
  row("XRMD", files.handleRmd, { tunables: OTHER, gate: anonOther, refusedWith550: true }),
  row("DELE", files.handleDele, { tunables: OTHER, gate: anonOther, refusedWith550: true }),
  row("RNFR", files.handleRnfr, { tunables: OTHER, gate: anonOther, refusedWith550: true }),
  row("RNTO", files.handleRnto, { tunables: OTHER, gate: anonOther, refusedWith550: true }),
  row("SITE", files.handleSite, { gate: (_c, s) => !s.anonymous, refusedWith550: true }),
  row("NOOP", info.handleNoop),
  row("SYST", info.handleSyst),
  row("HELP", help),
  row("TYPE", info.handleType, { arg: info.typeArg }),
  row("MODE", info.handleMode, { arg: info.modeArg }),
  row("STRU", info.handleStru, { arg: info.struArg }),
  row("SIZE", files.handleSize, { feat: { line: "SIZE" } }),
  row("MDTM", files.handleMdtm, { feat: { line: "MDTM" } }),
  row("REST", info.handleRest, { feat: { line: "REST STREAM" } }),
  row("ABOR", info.handleAbor, { aliases: aliasesOf("ABOR") }),
  row("STAT", stat, { refusedWith550: true }),
  row("ALLO", info.handleAllo, { refusedWith550: true }),
  row("REIN", info.handleNotImplemented, { refusedWith550: true }),
  row("ACCT", info.handleNotImplemented, { refusedWith550: true }),
  row("SMNT", info.handleNotImplemented, { refusedWith550: true }),
  // Known to vsftpd only with ssl_enable; without it they are refused like other gated verbs (the
  // handlers answer the pre-login cases themselves, as prelogin.c checks ssl_enable per verb).
  row("AUTH", handleAuth, { help: false, prelogin: true, feat: { line: "AUTH TLS", when: ssl } }),
  row("PBSZ", handlePbsz, { ...SSL_ONLY, feat: { line: "PBSZ", when: ssl } }),
  row("PROT", handleProt, { ...SSL_ONLY, feat: { line: "PROT", when: ssl } }),
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

/**
 * One-line explanations of FTP replies for the terminal: what this code means HERE (the computed
 * passive port, the address PORT announced, why vsftpd refused), not only what the RFC says. A table
 * of rules (code, optional verb and text pattern) picks the message; the first match wins, and codes
 * without a rule fall back to the catalogue's meaning of the code, then of its class.
 */
import { isMessageKey, translate, type Lang, type MessageKey, type Params } from "../i18n/core";
import { findEpsvPort, findHostPort } from "./host-port";
import { replyClass } from "./reply-codes";

export interface ExplainContext {
  /** The command line this reply answers, as the client sent it ("PORT 10,0,0,2,195,80"). */
  readonly command?: string;
  /** The server's address as the client sees it on the control connection (229 reuses it). */
  readonly controlAddr?: string;
}

interface Rule {
  readonly code: number;
  /** Only when the answered command has one of these verbs. */
  readonly verbs?: readonly string[];
  /** Only when the reply text matches. */
  readonly text?: RegExp;
  readonly key: MessageKey;
  /** Builds the message's parameters; returning null means "this rule does not apply after all". */
  readonly params?: (text: string, arg: string, ctx: ExplainContext) => Params | null;
}

const LOGIN_ANON = /^(anonymous|ftp)$/i;

const RULES: readonly Rule[] = [
  { code: 220, key: "term.220" },
  { code: 221, key: "term.221" },
  {
    code: 331,
    verbs: ["USER"],
    key: "term.331.anon",
    params: (_t, arg) => (LOGIN_ANON.test(arg) ? {} : null),
  },
  { code: 331, key: "term.331" },
  { code: 230, key: "term.230" },
  { code: 530, text: /incorrect/i, key: "term.530.incorrect" },
  { code: 530, text: /another user/i, key: "term.530.changeUser" },
  { code: 530, text: /anonymous only/i, key: "term.530.anonOnly" },
  { code: 530, text: /USER and PASS|log ?in/i, key: "term.530.needLogin" },
  { code: 530, key: "term.530" },
  { code: 503, text: /USER first/i, key: "term.503.user" },
  { code: 503, text: /RNFR/i, key: "term.503.rnfr" },
  { code: 503, key: "term.503" },
  { code: 227, key: "term.227", params: (text, _a, ctx) => pasvParams(text, ctx) },
  { code: 229, key: "term.229", params: (text, _a, ctx) => epsvParams(text, ctx) },
  { code: 200, verbs: ["PORT"], key: "term.200.port", params: (_t, arg) => portParams(arg) },
  { code: 200, verbs: ["EPRT"], key: "term.200.port", params: (_t, arg) => eprtParams(arg) },
  { code: 200, verbs: ["TYPE"], text: /binary|image/i, key: "term.200.binary" },
  { code: 200, verbs: ["TYPE"], text: /ascii/i, key: "term.200.ascii" },
  {
    code: 500,
    verbs: ["PORT"],
    text: /illegal PORT/i,
    key: "term.500.portMalformed",
    params: (_t, arg) => (parseSix(arg) ? null : {}),
  },
  { code: 500, text: /illegal (PORT|EPRT)/i, key: "term.500.port" },
  { code: 500, text: /OOPS/i, key: "term.500.oops" },
  { code: 500, key: "term.500" },
  { code: 501, key: "term.501" },
  { code: 502, key: "term.502" },
  { code: 150, verbs: ["LIST", "NLST", "MLSD"], key: "term.150.list" },
  {
    code: 150,
    verbs: ["RETR"],
    text: /\((\d+) bytes\)/,
    key: "term.150.retrSize",
    params: (t) => bytesIn(t),
  },
  { code: 150, verbs: ["RETR"], key: "term.150.retr" },
  { code: 150, verbs: ["STOR", "STOU", "APPE"], key: "term.150.stor" },
  { code: 150, key: "term.150" },
  { code: 125, key: "term.125" },
  { code: 226, text: /ABOR/i, key: "term.226.abor" },
  // ABOR was sent but the transfer ended first: this 226 is the RETR's; ABOR's own answer follows.
  { code: 226, verbs: ["ABOR"], key: "term.226.beforeAbor" },
  { code: 226, verbs: ["LIST", "NLST", "MLSD"], key: "term.226.list" },
  { code: 226, key: "term.226" },
  { code: 225, text: /no transfer/i, key: "term.225.noTransfer" },
  { code: 425, text: /PORT or PASV/i, key: "term.425.first" },
  { code: 425, text: /bad IP/i, key: "term.425.badIp" },
  { code: 425, key: "term.425" },
  { code: 426, key: "term.426" },
  { code: 421, text: /data timeout/i, key: "term.421.dataTimeout" },
  { code: 421, text: /timeout/i, key: "term.421.timeout" },
  { code: 421, key: "term.421" },
  { code: 250, verbs: ["CWD", "CDUP", "XCWD"], key: "term.250.cwd" },
  { code: 250, verbs: ["DELE"], key: "term.250.dele" },
  { code: 250, verbs: ["RMD", "XRMD"], key: "term.250.rmd" },
  { code: 250, verbs: ["RNTO"], key: "term.250.rnto" },
  { code: 257, verbs: ["MKD", "XMKD"], key: "term.257.mkd", params: (t) => quoted(t) },
  { code: 257, key: "term.257", params: (t) => quoted(t) },
  { code: 213, verbs: ["SIZE"], key: "term.213.size", params: (t) => ({ bytes: t.trim() }) },
  { code: 213, verbs: ["MDTM"], key: "term.213.mdtm", params: (t) => mdtm(t) },
  { code: 213, verbs: ["STAT"], key: "term.213.stat" },
  { code: 215, key: "term.215" },
  { code: 211, key: "term.211" },
  { code: 214, key: "term.214" },
  { code: 350, text: /RNTO/i, key: "term.350.rnto" },
  { code: 350, verbs: ["REST"], key: "term.350.rest", params: (_t, arg) => ({ offset: arg.trim() }) },
  { code: 550, verbs: ["RETR"], text: /failed to open/i, key: "term.550.open" },
  { code: 550, verbs: ["RETR", "SIZE", "MDTM"], key: "term.550.retr" },
  {
    code: 550,
    verbs: ["STOR", "STOU", "APPE", "MKD", "XMKD", "DELE", "RMD", "RNFR", "RNTO"],
    key: "term.550.write",
  },
  { code: 550, verbs: ["CWD", "XCWD"], key: "term.550.cwd" },
  { code: 550, text: /permission denied/i, key: "term.550.perm" },
  { code: 553, key: "term.553" },
];

/**
 * Explains reply `code` with its `text` (the line after the code, or the whole reply; both work)
 * in `lang`, using what the client sent (`context.command`) to be specific.
 */
export function explainReply(code: number, text: string, lang: Lang, context: ExplainContext = {}): string {
  const body = stripCode(code, text);
  const [verb, arg] = splitCommand(context.command ?? "");
  for (const rule of RULES) {
    if (rule.code !== code) continue;
    if (rule.verbs && !rule.verbs.includes(verb)) continue;
    if (rule.text && !rule.text.test(body)) continue;
    const params = rule.params ? rule.params(body, arg, context) : {};
    if (params === null) continue;
    return translate(lang, rule.key, params);
  }
  const byCode = `code.${code}`;
  if (isMessageKey(byCode)) return translate(lang, byCode);
  // Classes 1xx–5xx have a row each; any other code is outside them.
  const byClass = `class.${replyClass(code)}`;
  return isMessageKey(byClass) ? translate(lang, byClass) : translate(lang, "term.unknown", { code });
}

/** "227 Entering Passive Mode (…)" and "Entering Passive Mode (…)" both become the part after the code. */
function stripCode(code: number, text: string): string {
  const first = text.split(/\r?\n/).filter((l) => l !== "");
  const joined = first.map((l) => l.replace(new RegExp(`^${code}[ -]`), "")).join(" ");
  return joined.trim();
}

function splitCommand(line: string): [string, string] {
  const clean = line.replace(/\r?\n$/, "");
  const sp = clean.indexOf(" ");
  if (sp < 0) return [clean.toUpperCase(), ""];
  return [clean.slice(0, sp).toUpperCase(), clean.slice(sp + 1)];
}

/** Six numbers h1..h4,p1,p2 (PORT's argument and 227's parenthesis) as address and port arithmetic. */
function sixNumbers(s: string): Params | null {
  const at = findHostPort(s);
  return at && { addr: at.addr, p1: at.port >> 8, p2: at.port & 255, port: at.port };
}

function pasvParams(text: string, ctx: ExplainContext): Params | null {
  const six = sixNumbers(text);
  if (!six) return null;
  // Say so when 227 names an address other than the one the client is talking to (NAT, pasv_address).
  const other = ctx.controlAddr && ctx.controlAddr !== six.addr;
  return { ...six, note: other ? ` (${ctx.controlAddr} ≠ ${six.addr})` : "" };
}

function epsvParams(text: string, ctx: ExplainContext): Params | null {
  const port = findEpsvPort(text);
  if (port === null) return null;
  return { port, addr: ctx.controlAddr ?? "—" };
}

/** PORT's argument as vsftpd reads it: exactly six numbers 0–255, or null. */
function parseSix(arg: string): boolean {
  const n = arg.trim().split(",");
  return n.length === 6 && n.every((x) => /^\d{1,3}$/.test(x.trim()) && Number(x) <= 255);
}

function portParams(arg: string): Params | null {
  return sixNumbers(arg);
}

/** EPRT |1|10.0.0.2|50000| — the delimiter is whatever the first character is. */
function eprtParams(arg: string): Params | null {
  const d = arg.trim().charAt(0);
  if (!d) return null;
  const parts = arg.trim().split(d);
  const addr = parts[2];
  const port = Number(parts[3]);
  if (!addr || !Number.isInteger(port)) return null;
  return { addr, p1: Math.floor(port / 256), p2: port % 256, port };
}

function bytesIn(text: string): Params {
  const m = /\((\d+) bytes\)/.exec(text);
  return { bytes: m ? Number(m[1]) : 0 };
}

function quoted(text: string): Params {
  const m = /"((?:[^"]|"")*)"/.exec(text);
  return { path: m ? (m[1] ?? "").replace(/""/g, '"') : text };
}

/** MDTM answers YYYYMMDDHHMMSS in UTC. */
function mdtm(text: string): Params | null {
  const m = /(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})/.exec(text);
  if (!m) return null;
  return { when: `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}:${m[6]}` };
}

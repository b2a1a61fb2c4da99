/**
 * What a classic `ftp` client in verbose/debug mode shows, read off the trace up to the cursor: the
 * prompt and typed line, `---> CMD` for each command it sent, each reply line that reached it with a
 * one-line explanation, and what the client program printed. The terminal panel redraws its screen
 * from this, and the text export of a session uses it too, so terminal and diagram never disagree.
 */
import { explainReply } from "../ftp/explain";
import { hasReplyClass, replyClass } from "../ftp/reply-codes";
import { isMessageKey, translate, type Lang } from "../i18n/core";
import { DEFAULT_PROMPT, promptReader, rawAfter } from "./typed-prompt";
import type { TraceEntry } from "./types";

export { DEFAULT_PROMPT };

export type LineStyle =
  | "typed"
  | "sent"
  | "reply-1"
  | "reply-2"
  | "reply-3"
  | "reply-4"
  | "reply-5"
  | "info"
  | "error"
  | "explain"
  | "prompt";

export interface Line {
  readonly text: string;
  readonly style: LineStyle;
  /** The trace entry this line comes from (clicking it selects that entry). */
  readonly seq: number;
}

export interface TranscriptOptions {
  /** Show `---> CMD` lines (the client's debug output). */
  readonly verbose: boolean;
  /** Add a one-line explanation after each reply. */
  readonly explain: boolean;
  readonly lang: Lang;
}

const CLIENT = "client";
/** Lines the interrupt pseudo-command records; shown bare, as a terminal echoes Ctrl+C. */
const INTERRUPT = "^C";
/**
 * Notes the client records before a command it sends on its own with verbose off (netkit's SYST after
 * `open`; tnftp's FEAT, SIZE, MDTM and implicit TYPE): the reply is on the wire, not on the screen.
 */
const QUIET_NOTES: ReadonlySet<string> = new Set([
  "client.note.autoSyst",
  "client.note.profile.feat",
  "client.note.profile.size",
  "client.note.profile.mdtm",
  "client.note.profile.type",
  "client.note.profile.pwd",
]);

/**
 * The lines of a whole-session transcript that entries up to `upTo` produced. A transcript only ever
 * appends, in seq order, so this equals `transcript(trace, upTo)` and costs a binary search, not a pass
 * over the trace: stepping stays cheap however long the session is.
 */
export function linesUpTo(all: readonly Line[], upTo: number): Line[] {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.seq <= upTo) lo = mid + 1;
    else hi = mid;
  }
  return all.slice(0, lo);
}

/** The transcript of `trace` up to and including entry `upTo` (entries are in seq order). */
export function transcript(trace: readonly TraceEntry[], upTo: number, opts: TranscriptOptions): Line[] {
  const out: Line[] = [];
  const prompts = promptReader();
  let lastCommand = "";
  // Reply bytes arrive per TCP segment; a segment may hold part of a line or several replies.
  const partial = new Map<number, string>();
  // Multi-line replies: the code of the reply being read on each connection ("230-" … "230 ").
  const open = new Map<number, number>();
  // netkit's own SYST after `open`: its reply shows only in debug mode (verbose = -1 otherwise).
  let quietReply = false;
  const last = Math.min(upTo, trace.length - 1);
  for (let i = 0; i <= last; i++) {
    const e = trace[i]!;
    const prompt = prompts.see(e);
    // In `nc`/`telnet` mode there is no prompt and the typed line IS the command (no ---> echo).
    const raw = prompts.raw;
    switch (e.kind) {
      case "CommandTyped": {
        const typed = e.text ?? "";
        if (typed === INTERRUPT && !isSecret(e)) out.push({ text: INTERRUPT, style: "typed", seq: e.seq });
        else out.push({ text: (prompt ?? "") + typed, style: "typed", seq: e.seq });
        break;
      }
      case "ClientPrinted":
        // Prompts are drawn in front of the line typed at them (above).
        if (e.rule !== "prompt")
          for (const text of splitLines(printedText(e, opts.lang)))
            out.push({ text, style: styleOf(e.rule), seq: e.seq });
        break;
      case "Decision":
        if (e.note && QUIET_NOTES.has(e.note.key)) quietReply = true;
        break;
      case "CommandSent":
        if (e.from.host !== CLIENT) break;
        for (const sent of splitLines(e.text ?? "")) {
          // Telnet IP/Synch before ABOR: netkit writes those bytes itself and echoes nothing.
          const line = sent.replace(/^[\xf0-\xff]+/, "");
          if (line !== sent && !raw) {
            if (line) lastCommand = line;
            continue;
          }
          lastCommand = line;
          if (opts.verbose && !raw)
            out.push({ text: `---> ${hidePassword(line)}`, style: "sent", seq: e.seq });
        }
        break;
      case "ReplySent": {
        if (e.to.host !== CLIENT) break;
        const key = e.conn ?? -1;
        const text = (partial.get(key) ?? "") + (e.text ?? "");
        const cut = text.lastIndexOf("\n");
        partial.set(key, cut < 0 ? text : text.slice(cut + 1));
        if (cut < 0) break;
        for (const line of text.slice(0, cut).split("\n")) {
          const clean = line.replace(/\r$/, "");
          const m = /^(\d{3})([ -]?)/.exec(clean);
          const code = open.get(key) ?? (m ? Number(m[1]) : 0);
          const hidden = quietReply && !opts.verbose;
          if (!hidden) out.push({ text: clean, style: replyStyle(code), seq: e.seq });
          // A reply ends at "ddd " with the code it opened with (RFC 959 §4.2); "ddd-" opens one.
          const ends = m !== null && Number(m[1]) === code && m[2] !== "-";
          if (!ends) {
            if (!open.has(key) && m && m[2] === "-") open.set(key, code);
            continue;
          }
          open.delete(key);
          quietReply = false;
          if (opts.explain && !hidden) {
            const ctx = { command: lastCommand, ...(e.from.addr ? { controlAddr: e.from.addr } : {}) };
            out.push({ text: explainReply(code, clean, opts.lang, ctx), style: "explain", seq: e.seq });
          }
        }
        break;
      }
      default:
        break;
    }
  }
  return out;
}

export interface PendingPrompt {
  /** What the prompt reads ("ftp> ", "Password:"). */
  readonly text: string;
  /** Typed characters must not be echoed (a password). */
  readonly secret: boolean;
  /** A typed command has not finished at this point of the trace (no prompt in a real terminal). */
  readonly running: boolean;
  /** Inside `nc`/`telnet`: lines go to the server as they are, and Ctrl+C ends the program. */
  readonly raw: boolean;
}

/**
 * The prompt the learner would see after entry `upTo`. A command is still running there unless the
 * client printed a prompt since, or the next entry is the next typed line (its step is over). At the
 * live end of the trace the panel trusts the simulation's `ready` instead.
 */
export function pendingPrompt(trace: readonly TraceEntry[], upTo: number): PendingPrompt {
  const last = Math.min(upTo, trace.length - 1);
  const at = promptIndex(trace);
  const typedAt = last < 0 ? -1 : at.typedAt[last]!;
  const promptAt = last < 0 ? -1 : at.promptAt[last]!;
  const raw = last >= 0 && at.raw[last] === 1;
  const text = promptAt > typedAt ? (trace[promptAt]!.text ?? "") : DEFAULT_PROMPT;
  const next = trace[last + 1];
  const stepOver = next?.kind === "CommandTyped" && next.text !== INTERRUPT;
  const running = typedAt >= 0 && promptAt < typedAt && !stepOver;
  return { text: raw ? "" : text, secret: !raw && SECRET_PROMPT.test(text), running, raw };
}

/** After each entry: the last typed line, the last prompt printed, and whether nc/telnet is open. */
type PromptIndex = { typedAt: number[]; promptAt: number[]; raw: number[] };
const promptIndexes = new WeakMap<readonly TraceEntry[], PromptIndex>();

/**
 * Built once per trace and extended as it grows (a trace only ever appends), so a step reads three
 * numbers instead of walking the whole session: stepping stays flat at tens of thousands of entries.
 */
function promptIndex(trace: readonly TraceEntry[]): PromptIndex {
  let at = promptIndexes.get(trace);
  if (!at || at.typedAt.length > trace.length) {
    at = { typedAt: [], promptAt: [], raw: [] };
    promptIndexes.set(trace, at);
  }
  for (let i = at.typedAt.length; i < trace.length; i++) {
    const e = trace[i]!;
    const typed = e.kind === "CommandTyped" ? i : i > 0 ? at.typedAt[i - 1]! : -1;
    const prompt = e.kind === "ClientPrinted" && e.rule === "prompt" ? i : i > 0 ? at.promptAt[i - 1]! : -1;
    at.typedAt.push(typed);
    at.promptAt.push(prompt);
    at.raw.push(rawAfter(i > 0 && at.raw[i - 1] === 1, e) ? 1 : 0);
  }
  return at;
}

/** The transcript as plain text (the session export): explanations indented as comments. */
export function transcriptText(lines: readonly Line[]): string {
  return lines.map((l) => (l.style === "explain" ? `      # ${l.text}` : l.text)).join("\n") + "\n";
}

/** File names seen in listings sent to the client (LIST/NLST data), for Tab completion. */
export function remoteNames(trace: readonly TraceEntry[], upTo: number = trace.length - 1): string[] {
  const names = new Set<string>();
  const last = Math.min(upTo, trace.length - 1);
  let listing = false;
  // A listing arrives in segments that may cut a line in two: keep the unfinished tail per connection.
  const tails = new Map<number, string>();
  const add = (line: string) => {
    const name = nameOf(line);
    if (name && name !== "." && name !== "..") names.add(name);
  };
  for (let i = 0; i <= last; i++) {
    const e = trace[i]!;
    if (e.kind === "CommandSent" && e.from.host === CLIENT)
      listing = /^(LIST|NLST|MLSD)\b/i.test(e.text ?? "");
    if (!listing || e.kind !== "DataSent" || e.to.host !== CLIENT || e.channel !== "data") continue;
    const key = e.conn ?? -1;
    const lines = ((tails.get(key) ?? "") + (e.text ?? "")).split("\n");
    tails.set(key, lines.pop() ?? "");
    lines.forEach(add);
  }
  // The last line of a listing may lack its newline.
  tails.forEach(add);
  return [...names].sort();
}

/** The name in a `ls -l` line (after the 8 fields before it) or an NLST line (the whole line). */
function nameOf(line: string): string {
  const l = line.trim();
  if (!l) return "";
  const long = /^[-dlbcps][-rwxsStT]{9}\S*\s+\d+\s+\S+\s+\S+\s+\d+\s+\S+\s+\S+\s+\S+\s(.+)$/.exec(l);
  if (long) return long[1]!.replace(/ -> .*$/, "");
  return /^total \d+$/.test(l) ? "" : l;
}

const SECRET_PROMPT = /pass(word)?|contraseña/i;

function isSecret(e: TraceEntry): boolean {
  return e.note?.key === "sim.secretTyped";
}

/** The client prints English; its note key says the same in the UI language (data lines have none). */
function printedText(e: TraceEntry, lang: Lang): string {
  if (lang === "en" || !e.note || !isMessageKey(e.note.key)) return e.text ?? "";
  return translate(lang, e.note.key, e.note.params);
}

function hidePassword(line: string): string {
  return /^PASS\b/i.test(line) ? "PASS XXXX" : line;
}

function splitLines(text: string): string[] {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  // A trailing newline ends the last line; it does not start an empty one.
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

function styleOf(rule: string | undefined): LineStyle {
  return rule === "error" ? "error" : "info";
}

function replyStyle(code: number): LineStyle {
  return hasReplyClass(code) ? (`reply-${replyClass(code)}` as LineStyle) : "info";
}

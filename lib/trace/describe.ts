/**
 * Words for one trace entry without the picture: its summary, its explanation, its endpoints, its class
 * (control, data, TCP, NAT, or an event at a host) and the connections of a trace. The packet list shows
 * these as columns and the narration says them as one sentence. Pure.
 */
import { verbHelpKey } from "../ftp/verb-help";
import { hostName, isMessageKey, translate, type Lang, type MessageKey, type Params } from "../i18n/core";
import type { TraceEnd, TraceEntry } from "./types";

export type EntryClass = "control" | "data" | "tcp" | "nat" | "event";
export const ENTRY_CLASSES: readonly EntryClass[] = ["control", "data", "tcp", "nat", "event"];

const firstLine = (text: string | undefined): string =>
  (text ?? "").split(/\r?\n/, 1)[0]!.replace(/\s+/g, " ").trim();

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** Which kind of traffic an entry is, for filtering: by what crossed the wire, not by colour. */
export function entryClass(e: TraceEntry): EntryClass {
  switch (e.kind) {
    case "NatTranslated":
      return "nat";
    case "CommandSent":
    case "ReplySent":
      return "control";
    case "DataSent":
    case "DatagramSent":
      return "data";
    case "SegmentSent":
    case "ConnectionRefused":
    case "ConnectTimedOut":
      return "tcp";
    case "SegmentDropped":
      // A dropped bare segment is TCP; a dropped payload belongs to its channel.
      return e.text !== undefined && e.channel ? e.channel : "tcp";
    default:
      return "event";
  }
}

/** A host's name in the UI language (a host the catalogue does not know keeps its own name). */
export { hostName };

/**
 * A rule or tunable as the learner reads it: a host or link id inside it ("nat:client-router:masquerade")
 * becomes its name ("nat · router del cliente · masquerade"); vsftpd's tunables keep their own names.
 */
export function ruleText(rule: string | undefined, lang: Lang): string {
  if (!rule) return "";
  const parts = rule.split(":");
  if (parts.length === 1) return rule;
  return parts.map((p) => translate(lang, "ui.name.of", { id: p })).join(" · ");
}

/** "Client 192.168.1.10:40123": the lifeline and the address:port seen on that link. */
export function endText(end: TraceEnd, lang: Lang): string {
  const where = end.addr !== undefined ? `${end.addr}${end.port !== undefined ? `:${end.port}` : ""}` : "";
  const port = !where && end.port !== undefined ? `:${end.port}` : "";
  return [hostName(end.host, lang), where || port].filter(Boolean).join(" ");
}

/** What crossed or happened, in a few words (the protocol text as it is, the rest in the UI language). */
export function summary(e: TraceEntry, lang: Lang): string {
  const t = (key: MessageKey, params?: Params) => translate(lang, key, params);
  switch (e.kind) {
    case "CommandSent":
    case "ReplySent":
      return firstLine(e.text);
    case "SegmentSent":
      return t("ui.say.segment", { flags: e.flags || "" }).trim();
    case "DataSent": {
      const line = firstLine(e.text);
      const size = t("ui.say.data", { n: e.bytes ?? 0 });
      return line ? `${size}: “${clip(line, 40)}”` : size;
    }
    case "DatagramSent": {
      const line = firstLine(e.text);
      const size = t("ui.say.datagram", { n: e.bytes ?? 0 });
      return line ? `${size}: “${clip(line, 40)}”` : size;
    }
    case "SegmentDropped":
      return t("ui.say.dropped", { flags: e.flags ?? firstLine(e.text) })
        .replace(/\s+/g, " ")
        .trim();
    case "NatTranslated": {
      if (e.after?.text !== undefined && e.before?.text !== e.after.text)
        return t("ui.say.alg", { before: firstLine(e.before?.text), after: firstLine(e.after.text) });
      return t("ui.say.nat", {
        before: `${e.before?.src ?? "?"} → ${e.before?.dst ?? "?"}`,
        after: `${e.after?.src ?? "?"} → ${e.after?.dst ?? "?"}`,
      });
    }
    case "CommandTyped":
      // A password is not echoed: its note says so, and the sentence says only that a line was typed.
      return e.text ? t("ui.say.typed", { text: e.text }) : t("ui.kind.CommandTyped");
    case "ClientPrinted": {
      // The note is the printed line in the UI language (the client itself prints English).
      const said = e.note ? translate(lang, e.note.key, e.note.params) : e.text;
      return t("ui.say.printed", { text: clip(firstLine(said), 80) });
    }
    default:
      return t(`ui.kind.${e.kind}`);
  }
}

/**
 * The explanation the deciding code attached, or "". With `rule`, also the rule or tunable that decided
 * (a table column shows it; a spoken sentence would only stumble over "nat:client-router:masquerade").
 */
export function explanation(e: TraceEntry, lang: Lang, opts: { rule?: boolean } = {}): string {
  // A printed line's note is the line itself and its rule only a category (prompt, listing).
  if (e.kind === "ClientPrinted") return "";
  const note = e.note ? translate(lang, e.note.key, e.note.params) : "";
  const rule = opts.rule && e.rule && !note.includes(e.rule) ? ruleText(e.rule, lang) : "";
  return [note, rule].filter(Boolean).join(" · ");
}

const tuple = (s: string) => s.split(",").map(Number);

/** Replies and commands that announce an address to connect to: what they announce, in words. */
const ANNOUNCES: readonly {
  readonly re: RegExp;
  readonly key: MessageKey;
  read(m: RegExpMatchArray): Params;
}[] = [
  {
    re: /^227 .*?(\d+,\d+,\d+,\d+,\d+,\d+)/,
    key: "ui.say.pasv",
    read: (m) => {
      const n = tuple(m[1]!);
      return { addr: n.slice(0, 4).join("."), port: n[4]! * 256 + n[5]! };
    },
  },
  { re: /^229 .*\(\|\|\|(\d+)\|\)/, key: "ui.say.epsv", read: (m) => ({ port: m[1]! }) },
  {
    re: /^PORT (\d+,\d+,\d+,\d+,\d+,\d+)/i,
    key: "ui.say.port",
    read: (m) => {
      const n = tuple(m[1]!);
      return { addr: n.slice(0, 4).join("."), port: n[4]! * 256 + n[5]! };
    },
  },
  {
    re: /^EPRT \|[12]\|([^|]+)\|(\d+)\|/i,
    key: "ui.say.port",
    read: (m) => ({ addr: m[1]!, port: m[2]! }),
  },
];

/**
 * Without a note of its own, an entry is explained by what it announces (PORT, 227…), else a reply by
 * what its code means and a command by what its verb does.
 */
export function meaning(e: TraceEntry, lang: Lang): string {
  const line = (e.text ?? "").split(/\r?\n/, 1)[0]!;
  for (const a of ANNOUNCES) {
    const m = line.match(a.re);
    if (m) return translate(lang, a.key, a.read(m));
  }
  // A command says what its verb does, in the words of the server's verb table (its HELP text).
  if (e.kind === "CommandSent") {
    if (!e.verb) return "";
    const key = verbHelpKey(e.verb);
    return key ? translate(lang, key) : "";
  }
  if (e.kind !== "ReplySent" || e.code === undefined) return "";
  const key = `code.${e.code}`;
  return isMessageKey(key) ? translate(lang, key) : "";
}

export interface ConnectionView {
  readonly id: number;
  readonly channel?: TraceEntry["channel"];
  /** The two ends as the first packet of the connection saw them (client side first). */
  readonly a: string;
  readonly b: string;
}

/** Every TCP connection of the trace, in order of first appearance. O(n). */
export function connections(trace: readonly TraceEntry[], lang: Lang): ConnectionView[] {
  const seen = new Map<number, ConnectionView>();
  for (const e of trace) {
    if (e.conn === undefined || seen.has(e.conn) || e.from.host === e.to.host) continue;
    seen.set(e.conn, {
      id: e.conn,
      ...(e.channel ? { channel: e.channel } : {}),
      a: endText(e.from, lang),
      b: endText(e.to, lang),
    });
  }
  return [...seen.values()];
}

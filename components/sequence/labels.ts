/**
 * The words drawn on each row: a main label (what crossed, or what happened) and a sub label (the
 * channel and ports, a reply's class and meaning, a drop's reason). Pure; the inspector shows the rest.
 */
import { replyClass } from "@/lib/ftp/reply-codes";
import { isMessageKey, translate, type Lang, type MessageKey } from "@/lib/i18n/core";
import type { TraceEntry } from "@/lib/trace/types";
import { ruleText } from "@/lib/trace/describe";
import type { Row } from "./rows";

export interface RowText {
  readonly main: string;
  readonly sub: string;
  /** CSS modifier: control, data, tcp, reply-1…reply-5, drop, nat, note, typed. */
  readonly tone: string;
}

/** Shows line ends as ␍␊ would be the inspector's job; here we only need the first line. */
export const firstLine = (text: string | undefined): string => (text ?? "").split(/\r?\n/, 1)[0] ?? "";

function ports(e: TraceEntry): string {
  const a = e.from.port !== undefined ? `:${e.from.port}` : "";
  const b = e.to.port !== undefined ? `:${e.to.port}` : "";
  return a || b ? `${a} → ${b}` : "";
}

const join = (...parts: string[]) => parts.filter(Boolean).join(" · ");
const typedLine = (prompt: string, text: string) => [prompt, text].filter(Boolean).join(" ");

export function rowText(row: Row, lang: Lang): RowText {
  const e = row.entry;
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const channel = e.channel ? t(`ui.channel.${e.channel}`) : "";
  const note = e.note ? t(e.note.key, e.note.params) : "";
  if (row.fold)
    return {
      main: t(row.fold === "connect" ? "ui.seq.connect" : "ui.seq.close"),
      sub: join(channel, ports(e), row.flags.join(" / ")),
      tone: "tcp",
    };
  switch (e.kind) {
    case "SegmentSent":
      return { main: e.flags || "TCP", sub: join(channel, ports(e)), tone: "tcp" };
    case "CommandSent":
      return { main: firstLine(e.text), sub: join(channel, ports(e)), tone: "control" };
    case "ReplySent": {
      const code = e.code ?? 0;
      const cls = replyClass(code);
      const meaning = `code.${code}`;
      return {
        main: firstLine(e.text),
        sub: join(`${cls}xx`, isMessageKey(meaning) ? t(meaning) : "", channel, ports(e)),
        tone: `reply-${cls}`,
      };
    }
    case "DataSent":
    case "DatagramSent": {
      const size = t("ui.seq.bytes", { n: e.bytes ?? 0 });
      const line = firstLine(e.text).replace(/\s+/g, " ");
      const preview = line ? `“${line.length > 30 ? `${line.slice(0, 29)}…` : line}”` : "";
      return { main: join(size, preview), sub: join(channel, ports(e)), tone: "data" };
    }
    case "SegmentDropped":
      return {
        main: `✕ ${t("ui.seq.dropped")} ${e.flags ?? ""}`.trim(),
        sub: note || ruleText(e.rule, lang),
        tone: "drop",
      };
    case "NatTranslated": {
      const before = e.before?.text ? firstLine(e.before.text) : (e.before?.src ?? "");
      const after = e.after?.text ? firstLine(e.after.text) : (e.after?.src ?? "");
      const what =
        e.after?.text && e.before?.text !== e.after.text ? t("ui.seq.algRewrote") : t("ui.seq.nat");
      return {
        main: `${what}: ${before} → ${after}`,
        sub: join(
          e.before && !e.before.text
            ? `${e.before.src} → ${e.before.dst}  ⇒  ${e.after?.src} → ${e.after?.dst}`
            : "",
          note,
        ),
        tone: "nat",
      };
    }
    case "CommandTyped":
      // As the terminal shows it: the prompt that was waiting, then what was echoed (a password is not).
      return { main: typedLine(row.prompt ?? "ftp>", e.text ?? ""), sub: note, tone: "typed" };
    case "ClientPrinted":
      const printed = firstLine(e.text).replace(/\s+/g, " ");
      return { main: printed, sub: note.trim() === printed.trim() ? "" : note, tone: "note" };
    case "ConnectionRefused":
    case "ConnectTimedOut":
      return { main: `✕ ${t(`ui.kind.${e.kind}`)}`, sub: note || ruleText(e.rule, lang), tone: "drop" };
    default:
      // The explanation is the news; the kind and the rule are its caption.
      return {
        main: note || t(`ui.kind.${e.kind}`),
        sub: note ? t(`ui.kind.${e.kind}`) : ruleText(e.rule, lang),
        tone: "note",
      };
  }
}

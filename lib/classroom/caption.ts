/**
 * The presenter's caption for the entry at the cursor: a headline (what this message is) and an
 * explanation (the note the deciding engine left, else the meaning of the reply code here, else what
 * the TCP flags do). Pure: the same entry always reads the same, in either language.
 */
import { explainReply } from "../ftp/explain";
import { isMessageKey, hostName, translate, type Lang } from "../i18n";
import { lastCommandBefore } from "../trace/query";
import type { Trace, TraceEntry } from "../trace/types";

export interface Caption {
  readonly headline: string;
  readonly detail: string;
}

const firstLine = (s: string | undefined) => (s ?? "").split(/\r?\n/)[0]?.trim() ?? "";

function headline(e: TraceEntry, lang: Lang): string {
  const kind = translate(lang, `ui.kind.${e.kind}`);
  const what =
    e.kind === "SegmentSent" || e.kind === "SegmentDropped"
      ? (e.flags ?? "")
      : e.kind === "DataSent"
        ? translate(lang, "ui.seq.bytes", { n: e.bytes ?? 0 })
        : firstLine(e.text);
  const name = (h: string) => hostName(h, lang);
  const route = e.from.host === e.to.host ? name(e.from.host) : `${name(e.from.host)} → ${name(e.to.host)}`;
  return [kind, what].filter(Boolean).join(": ") + ` (${route})`;
}

function detail(trace: Trace, e: TraceEntry, lang: Lang): string {
  if (e.note) return translate(lang, e.note.key, e.note.params);
  if (e.kind === "ReplySent" && e.code !== undefined)
    return explainReply(e.code, e.text ?? "", lang, {
      command: firstLine(lastCommandBefore(trace, e.seq)?.text),
    });
  const verb = `lesson.ui.verb.${e.verb}`;
  if (e.kind === "CommandSent" && e.verb && isMessageKey(verb)) return translate(lang, verb);
  const flag = `lesson.ui.flag.${(e.flags ?? "").replace(/,?PSH/, "").replace(",", "-")}`;
  if (e.kind === "SegmentSent" && isMessageKey(flag)) return translate(lang, flag);
  return "";
}

export function captionFor(trace: Trace, cursor: number, lang: Lang): Caption | null {
  const e = trace[cursor];
  if (!e) return null;
  return { headline: headline(e, lang), detail: detail(trace, e, lang) };
}

/**
 * The presenter's caption for the entry at the cursor: a headline (what this message is) and an
 * explanation (the note the deciding engine left, else the meaning of the reply code here, else what
 * the TCP flags do). Pure: the same entry always reads the same, in either language.
 */
import { explainReply } from "../ftp/explain";
import { hasKey, hostName, translate, type Lang } from "../i18n";
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
  if (e.kind === "CommandSent" && e.verb && hasKey(`lesson.ui.verb.${e.verb}`))
    return translate(lang, `lesson.ui.verb.${e.verb}`);
  const flag = (e.flags ?? "").replace(/,?PSH/, "").replace(",", "-");
  if (e.kind === "SegmentSent" && hasKey(`lesson.ui.flag.${flag}`))
    return translate(lang, `lesson.ui.flag.${flag}`);
  return "";
}

export function captionFor(trace: Trace, cursor: number, lang: Lang): Caption | null {
  const e = trace[cursor];
  if (!e) return null;
  return { headline: headline(e, lang), detail: detail(trace, e, lang) };
}

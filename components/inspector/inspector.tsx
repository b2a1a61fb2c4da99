"use client";
/**
 * Everything recorded about one entry: what, when, from → to with addresses, the exact bytes (CR LF
 * visible) and their hex, TCP details, the explanation and the rule, and a reply's class and meaning.
 */
import type { TraceEntry } from "@/lib/trace/types";
import { endText, ruleText } from "@/lib/trace/describe";
import { useLang } from "@/components/i18n/lang-context";
import { isMessageKey, type MessageKey } from "@/lib/i18n/core";
import { bytesOf, hexDump, splitControls, type Piece } from "./bytes";
import styles from "./inspector.module.css";

export interface InspectorProps {
  readonly entry: TraceEntry | undefined;
  /** True when the entry shown is one the user clicked rather than the cursor's. */
  readonly pinned: boolean;
  readonly onUnpin: () => void;
}

export function Inspector({ entry, pinned, onUnpin }: InspectorProps) {
  const { t, lang } = useLang();
  if (!entry)
    return (
      <section className={styles.inspector} aria-label={t("ui.insp.title")} tabIndex={0}>
        <h2 className={styles.title}>{t("ui.insp.title")}</h2>
        <p className={styles.dim}>{t("ui.insp.none")}</p>
      </section>
    );
  const e = entry;
  const end = (x: TraceEntry["from"]) => endText(x, lang);
  const rows: [string, React.ReactNode][] = [];
  const add = (key: MessageKey, value: React.ReactNode) => {
    if (value !== undefined && value !== "") rows.push([t(key), value]);
  };
  add("ui.insp.kind", t(`ui.kind.${e.kind}`));
  add("ui.insp.time", `${e.t} ms · ${t("ui.insp.stepN", { n: e.step + 1 })}`);
  add("ui.insp.fromTo", e.from.host === e.to.host ? end(e.from) : `${end(e.from)} → ${end(e.to)}`);
  if (e.code !== undefined) {
    // A code of an imported trace may be one no row describes: then the number alone.
    const code = `code.${e.code}`;
    const cls = `class.${Math.floor(e.code / 100)}`;
    add("ui.insp.code", isMessageKey(code) ? `${e.code}: ${t(code)}` : String(e.code));
    if (isMessageKey(cls)) add("ui.insp.class", t(cls));
  }
  if (e.channel) add("ui.insp.channel", t(`ui.channel.${e.channel}`));
  if (e.conn !== undefined && e.from.addr && e.to.addr)
    add("ui.insp.tuple", `#${e.conn}  ${e.from.addr}:${e.from.port} ⇄ ${e.to.addr}:${e.to.port}`);
  add("ui.insp.flags", e.flags);
  if (e.seqNo !== undefined || e.ackNo !== undefined)
    add("ui.insp.seqAck", `seq=${e.seqNo ?? "–"}  ack=${e.ackNo ?? "–"}`);
  if (e.bytes !== undefined) add("ui.insp.size", t("ui.seq.bytes", { n: e.bytes }));
  if (e.note) add("ui.insp.note", t(e.note.key, e.note.params));
  // A printed line's "rule" is only its category (prompt, listing): nothing the learner needs.
  if (e.kind !== "ClientPrinted" && e.rule)
    add(
      "ui.insp.rule",
      <code translate="no" lang="en">
        {ruleText(e.rule, lang)}
      </code>,
    );
  const hasBytes = Boolean(e.text || e.b64);
  const bytes = hasBytes ? bytesOf(e) : null;
  return (
    <section className={styles.inspector} aria-label={t("ui.insp.title")} tabIndex={0}>
      <h2 className={styles.title}>
        {t("ui.insp.title")} <span className={styles.seq}>#{e.seq}</span>
        {pinned && (
          <button type="button" className={styles.unpin} onClick={onUnpin}>
            {t("ui.insp.followCursor")}
          </button>
        )}
      </h2>
      <dl className={styles.fields} data-testid="inspector">
        {rows.map(([k, v]) => (
          <div key={k} className={styles.field}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {e.before && e.after && (
        <div className={styles.block}>
          <h3>{t("ui.insp.rewrite")}</h3>
          <pre className={styles.pre} translate="no">
            {`${e.before.src} → ${e.before.dst}\n⇒ ${e.after.src} → ${e.after.dst}`}
            {e.before.text !== undefined && `\n\n${t("ui.insp.before")}: `}
            {e.before.text !== undefined && <Exact text={e.before.text} />}
            {e.before.text !== undefined && `\n${t("ui.insp.after")}: `}
            {e.before.text !== undefined && <Exact text={e.after.text ?? ""} />}
          </pre>
        </div>
      )}
      {hasBytes && (
        <div className={styles.block}>
          <h3>{t("ui.insp.bytes")}</h3>
          {e.text !== undefined && (
            <pre className={styles.pre} data-testid="exact-bytes" translate="no">
              <Exact text={e.text} />
            </pre>
          )}
          <details>
            <summary>{t("ui.insp.hex")}</summary>
            <pre className={`${styles.pre} ${styles.hex}`} translate="no">
              {bytes && hexDump(bytes)}
            </pre>
          </details>
        </div>
      )}
    </section>
  );
}

/** Exact text with CR and LF as visible badges; a line still breaks after LF. */
function Exact({ text }: { text: string }) {
  return splitControls(text).map((p: Piece, i) =>
    "text" in p ? (
      <span key={i}>{p.text}</span>
    ) : (
      <span key={i}>
        <abbr className={styles.control} title={p.control}>
          {p.control}
        </abbr>
        {p.control === "LF" ? "\n" : ""}
      </span>
    ),
  );
}

"use client";
/**
 * The packet list: the diagram as a table, one row per entry up to the cursor (number, time, from → to
 * with addresses and ports, channel, summary, explanation). It is the diagram's text alternative and a
 * Wireshark-like view for sighted users. The current row follows the cursor and moves it: ↑/↓, Home/End,
 * Enter or a click; F (or the button) follows the connection of the entry at the cursor.
 */
import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import {
  ENTRY_CLASSES,
  connections,
  endText,
  entryClass,
  explanation,
  meaning,
  summary,
  type EntryClass,
} from "@/lib/trace/describe";
import type { TraceEntry } from "@/lib/trace/types";
import { useLang } from "@/components/i18n/lang-context";
import { moveInList, passes, type ListFilter } from "./filter";
import styles from "./packet-list.module.css";

export interface PacketListProps {
  readonly trace: readonly TraceEntry[];
  readonly cursor: number;
  readonly onCursor: (seq: number) => void;
}

interface Described {
  readonly e: TraceEntry;
  readonly cls: EntryClass;
  readonly route: string;
  readonly summary: string;
  readonly explanation: string;
}

/** Class marks drawn next to the class name, so the channel never rests on colour alone. */
const MARK: Readonly<Record<EntryClass, string>> = {
  control: "▤",
  data: "◆",
  tcp: "○",
  nat: "⇄",
  event: "·",
};

const Row = memo(function Row({
  d,
  current,
  focusable,
  classLabel,
  onPick,
}: {
  d: Described;
  current: boolean;
  focusable: boolean;
  classLabel: string;
  onPick: (seq: number) => void;
}) {
  return (
    <tr
      data-seq={d.e.seq}
      data-class={d.cls}
      data-testid="packet-row"
      aria-current={current ? "step" : undefined}
      tabIndex={focusable ? 0 : -1}
      className={`${styles.row} ${styles[`c-${d.cls}`]} ${current ? styles.current : ""}`}
      onClick={() => onPick(d.e.seq)}
    >
      <td className={styles.num}>
        <span aria-hidden="true" className={styles.pointer}>
          {current ? "▶" : ""}
        </span>
        {d.e.seq}
      </td>
      <td className={styles.time}>{Number(d.e.t.toFixed(1))}</td>
      <td className={styles.route}>{d.route}</td>
      <td className={styles.cls}>
        <span aria-hidden="true">{MARK[d.cls]} </span>
        {classLabel}
      </td>
      <td className={styles.summary}>{d.summary}</td>
      <td className={styles.explanation}>{d.explanation}</td>
    </tr>
  );
});

export function PacketList({ trace, cursor, onCursor }: PacketListProps) {
  const { lang, t } = useLang();
  const [classes, setClasses] = useState<ReadonlySet<EntryClass>>(() => new Set(ENTRY_CLASSES));
  const [conn, setConn] = useState<number | null>(null);
  const filter: ListFilter = useMemo(() => ({ classes, conn }), [classes, conn]);
  const body = useRef<HTMLTableSectionElement>(null);
  /** A key in the list moved the cursor: focus goes to the new row (the old one may have left the DOM). */
  const keyMoved = useRef(false);

  // Described once per trace and language; stepping only picks a prefix.
  const described = useMemo<Described[]>(
    () =>
      trace.map((e) => ({
        e,
        cls: entryClass(e),
        route:
          e.from.host === e.to.host
            ? endText(e.from, lang)
            : `${endText(e.from, lang)} → ${endText(e.to, lang)}`,
        summary: summary(e, lang),
        explanation: explanation(e, lang, { rule: true }) || meaning(e, lang),
      })),
    [trace, lang],
  );
  const conns = useMemo(() => connections(trace.slice(0, cursor + 1), lang), [trace, cursor, lang]);
  const shown = useMemo(
    () => described.slice(0, cursor + 1).filter((d) => passes(d.e, filter)),
    [described, cursor, filter],
  );
  const focusSeq = shown.some((d) => d.e.seq === cursor) ? cursor : (shown[shown.length - 1]?.e.seq ?? -1);
  const classLabel = (c: EntryClass) => t(`ui.list.class.${c}`);
  const here = trace[cursor];

  // Focus follows the cursor while it is in the list, and the current row stays in view.
  useEffect(() => {
    const row = body.current?.querySelector<HTMLElement>(`tr[data-seq="${focusSeq}"]`);
    if (!row) return;
    row.scrollIntoView({ block: "nearest" });
    const inList = keyMoved.current || body.current?.contains(document.activeElement);
    keyMoved.current = false;
    if (inList && document.activeElement !== row) row.focus();
  }, [focusSeq]);

  const go = (to: "next" | "previous" | "first" | "last") => {
    const seq = moveInList(trace, cursor, filter, to);
    if (seq === null) return;
    keyMoved.current = true;
    onCursor(seq);
  };
  const follow = () => setConn(here?.conn ?? null);

  const onKey = (ev: KeyboardEvent<HTMLTableSectionElement>) => {
    if (ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const act: Record<string, () => void> = {
      ArrowDown: () => go("next"),
      ArrowUp: () => go("previous"),
      Home: () => go("first"),
      End: () => go("last"),
      Enter: () => {
        const seq = Number((ev.target as HTMLElement).closest("tr")?.dataset.seq);
        if (Number.isInteger(seq)) onCursor(seq);
      },
      f: follow,
      F: follow,
    };
    const run = act[ev.key];
    if (!run) return;
    ev.preventDefault();
    ev.stopPropagation(); // the workbench's own Home/End would ignore the filter
    run();
  };

  const toggle = (c: EntryClass) =>
    setClasses((old) => {
      const next = new Set(old);
      if (!next.delete(c)) next.add(c);
      return next;
    });

  return (
    <div className={styles.list} data-testid="packet-list">
      <div className={styles.filters}>
        <fieldset className={styles.classes}>
          <legend>{t("ui.list.filter.classes")}</legend>
          {ENTRY_CLASSES.map((c) => (
            <label key={c} className={`${styles.classOption} ${styles[`c-${c}`]}`}>
              <input type="checkbox" checked={classes.has(c)} onChange={() => toggle(c)} />
              <span aria-hidden="true">{MARK[c]}</span> {classLabel(c)}
            </label>
          ))}
        </fieldset>
        <label className={styles.conn}>
          {t("ui.list.filter.conn")}{" "}
          <select
            value={conn ?? ""}
            onChange={(ev) => setConn(ev.currentTarget.value === "" ? null : Number(ev.currentTarget.value))}
          >
            <option value="">{t("ui.list.conn.all")}</option>
            {conns.map((c) => (
              <option key={c.id} value={c.id}>
                {t("ui.list.conn.item", {
                  id: c.id,
                  channel: c.channel ? t(`ui.channel.${c.channel}`) : t("ui.list.conn.noChannel"),
                  a: c.a,
                  b: c.b,
                })}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className={styles.follow}
          onClick={follow}
          disabled={here?.conn === undefined}
          title={here?.conn === undefined ? t("ui.list.followNone") : undefined}
        >
          {t("ui.list.follow")} <kbd>F</kbd>
        </button>
      </div>
      <p className={styles.help}>{t("ui.list.help")}</p>
      <div className={styles.scroller}>
        <table className={styles.table}>
          <caption className={styles.caption}>
            {t("ui.list.caption", { shown: shown.length, total: Math.min(trace.length, cursor + 1) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("ui.list.col.no")}</th>
              <th scope="col">{t("ui.list.col.time")}</th>
              <th scope="col">{t("ui.list.col.route")}</th>
              <th scope="col">{t("ui.list.col.channel")}</th>
              <th scope="col">{t("ui.list.col.summary")}</th>
              <th scope="col">{t("ui.list.col.explanation")}</th>
            </tr>
          </thead>
          <tbody ref={body} onKeyDown={onKey}>
            {shown.map((d) => (
              <Row
                key={d.e.seq}
                d={d}
                current={d.e.seq === cursor}
                focusable={d.e.seq === focusSeq}
                classLabel={classLabel(d.cls)}
                onPick={onCursor}
              />
            ))}
          </tbody>
        </table>
        {shown.length === 0 && <p className={styles.empty}>{t("ui.list.empty")}</p>}
      </div>
    </div>
  );
}

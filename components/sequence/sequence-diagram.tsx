"use client";
/**
 * The sequence diagram: a sticky header of lifelines (host name + addresses) above a scrolling svg.
 * React owns the scroll window and the svg's size; d3 (in a layout effect) owns the rows inside it.
 */
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { TraceEntry } from "@/lib/trace/types";
import { useLang } from "@/components/i18n/lang-context";
import { hostName } from "@/lib/i18n/core";
import type * as Draw from "./draw";
import type { Placed } from "./draw";
import { follow } from "./follow";
import { GUTTER, ROW_H, rowAt, rowTops } from "./layout";
import { StaticRows } from "./static-rows";
import { lifelines, revealedCount, type Row } from "./rows";
import styles from "./sequence-diagram.module.css";

export interface SequenceDiagramProps {
  readonly trace: readonly TraceEntry[];
  /** seq of the last entry shown. */
  readonly cursor: number;
  /** Hosts in topology order with their addresses (for the lifeline heads). */
  readonly hosts: readonly { readonly name: string; readonly addrs: readonly string[] }[];
  /** buildRows(trace, fold), computed by the owner because stepping uses the same rows. */
  readonly rows: readonly Row[];
  readonly selected: number | null;
  readonly onSelect: (seq: number) => void;
}

const OVERSCAN = 6;
const MARKERS = ["control", "data", "tcp"] as const;

/** Focus in the terminal or a form field: the learner is typing there, the page must not jump away. */
function isTyping(el: Element | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable || el.closest(".xterm") || el.tagName === "TEXTAREA") return true;
  return el instanceof HTMLInputElement && !["range", "checkbox", "radio", "button"].includes(el.type);
}

function useSize(ref: React.RefObject<HTMLElement | null>) {
  const [size, setSize] = useState({ width: 800, height: 400 });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setSize({ width: el.clientWidth, height: el.clientHeight }));
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size;
}

export function SequenceDiagram({ trace, cursor, hosts, rows, selected, onSelect }: SequenceDiagramProps) {
  const { lang, t, complete } = useLang();
  const scroller = useRef<HTMLDivElement>(null);
  const rowsG = useRef<SVGGElement>(null);
  const lastCursor = useRef(cursor);
  const { width, height } = useSize(scroller);
  const [scrollTop, setScrollTop] = useState(0);
  const uid = useId().replace(/:/g, "");
  /**
   * d3 (motion, the keyed join) loads after the first screen: until it is here the rows are the static
   * ones rendered by React (with the page, at build time), and stepping moves them without animation.
   * When it arrives it takes those rows over instead of drawing them again (draw.ts adoptRows).
   */
  const [d3, setD3] = useState<typeof Draw | null>(null);
  useEffect(() => {
    let gone = false;
    void import("./draw").then((m) => {
      if (!gone) setD3(m);
    });
    return () => {
      gone = true;
    };
  }, []);
  const staticGroup = useRef<SVGGElement | null>(null);
  const keepStaticGroup = useCallback((el: SVGGElement | null) => {
    if (el) staticGroup.current = el;
  }, []);

  const lanes = useMemo(
    () =>
      lifelines(
        trace,
        hosts.map((h) => h.name),
      ),
    [trace, hosts],
  );
  const revealed = revealedCount(rows, cursor);
  const current = revealed - 1;
  const colW = (width - GUTTER) / Math.max(1, lanes.length);
  const xOf = useMemo(() => {
    const index = new Map(lanes.map((h, i) => [h, i]));
    return (h: string) => GUTTER + colW * ((index.get(h) ?? 0) + 0.5);
  }, [lanes, colW]);

  // Rows are as tall as their wrapped explanations: their tops are a running sum, found by bisection.
  const tops = useMemo(() => rowTops(rows, { width, xOf, lang }), [rows, width, xOf, lang]);
  const start = Math.max(0, rowAt(tops, scrollTop) - OVERSCAN);
  const end = Math.min(revealed, rowAt(tops, scrollTop + height) + 1 + OVERSCAN);
  // Half a row of air below the last arrow, so the newest one is not glued to the panel's edge.
  const svgH = Math.max((tops[revealed] ?? 0) + ROW_H / 2, height - 4);

  /*
   * Where the box is, known without asking the browser during a step: asking (scrollTop,
   * getBoundingClientRect) right after the step's changes makes it lay the whole page out on the spot,
   * the largest part of a step on a slow laptop. The scroll offset is the last one seen or set; the
   * window sees the whole box unless the intersection observer said otherwise; only then is the box's
   * place in the window read.
   */
  const boxScroll = useRef(0);
  const wholeBoxShown = useRef(false);
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const io = new IntersectionObserver(
      ([e]) => {
        wholeBoxShown.current =
          !!e && e.isIntersecting && e.intersectionRect.height >= e.boundingClientRect.height - 0.5;
      },
      { threshold: [0, 1] },
    );
    io.observe(el);
    return () => io.disconnect();
  }, []);

  const placed = useMemo(() => {
    const out: Placed[] = [];
    for (let i = start; i < end; i++) out.push({ row: rows[i]!, index: i, top: tops[i]! });
    return out;
  }, [rows, tops, start, end]);
  const markerId = useCallback((tone: string) => `${uid}-m-${tone}`, [uid]);
  const lanesKey = lanes.join("|");
  const staticCtx = useMemo(
    () => ({ width, xOf, lang, markerId, styles, lanes: lanesKey, wordsComplete: complete }),
    [width, xOf, lang, markerId, lanesKey, complete],
  );

  // Before the paint: the commit that removes the static rows never shows an empty diagram.
  useLayoutEffect(() => {
    const g = rowsG.current;
    if (!g || !d3) {
      // Steps taken before d3 arrived are not animated when it does.
      lastCursor.current = cursor;
      return;
    }
    const from = staticGroup.current;
    if (from && !from.isConnected) {
      staticGroup.current = null;
      d3.adoptRows(g, from, placed, onSelect);
    }
    const motion = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    d3.drawRows(g, placed, {
      width,
      xOf,
      lang,
      lanes: lanesKey,
      wordsComplete: complete,
      current,
      selected,
      animateAbove: lastCursor.current,
      motion,
      markerId,
      styles,
      onSelect,
    });
    lastCursor.current = cursor;
  }, [d3, placed, width, xOf, lanesKey, lang, complete, current, selected, cursor, markerId, onSelect]);

  // Keep the cursor's row on screen: in the part of the box the window shows (follow.ts), from the
  // geometry kept above (no layout is read while the window shows the whole box).
  useEffect(() => {
    const el = scroller.current;
    if (!el || current < 0) return;
    const rowTop = tops[current] ?? 0;
    const whole = wholeBoxShown.current;
    const move = follow({
      rowTop,
      rowH: (tops[current + 1] ?? rowTop + ROW_H) - rowTop,
      scrollTop: boxScroll.current,
      clientHeight: height,
      // The svg's new height may not be laid out yet: the rows drawn so far say how tall it will be.
      scrollHeight: Math.max(svgH, height),
      // The whole box on screen: the band the window shows is the box itself.
      boxTop: whole ? 0 : el.getBoundingClientRect().top,
      viewportH: whole ? height : window.innerHeight,
      mayScrollPage: !isTyping(document.activeElement),
    });
    if (move.scrollTop !== undefined) el.scrollTop = boxScroll.current = move.scrollTop;
    if (move.pageBy) window.scrollBy({ top: move.pageBy, behavior: "instant" });
  }, [current, revealed, height, rows, tops, svgH]);

  return (
    <section
      className={styles.diagram}
      aria-label={t("ui.seq.title")}
      // Focus comes back here after a choice on the strip, so the stepping keys are the workbench's.
      tabIndex={-1}
      data-diagram-home=""
    >
      <div className={styles.heads} aria-hidden="true">
        {lanes.map((h) => {
          const info = hosts.find((x) => x.name === h);
          return (
            <div key={h} className={styles.head} style={{ left: xOf(h), maxWidth: colW - 6 }}>
              <strong>{hostName(h, lang)}</strong>
              <span>{info?.addrs.join(" · ")}</span>
            </div>
          );
        })}
      </div>
      <div
        ref={scroller}
        className={styles.scroller}
        // Focusable so a keyboard can scroll the drawn rows (↑/↓, PageUp/PageDown) like any scrolled box.
        tabIndex={0}
        onScroll={(ev) => {
          boxScroll.current = ev.currentTarget.scrollTop;
          setScrollTop(boxScroll.current);
        }}
      >
        <svg
          data-testid="sequence-diagram"
          width={width}
          height={svgH}
          role="img"
          aria-label={t("ui.seq.summary", { shown: revealed, total: rows.length })}
        >
          <defs>
            {MARKERS.flatMap((m) => [
              <marker
                key={m}
                id={`${uid}-m-${m}`}
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerWidth="7"
                markerHeight="7"
                orient="auto"
              >
                <path d="M0,0 L10,5 L0,10 z" className={styles[`head-${m}`]} />
              </marker>,
              <marker
                key={`${m}-back`}
                id={`${uid}-m-${m}-back`}
                viewBox="0 0 10 10"
                refX="1"
                refY="5"
                markerWidth="7"
                markerHeight="7"
                orient="auto"
              >
                <path d="M10,0 L0,5 L10,10 z" className={styles[`head-${m}`]} />
              </marker>,
            ])}
          </defs>
          <g>
            {lanes.map((h) => (
              <line key={h} className={styles.lifeline} x1={xOf(h)} x2={xOf(h)} y1={0} y2={svgH} />
            ))}
          </g>
          {!d3 && (
            <StaticRows
              group={keepStaticGroup}
              placed={placed}
              ctx={staticCtx}
              current={current}
              selected={selected}
              onSelect={onSelect}
            />
          )}
          <g ref={rowsG} />
        </svg>
        {trace.length === 0 && <p className={styles.empty}>{t("ui.seq.empty")}</p>}
      </div>
    </section>
  );
}

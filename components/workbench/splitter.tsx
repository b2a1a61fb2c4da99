"use client";
/**
 * The splitter between the diagram and the terminal column (a WAI-ARIA window splitter): drag it, or
 * focus it and use ←/→ (Shift: 10 at a time), Home/End; its value is the terminal column's share of
 * the width, remembered across reloads. eightyColumns() is how wide the terminal must be for 80 columns.
 */
import { useEffect, useRef, useState, type CSSProperties } from "react";
import { useLang } from "@/components/i18n/lang-context";
import { TERMINAL_OPTIONS } from "@/components/terminal/theme";
import styles from "./workspace.module.css";

const KEY = "ftpviz.split";
export const SPLIT_MIN = 20;
export const SPLIT_MAX = 75;
const clamp = (p: number) => Math.round(Math.max(SPLIT_MIN, Math.min(SPLIT_MAX, p)));

function load(): number | null {
  try {
    const v = Number(window.localStorage.getItem(KEY));
    return Number.isFinite(v) && v >= SPLIT_MIN && v <= SPLIT_MAX ? v : null;
  } catch {
    return null;
  }
}

function store(p: number): void {
  try {
    window.localStorage.setItem(KEY, String(p));
  } catch {
    // not remembered; the split still applies now
  }
}

/** Pixels an 80-column terminal needs: 80 cells of its font, its padding and a scrollbar. */
export function eightyColumns(): number {
  const ctx = document.createElement("canvas").getContext("2d");
  const size = TERMINAL_OPTIONS.fontSize ?? 14;
  if (!ctx) return 80 * size * 0.62 + 40;
  ctx.font = `${size}px ${TERMINAL_OPTIONS.fontFamily ?? "monospace"}`;
  return Math.ceil(ctx.measureText("W".repeat(80)).width) + 40;
}

/** The share of the body the terminal column takes (percent), null while the layout's default applies. */
export function useSplit() {
  const [share, setShare] = useState<number | null>(null);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- storage exists only after hydration
  useEffect(() => setShare(load()), []);
  const set = (p: number) => {
    const v = clamp(p);
    setShare(v);
    store(v);
  };
  const style: CSSProperties | undefined =
    share === null
      ? undefined
      : { gridTemplateColumns: `minmax(0, ${100 - share}fr) auto minmax(0, ${share}fr)` };
  return { share, set, style };
}

export interface SplitterProps {
  readonly share: number | null;
  readonly onShare: (p: number) => void;
  /** The element holding both columns, to turn pointer positions and pixels into a share. */
  readonly body: () => HTMLElement | null;
}

export function Splitter({ share, onShare, body }: SplitterProps) {
  const { t } = useLang();
  const [measured, setMeasured] = useState<number | null>(null);
  const self = useRef<HTMLDivElement>(null);

  // Without a stored share, the value the splitter announces is the layout's own.
  useEffect(() => {
    const el = body();
    const right = self.current?.nextElementSibling;
    if (!el || !(right instanceof HTMLElement)) return;
    const measure = () => setMeasured(clamp((right.offsetWidth / Math.max(1, el.clientWidth)) * 100));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    ro.observe(right);
    return () => ro.disconnect();
  }, [body]);
  const value = share ?? measured ?? 30;

  const onKey = (ev: React.KeyboardEvent) => {
    const step = ev.shiftKey ? 10 : 2;
    const next = {
      ArrowLeft: value + step, // the splitter moves left: the terminal grows
      ArrowRight: value - step,
      Home: SPLIT_MAX,
      End: SPLIT_MIN,
    }[ev.key];
    if (next === undefined) return;
    // The workbench's stepping keys must not also move the diagram.
    ev.preventDefault();
    ev.stopPropagation();
    onShare(next);
  };

  const onPointerDown = (ev: React.PointerEvent) => {
    const el = body();
    if (!el) return;
    ev.preventDefault();
    const box = el.getBoundingClientRect();
    const move = (e: PointerEvent) => onShare(((box.right - e.clientX) / box.width) * 100);
    const up = () => {
      window.removeEventListener("pointermove", move);
      window.removeEventListener("pointerup", up);
    };
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", up);
  };

  return (
    <div
      ref={self}
      role="separator"
      tabIndex={0}
      aria-orientation="vertical"
      aria-label={t("ui.wb.split")}
      aria-valuemin={SPLIT_MIN}
      aria-valuemax={SPLIT_MAX}
      aria-valuenow={value}
      aria-valuetext={t("ui.wb.splitValue", { pct: value })}
      className={styles.handle}
      onKeyDown={onKey}
      onPointerDown={onPointerDown}
      data-testid="splitter"
    >
      <span aria-hidden="true">⋮</span>
    </div>
  );
}

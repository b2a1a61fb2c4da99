"use client";
/**
 * The transport bar: jump to start, command back, message back, play/pause, message forward, command
 * forward, jump to end; a scrubber over the whole session; speed; folding TCP handshakes.
 * Accessible names come from the catalogue (English: "Step forward", "Step back", "Play"/"Pause").
 */
import { useLang } from "@/components/i18n/lang-context";
import type { KeysUnder, MessageKey } from "@/lib/i18n/core";
import { Icon } from "./icons";
import styles from "./step-controls.module.css";

export type StepAction = "start" | "commandBack" | "back" | "forward" | "commandForward" | "end";

export interface StepControlsProps {
  readonly cursor: number;
  readonly last: number;
  readonly command: { readonly index: number; readonly total: number };
  readonly playing: boolean;
  readonly speed: number;
  readonly fold: boolean;
  readonly onStep: (action: StepAction) => void;
  readonly onPlay: (playing: boolean) => void;
  readonly onCursor: (cursor: number) => void;
  readonly onSpeed: (speed: number) => void;
  readonly onFold: (fold: boolean) => void;
}

export const SPEEDS: readonly number[] = [0.5, 1, 2, 4];

/** A control whose label has a row and whose shortcut keys have one too (`<key>.keys`). */
type WithKeys<K> = K extends MessageKey ? (`${K}.keys` extends MessageKey ? K : never) : never;
type ButtonSpec = {
  readonly action: StepAction;
  readonly key: WithKeys<KeysUnder<"ui.ctl.">>;
  readonly backwards: boolean;
};
const BEFORE: readonly ButtonSpec[] = [
  { action: "start", key: "ui.ctl.start", backwards: true },
  { action: "commandBack", key: "ui.ctl.commandBack", backwards: true },
  { action: "back", key: "ui.ctl.back", backwards: true },
];
const AFTER: readonly ButtonSpec[] = [
  { action: "forward", key: "ui.ctl.forward", backwards: false },
  { action: "commandForward", key: "ui.ctl.commandForward", backwards: false },
  { action: "end", key: "ui.ctl.end", backwards: false },
];

export function StepControls(p: StepControlsProps) {
  const { t } = useLang();
  const atStart = p.cursor <= 0;
  const atEnd = p.cursor >= p.last;
  const button = (b: ButtonSpec) => {
    const disabled = b.backwards ? atStart : atEnd;
    return (
      <button
        key={b.action}
        type="button"
        className={styles.button}
        aria-label={t(b.key)}
        title={`${t(b.key)} (${t(`${b.key}.keys`)})`}
        disabled={disabled}
        onClick={() => p.onStep(b.action)}
      >
        <Icon name={b.action} />
      </button>
    );
  };
  return (
    <div className={styles.bar} role="toolbar" aria-label={t("ui.ctl.toolbar")}>
      <div className={styles.group}>
        {BEFORE.map(button)}
        <button
          type="button"
          className={`${styles.button} ${styles.play}`}
          aria-label={t(p.playing ? "ui.ctl.pause" : "ui.ctl.play")}
          title={`${t(p.playing ? "ui.ctl.pause" : "ui.ctl.play")} (${t("ui.ctl.play.keys")})`}
          disabled={!p.playing && atEnd}
          onClick={() => p.onPlay(!p.playing)}
        >
          <Icon name={p.playing ? "pause" : "play"} />
          <span className={styles.playText}>{t(p.playing ? "ui.ctl.pause" : "ui.ctl.play")}</span>
        </button>
        {AFTER.map(button)}
      </div>
      <label className={styles.scrub}>
        <span className={styles.visuallyHidden}>{t("ui.ctl.scrubber")}</span>
        <input
          type="range"
          min={0}
          max={Math.max(0, p.last)}
          value={Math.max(0, p.cursor)}
          aria-valuetext={t("ui.ctl.position", { n: p.cursor, total: p.last })}
          onChange={(ev) => p.onCursor(Number(ev.currentTarget.value))}
        />
      </label>
      <div className={styles.position}>
        <span>{t("ui.ctl.position", { n: p.cursor, total: p.last })}</span>
        <span>{t("ui.ctl.command", { n: p.command.index + 1, total: p.command.total })}</span>
      </div>
      <label className={styles.field}>
        {t("ui.ctl.speed")}
        <select value={p.speed} onChange={(ev) => p.onSpeed(Number(ev.currentTarget.value))}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
      <label className={styles.field}>
        <input type="checkbox" checked={p.fold} onChange={(ev) => p.onFold(ev.currentTarget.checked)} />
        {t("ui.ctl.fold")}
      </label>
    </div>
  );
}

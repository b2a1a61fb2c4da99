"use client";
/**
 * The Live panel: the address of ftpd's live view, connect/disconnect, what the connection is doing, and
 * the sessions of the real server (newest first), one button each; the one on the diagram is pressed.
 * Open/closed is said in words and a symbol, not by colour alone.
 */
import { useId } from "react";
import { useLang } from "@/components/i18n/lang-context";
import type { LiveSession } from "@/lib/live/feed";
import type { MessageKey, Params } from "@/lib/i18n/core";
import styles from "./live.module.css";

/** What the connection is doing, as an i18n key; errors carry a symbol as well as a colour. */
export type LiveState = { readonly key: MessageKey; readonly params?: Params; readonly error?: boolean };

export interface LivePanelProps {
  readonly address: string;
  onAddress(v: string): void;
  readonly state: LiveState;
  readonly connected: boolean;
  readonly sessions: readonly LiveSession[];
  readonly chosen: number | null;
  onConnect(): void;
  onDisconnect(): void;
  onWatch(id: number): void;
  onClose(): void;
}

export function LivePanel(p: LivePanelProps) {
  const { t } = useLang();
  const id = useId();
  const chosen = p.sessions.find((s) => s.id === p.chosen);
  return (
    <section className={styles.panel} aria-labelledby={`${id}-title`} data-testid="live-panel">
      <h2 id={`${id}-title`} className={styles.title}>
        {t("live.title")}
      </h2>
      <p className={styles.intro}>{t("live.intro")}</p>
      <form
        className={styles.form}
        onSubmit={(ev) => {
          ev.preventDefault();
          p.onConnect();
        }}
      >
        <label htmlFor={`${id}-addr`}>{t("live.address")}</label>
        <input
          id={`${id}-addr`}
          value={p.address}
          onChange={(ev) => p.onAddress(ev.currentTarget.value)}
          spellCheck={false}
          autoComplete="off"
          inputMode="url"
          data-testid="live-address"
        />
        <button type="submit">{t("live.connect")}</button>
        {p.connected && (
          <button type="button" onClick={p.onDisconnect}>
            {t("live.disconnect")}
          </button>
        )}
        <button type="button" onClick={p.onClose}>
          {t("live.close")}
        </button>
      </form>
      <p
        className={`${styles.state} ${p.state.error ? styles.error : ""}`}
        role="status"
        data-testid="live-state"
      >
        {p.state.error && <span aria-hidden="true">⚠ </span>}
        {t(p.state.key, p.state.params)}
      </p>
      {chosen && <p className={styles.watching}>{t("live.watching", { id: chosen.id })}</p>}
      <h3 className={styles.sub}>{t("live.sessions")}</h3>
      {p.sessions.length === 0 ? (
        <p className={styles.none}>{t("live.none")}</p>
      ) : (
        <ul className={styles.list} data-testid="live-sessions">
          {p.sessions.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                aria-pressed={s.id === p.chosen}
                onClick={() => p.onWatch(s.id)}
                className={styles.session}
              >
                <span className={s.open ? styles.open : styles.closed}>
                  <span aria-hidden="true">{s.open ? "● " : "○ "}</span>
                  {t(s.open ? "live.open" : "live.closed")}
                </span>{" "}
                {t("live.session", {
                  id: s.id,
                  user: s.user ?? t("live.noUser"),
                  client: `${s.client.addr ?? "?"}:${s.client.port ?? "?"}`,
                })}
                {" · "}
                {t("live.messages", { n: s.entries })}
                {s.cut !== undefined && <> · {t("live.cut", { n: s.cut })}</>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

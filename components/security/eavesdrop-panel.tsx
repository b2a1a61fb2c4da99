"use client";
/**
 * The eavesdropper's view of the session up to the cursor: per link, every payload a sniffer there
 * could read (USER/PASS highlighted, TLS shown only as opaque records with their size), next to what
 * the learner typed with passwords masked. Props only: the parent passes the trace and the cursor.
 */
import { useMemo } from "react";
import { translate, type Lang, type MessageKey } from "@/lib/i18n";
import { eavesdrop, type Sniffed } from "@/lib/security/eavesdrop";
import { topologyOf } from "@/lib/sim/topology-of";
import type { TraceEntry } from "@/lib/trace/types";
import styles from "./security.module.css";

export interface EavesdropPanelProps {
  readonly trace: readonly TraceEntry[];
  /** The scenario's topology preset name (links are named from it). */
  readonly topology: string;
  /** Last entry to show (the cursor); the whole trace when omitted. */
  readonly upTo?: number;
  readonly lang: Lang;
}

/** A payload as text: trace text holds bytes as latin1, files are UTF-8; CR LF shown as \r\n. */
const preview = (text: string): string => {
  const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
  const utf8 = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  const one = utf8.replace(/\r\n$/, "").replace(/\r/g, "\\r").replace(/\n/g, "\\n ");
  return one.length > 120 ? `${one.slice(0, 120)}…` : one;
};

function WireLine({
  item,
  t,
}: {
  item: Sniffed;
  t: (k: MessageKey, p?: Record<string, string | number>) => string;
}) {
  const name = (id: string) => t("ui.name.of", { id });
  const dir = `${name(item.from)} → ${name(item.to)} [${t(`sec.eaves.${item.channel}`)}] `;
  if (item.tls)
    return (
      <li data-tls="true">
        <span className={styles.dir}>{dir}</span>
        <span className={styles.opaque}>
          {t("sec.eaves.tls", { bytes: item.bytes, records: item.tls.join(", ") })}
        </span>
      </li>
    );
  if (item.text === null)
    return (
      <li>
        <span className={styles.dir}>{dir}</span>
        <span className={styles.opaque}>{t("sec.eaves.binary", { bytes: item.bytes })}</span>
      </li>
    );
  return (
    <li data-credential={item.credential ?? undefined}>
      <span className={styles.dir}>{dir}</span>
      {item.credential ? (
        <mark className={styles.credential} title={t("sec.eaves.credential")}>
          {preview(item.text)}
        </mark>
      ) : (
        preview(item.text)
      )}
    </li>
  );
}

export function EavesdropPanel({ trace, topology, upTo, lang }: EavesdropPanelProps) {
  const t = (key: MessageKey, params?: Readonly<Record<string, string | number>>) =>
    translate(lang, key, params);
  const view = useMemo(
    () => eavesdrop(trace, topologyOf({ topology }), upTo ?? trace.length - 1),
    [trace, topology, upTo],
  );
  return (
    <section className={styles.panel} aria-label={t("sec.eaves.title")} data-testid="eavesdrop-panel">
      <h2 className={styles.title}>{t("sec.eaves.title")}</h2>
      <p className={view.leaks.length ? styles.leak : styles.safe}>
        {view.leaks.length ? t("sec.eaves.leaks", { n: view.leaks.length }) : t("sec.eaves.noLeaks")}
      </p>
      <div className={styles.columns}>
        <div>
          <h3 className={styles.sub}>{t("sec.eaves.typed")}</h3>
          <ul className={styles.wire}>
            {view.typed.map((l) => (
              <li key={l.seq}>
                {l.text}
                {l.masked && <span className={styles.dim}> {t("sec.eaves.masked")}</span>}
              </li>
            ))}
          </ul>
        </div>
        <div>
          {view.links.length === 0 && <p className={styles.dim}>{t("sec.eaves.empty")}</p>}
          {view.links.map((l) => (
            <section key={l.link} className={styles.link} data-link={l.link}>
              <h3 className={styles.sub}>{t("sec.eaves.link", { link: l.link })}</h3>
              <ul className={styles.wire}>
                {l.items.map((item) => (
                  <WireLine key={item.seq} item={item} t={t} />
                ))}
              </ul>
            </section>
          ))}
        </div>
      </div>
    </section>
  );
}

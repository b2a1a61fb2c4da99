"use client";
/**
 * The printable handout: the whole session (or the range chosen in the Export menu) as a teacher hands
 * it out — title, network and settings, how to read the diagram, the full diagram with the lifelines'
 * addresses on every part, and the transcript with each reply's explanation, in the UI's language.
 * It prints alone (app/globals.css hides the workbench under it), black on white, parts cut between
 * rows (sessionPages), never inside one. Print calls window.print(); Esc or Back returns.
 */
import { useEffect, useEffectEvent, useMemo, useRef } from "react";
import { createPortal } from "react-dom";
import { useLang } from "@/components/i18n/lang-context";
import { hostName } from "@/lib/i18n"; // also adds the handout's words (loaded after the first screen)
import { DEFAULT_CONFIG } from "@/lib/sim/defaults";
import { PRESET_NAMES } from "@/lib/net/presets";
import { transcript, type Line } from "@/lib/trace/transcript";
import { sessionPages, sessionSvg } from "@/components/sequence/export-diagram";
import { fromScenario } from "@/components/workbench/settings";
import { LegendItems } from "@/components/sequence/legend-items";
import type { TeachingHost } from "./host";
import styles from "./handout.module.css";

export interface HandoutProps {
  readonly host: TeachingHost;
  /** First and last message (seq), inclusive. */
  readonly from: number;
  readonly to: number;
  /** The open lesson's title, if any. */
  readonly lessonTitle: string | null;
  readonly onClose: () => void;
}

/*
 * Rows per printed part, in the drawing's px (1100 wide): A4 or Letter portrait with 12 mm margins is
 * about 1450 px tall at that width; a part keeps under it with its heads and caption. The first part
 * shares its page with the title and settings.
 */
const FIRST_PART = 650;
const PART = 1250;

const confLines = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));

/** The transcript cut into blocks, one per typed command (a block is never split across pages). */
function blocks(lines: readonly Line[]): Line[][] {
  const out: Line[][] = [];
  for (const l of lines) {
    if (l.style === "typed" || out.length === 0) out.push([]);
    out[out.length - 1]!.push(l);
  }
  return out;
}

export function Handout({ host, from, to, lessonTitle, onClose }: HandoutProps) {
  const { t, lang } = useLang();
  const printButton = useRef<HTMLButtonElement>(null);

  const parts = useMemo(() => {
    const o = { trace: host.trace, hosts: host.hosts, lang, from, to };
    return sessionPages(o, FIRST_PART, PART).map((p) =>
      sessionSvg({ ...o, ...p }).replace(/^<\?xml[^>]*>\s*/, ""),
    );
  }, [host.trace, host.hosts, lang, from, to]);
  const said = useMemo(
    () =>
      blocks(transcript(host.trace, to, { verbose: true, explain: true, lang }).filter((l) => l.seq >= from)),
    [host.trace, lang, from, to],
  );

  // Keys belong to the handout while it is open: Esc returns, nothing steps the session underneath.
  const onKey = useEffectEvent((ev: KeyboardEvent) => {
    if (ev.key === "Escape") {
      ev.preventDefault();
      onClose();
    }
    ev.stopPropagation();
  });
  useEffect(() => {
    const listener = (ev: KeyboardEvent) => onKey(ev);
    window.addEventListener("keydown", listener, true);
    printButton.current?.focus();
    return () => window.removeEventListener("keydown", listener, true);
  }, []);

  const settings = host.viewing ? null : fromScenario(host.scenario).settings;
  const ftp = settings?.protocol !== "tftp";
  const hasRouter = host.hosts.some((h) => h.role === "router");
  const defaults = new Set(confLines(DEFAULT_CONFIG));
  const changed = settings ? confLines(settings.config).filter((l) => !defaults.has(l)) : [];
  const preset = PRESET_NAMES.find((n) => n === settings?.topology);
  const topology = preset ? t(`net.preset.${preset}.title`) : (settings?.topology ?? "");
  const title = !settings
    ? t("handout.titleImported")
    : t(ftp ? "handout.title" : "handout.titleTftp", { topology });
  const onOff = (v: boolean) => t(v ? "handout.on" : "handout.off");

  return createPortal(
    <div
      className={styles.handout}
      role="dialog"
      aria-modal="true"
      aria-labelledby="handout-title"
      data-handout=""
      data-testid="handout"
    >
      <div className={styles.controls}>
        <button ref={printButton} type="button" className={styles.primary} onClick={() => window.print()}>
          {t("handout.print")}
        </button>
        <button type="button" onClick={onClose} aria-keyshortcuts="Escape">
          {t("handout.back")}
        </button>
        <span>{t("handout.hint")}</span>
      </div>
      <article className={styles.page}>
        <header>
          <h1 id="handout-title">{title}</h1>
          {lessonTitle && (
            <p className={styles.lesson}>
              {t("handout.lesson")}: {lessonTitle}
            </p>
          )}
          <p data-testid="handout-range">
            {from === 0 && to === host.trace.length - 1
              ? t("handout.rangeAll", { n: host.trace.length, to })
              : t("handout.range", { from, to, n: to - from + 1, total: host.trace.length })}
          </p>
        </header>
        <section className={styles.summary}>
          <h2>{t("handout.settings")}</h2>
          {settings ? (
            <dl>
              <dt>{t("ui.topo.preset")}</dt>
              <dd>{topology}</dd>
              <dt>{t("ui.topo.protocol")}</dt>
              <dd>{t(`ui.protocol.${settings.protocol}`)}</dd>
              {ftp && (
                <>
                  <dt>{t("ui.topo.mode")}</dt>
                  <dd>{t(`ui.mode.${settings.mode}`)}</dd>
                  <dt>{t("ui.topo.program")}</dt>
                  <dd>{t(`ui.program.${settings.program}`)}</dd>
                </>
              )}
              {hasRouter && (
                <>
                  <dt>{t("ui.topo.alg")}</dt>
                  <dd>{onOff(settings.alg)}</dd>
                  <dt>{t("ui.topo.firewall")}</dt>
                  <dd>{onOff(settings.firewall)}</dd>
                </>
              )}
              {ftp && (
                <>
                  <dt>vsftpd.conf</dt>
                  <dd>
                    {changed.length ? t("handout.confChanged") : t("handout.confDefault")}
                    {changed.length > 0 && <code className={styles.conf}>{changed.join("\n")}</code>}
                  </dd>
                </>
              )}
            </dl>
          ) : (
            <p>{t("handout.importedNote")}</p>
          )}
          <h3>{t("handout.hosts")}</h3>
          <ul className={styles.hosts}>
            {host.hosts.map((h) => (
              <li key={h.name}>
                <strong>{hostName(h.name, lang)}</strong> <code>{h.addrs.join(" · ")}</code>
              </li>
            ))}
          </ul>
        </section>
        <section className={styles.legend}>
          <h2>{t("handout.legend")}</h2>
          <ul>
            <LegendItems
              t={t}
              width={40}
              lineClass={(cls) => styles[`line-${cls}`]}
              glyphClass={styles.glyph}
            />
          </ul>
        </section>
        <section>
          <h2>{t("handout.diagram")}</h2>
          {parts.map((svg, i) => (
            <figure key={i} className={styles.part} data-testid="handout-part">
              <figcaption>{t("handout.part", { n: i + 1, total: parts.length })}</figcaption>
              {/* Drawn by sessionSvg from the trace; every text in it is escaped by XMLSerializer. */}
              <div className={styles.svg} dangerouslySetInnerHTML={{ __html: svg }} />
            </figure>
          ))}
        </section>
        <section className={styles.transcript} data-testid="handout-transcript">
          <h2>{t("handout.transcript")}</h2>
          {said.length === 0 && <p>{t("handout.transcriptNone")}</p>}
          {said.map((block, i) => (
            <div key={i} className={styles.block}>
              {block.map((l, j) =>
                l.style === "explain" ? (
                  <p key={j} className={styles.explain}>
                    <span className={styles.sr}>{t("handout.explanation")}: </span>
                    <span aria-hidden="true">↳ </span>
                    {l.text}
                  </p>
                ) : (
                  <p key={j} className={l.style === "typed" ? styles.typed : styles.line}>
                    {l.text}
                  </p>
                ),
              )}
            </div>
          ))}
        </section>
      </article>
    </div>,
    document.body,
  );
}

"use client";
/**
 * The network at a glance (client, routers with NAT/ALG/firewall, internet, server, with addresses)
 * and the settings that shape it. Every change starts a new session; the status line says so.
 */
import { useId, useRef, useState } from "react";
import { useLang } from "@/components/i18n/lang-context";
import { hostName, isMessageKey } from "@/lib/i18n/core";
import { MODES, modesOf, PROTOCOLS, withTopology, type Settings } from "@/components/workbench/settings";
import { CLIENT_PROFILE_IDS, type ClientProfileId } from "@/lib/ftp/client/profiles";
import { PRESET_NAMES, type HostView } from "@/components/workbench/use-session";
import type { checkConfig } from "@/components/workbench/config-check";
import styles from "./topology-strip.module.css";

export interface TopologyStripProps {
  readonly settings: Settings;
  readonly hosts: readonly HostView[];
  readonly status: string;
  readonly onChange: (settings: Settings) => void;
}

export function TopologyStrip({ settings, hosts, status, onChange }: TopologyStripProps) {
  const { t, lang } = useLang();
  const id = useId();
  const hasRouter = hosts.some((h) => h.role === "router");
  // A lesson or a shared link may name a topology no preset row describes.
  const description = `net.preset.${settings.topology}.description`;
  return (
    <section className={styles.strip} aria-label={t("ui.topo.title")}>
      <ol className={styles.hosts}>
        {withCloud(hosts).map((h, i) =>
          h === "internet" ? (
            <li key={`cloud-${i}`} className={styles.cloud}>
              <span aria-hidden="true">☁</span> {t("ui.host.internet")}
            </li>
          ) : (
            <li key={h.name} className={`${styles.host} ${styles[h.role] ?? ""}`}>
              <strong>{hostName(h.name, lang)}</strong>
              <span className={styles.addrs}>{h.addrs.join(" · ")}</span>
              {h.features.length > 0 && (
                <span className={styles.tags}>
                  {h.features.map((f) => (
                    <span key={f} className={styles.tag}>
                      {t(`ui.feature.${f}`)}
                    </span>
                  ))}
                </span>
              )}
            </li>
          ),
        )}
      </ol>
      <div className={styles.controls}>
        <label className={styles.field}>
          <span>{t("ui.topo.preset")}</span>
          <select
            value={settings.topology}
            onChange={(ev) => onChange(withTopology(settings, ev.currentTarget.value))}
          >
            {PRESET_NAMES.map((name) => (
              <option key={name} value={name}>
                {t(`net.preset.${name}.title`)}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.check}>
          <input
            type="checkbox"
            checked={settings.alg}
            disabled={!hasRouter}
            onChange={(ev) => onChange({ ...settings, alg: ev.currentTarget.checked })}
          />
          {t("ui.topo.alg")}
        </label>
        <label className={styles.check}>
          <input
            type="checkbox"
            checked={settings.firewall}
            disabled={!hasRouter}
            onChange={(ev) => onChange({ ...settings, firewall: ev.currentTarget.checked })}
          />
          {t("ui.topo.firewall")}
        </label>
        <fieldset className={styles.modes} role="radiogroup" aria-labelledby={`${id}-proto`}>
          <legend id={`${id}-proto`}>{t("ui.topo.protocol")}</legend>
          {PROTOCOLS.map((p) => (
            <label key={p} className={styles.mode}>
              <input
                type="radio"
                name={`${id}-proto`}
                value={p}
                checked={settings.protocol === p}
                onChange={() => onChange({ ...settings, protocol: p })}
              />
              {t(`ui.protocol.${p}`)}
            </label>
          ))}
        </fieldset>
        {/* Transfer mode and client program are FTP's: in TFTP mode they are not shown (not even greyed). */}
        {settings.protocol !== "tftp" && (
          <>
            <fieldset className={styles.modes} role="radiogroup" aria-labelledby={`${id}-mode`}>
              <legend id={`${id}-mode`}>{t("ui.topo.mode")}</legend>
              {MODES.map((m) => (
                <label key={m} className={styles.mode}>
                  <input
                    type="radio"
                    name={`${id}-mode`}
                    value={m}
                    checked={settings.mode === m}
                    // ftp.exe has no passive mode: its other choices are there, greyed, to say so.
                    disabled={!modesOf(settings.program).includes(m)}
                    onChange={() => onChange({ ...settings, mode: m })}
                  />
                  {t(`ui.mode.${m}`)}
                </label>
              ))}
            </fieldset>
            <label className={styles.field}>
              <span>{t("ui.topo.program")}</span>
              <select
                value={settings.program}
                onChange={(ev) => {
                  const program = ev.currentTarget.value as ClientProfileId;
                  const mode = modesOf(program).includes(settings.mode) ? settings.mode : "active";
                  onChange({ ...settings, program, mode });
                }}
              >
                {CLIENT_PROFILE_IDS.map((p) => (
                  <option key={p} value={p}>
                    {t(`ui.program.${p}`)}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
        <ConfigEditor config={settings.config} onApply={(config) => onChange({ ...settings, config })} />
      </div>
      <div className={styles.aside}>
        <p className={styles.description}>{isMessageKey(description) ? t(description) : null}</p>
        <p className={styles.status} role="status">
          {status}
        </p>
      </div>
    </section>
  );
}

/** Puts the internet between the client side and the server side (not on a plain LAN). */
function withCloud(hosts: readonly HostView[]): (HostView | "internet")[] {
  const out: (HostView | "internet")[] = [];
  const serverSide = (h: HostView) => h.name === "server" || h.name === "server-router";
  let placed = hosts.every((h) => !h.features.length && h.role !== "router");
  for (const h of hosts) {
    if (!placed && serverSide(h)) {
      out.push("internet");
      placed = true;
    }
    if (h.role !== "victim") out.push(h);
  }
  return out;
}

function ConfigEditor({ config, onApply }: { config: string; onApply: (config: string) => void }) {
  const { t } = useLang();
  const dialog = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState(config);
  // vsftpd's tunables table loads when the editor first opens, not with the page.
  const [check, setCheck] = useState<typeof checkConfig | null>(null);
  const problems = check ? check(draft) : [];
  const id = useId();
  return (
    <>
      <button
        type="button"
        className={styles.configButton}
        onClick={() => {
          setDraft(config);
          dialog.current?.showModal();
          if (!check)
            void import("@/components/workbench/config-check").then((m) => setCheck(() => m.checkConfig));
        }}
      >
        {t("ui.conf.open")}
      </button>
      <dialog ref={dialog} className={styles.dialog} aria-labelledby={`${id}-title`}>
        <form
          method="dialog"
          onSubmit={(ev) => {
            if ((ev.nativeEvent as SubmitEvent).submitter?.getAttribute("value") === "apply") onApply(draft);
          }}
        >
          <h2 id={`${id}-title`}>{t("ui.conf.title")}</h2>
          <label htmlFor={`${id}-text`} className={styles.hint}>
            {t("ui.conf.hint")}
          </label>
          <textarea
            id={`${id}-text`}
            className={styles.textarea}
            value={draft}
            spellCheck={false}
            rows={14}
            onChange={(ev) => setDraft(ev.currentTarget.value)}
          />
          {problems.length > 0 && (
            <ul className={styles.problems} aria-live="polite">
              {problems.map((p) => (
                <li key={`${p.line}-${p.message}`}>
                  {t("ui.conf.problem", { line: p.line, message: p.message })}
                </li>
              ))}
            </ul>
          )}
          <div className={styles.dialogButtons}>
            <button type="submit" value="cancel">
              {t("ui.conf.cancel")}
            </button>
            <button type="submit" value="apply" className={styles.primary}>
              {t("ui.conf.apply")}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}

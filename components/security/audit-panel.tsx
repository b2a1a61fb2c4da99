"use client";
/**
 * The audit of the current vsftpd.conf: one card per risky setting with its severity (icon and word),
 * the tunables involved, the risk in one sentence, the fix, and "Show me", which hands the finding's
 * demo scenario to the parent. Props only: the parent owns the config text and runs the scenario.
 */
import { useMemo } from "react";
import { parseConfig } from "@/lib/ftp/server/config";
import { translate, type Lang, type MessageKey } from "@/lib/i18n";
import { auditConfig, type Finding } from "@/lib/security/audit";
import type { Scenario, ScenarioFile } from "@/lib/sim/scenario";
import { SeverityBadge } from "./severity";
import styles from "./security.module.css";

export interface AuditPanelProps {
  /** The vsftpd.conf text being edited (parsed on top of vsftpd's defaults). */
  readonly configText: string;
  /** The served tree, to spot world-writable directories (defaults to the classroom tree). */
  readonly files?: readonly ScenarioFile[];
  readonly lang: Lang;
  /** "Show me": run this scenario (the parent loads it into the workbench). */
  readonly onRunDemo: (scenario: Scenario) => void;
}

type Audit = { ok: true; findings: Finding[] } | { ok: false; message: string };

export function AuditPanel({ configText, files, lang, onRunDemo }: AuditPanelProps) {
  const t = (key: MessageKey, params?: Readonly<Record<string, string | number>>) =>
    translate(lang, key, params);
  const audit = useMemo((): Audit => {
    const parsed = parseConfig(configText);
    if (!parsed.ok) return { ok: false, message: parsed.error.oops };
    return { ok: true, findings: auditConfig(parsed.config, files ? { files } : {}) };
  }, [configText, files]);

  return (
    <section className={styles.panel} aria-label={t("sec.audit.title")} data-testid="audit-panel">
      <h2 className={styles.title}>{t("sec.audit.title")}</h2>
      {!audit.ok && <p className={styles.dim}>{t("sec.audit.badConfig", { message: audit.message })}</p>}
      {audit.ok && audit.findings.length === 0 && <p className={styles.safe}>{t("sec.audit.none")}</p>}
      {audit.ok && audit.findings.length > 0 && (
        <>
          <p className={styles.dim}>{t("sec.audit.count", { n: audit.findings.length })}</p>
          <ul className={styles.list}>
            {audit.findings.map((f) => (
              <li key={f.id} className={`${styles.finding} ${styles[f.severity]}`} data-finding={f.id}>
                <div className={styles.head}>
                  <span className={styles.severity}>
                    <SeverityBadge severity={f.severity} label={t(`sec.severity.${f.severity}`)} />
                  </span>
                  <span className={styles.tunables} title={t("sec.audit.tunables")}>
                    {f.tunables.join(", ")}
                  </span>
                  {f.demo && (
                    <button
                      type="button"
                      className={styles.showMe}
                      aria-label={t("sec.audit.showMeLabel", { id: f.tunables.join(", ") })}
                      onClick={() => f.demo && onRunDemo(f.demo)}
                    >
                      {t("sec.audit.showMe")}
                    </button>
                  )}
                </div>
                <p className={styles.sentence}>
                  <strong>{t("sec.audit.risk")}:</strong> {t(f.riskKey, f.params)}
                </p>
                <p className={styles.sentence}>
                  <strong>{t("sec.audit.fix")}:</strong> {t(f.fixKey, f.params)}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

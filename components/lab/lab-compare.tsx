"use client";
/**
 * A lab run beside the simulation of the same scenario: one row per command the client sent, what
 * each side saw, and whether they agree (a mark and words, never colour alone). The diagram above
 * shows either run; the table stays.
 */
import { useMemo } from "react";
import { useLang } from "@/components/i18n/lang-context";
import { alignRuns, type AlignedStep, type SideView } from "@/lib/lab/compare";
import type { LabRecord } from "@/lib/lab/record";
import { simulate } from "@/lib/sim/session";
import styles from "./lab-compare.module.css";

export type LabShowing = "sim" | "real";

interface Props {
  readonly record: LabRecord;
  readonly hasRealTrace: boolean;
  readonly showing: LabShowing;
  onShow(which: LabShowing): void;
  onClose(): void;
}

export function LabCompare({ record, hasRealTrace, showing, onShow, onClose }: Props) {
  const { t } = useLang();
  const steps = useMemo(
    () => alignRuns(simulate(record.scenario).trace, record.events, record.received),
    [record],
  );
  const differing = steps.filter((s) => s.diffs.length > 0).length;

  const side = (v: SideView | undefined): string => {
    if (!v) return t("lab.notSent");
    const parts = [v.codes.join(", ")];
    if (v.serverGot) parts.push(t("lab.serverGot", { line: v.serverGot }));
    if (v.passive) parts.push(v.passive);
    if (v.data)
      parts.push(v.data.opened ? t("lab.dataFrom", { remote: v.data.remote ?? "?" }) : t("lab.noData"));
    return parts.filter((p) => p !== "").join(" · ");
  };
  const verdict = (s: AlignedStep): string =>
    s.diffs.length === 0
      ? t("lab.same")
      : t("lab.differs", { what: s.diffs.map((d) => t(`lab.diff.${d}`)).join(", ") });

  return (
    <section className={styles.panel} aria-labelledby="lab-title" data-testid="lab-compare">
      <div className={styles.head}>
        <h2 id="lab-title" className={styles.title}>
          {t("lab.title")}
        </h2>
        <div role="group" aria-label={t("lab.show")} className={styles.toggle}>
          <span>{t("lab.show")}:</span>
          {(["sim", "real"] as const).map((w) => (
            <button
              key={w}
              type="button"
              aria-pressed={showing === w}
              disabled={w === "real" && !hasRealTrace}
              onClick={() => onShow(w)}
            >
              {t(w === "sim" ? "lab.showSim" : "lab.showReal")}
            </button>
          ))}
        </div>
        <button type="button" className={styles.close} onClick={onClose}>
          {t("lab.close")}
        </button>
      </div>
      <p className={styles.intro}>{t("lab.intro")}</p>
      <p className={styles.note}>{t("lab.addresses")}</p>
      {!hasRealTrace && <p className={styles.note}>{t("lab.noRealTrace")}</p>}
      <p className={styles.summary} role="status">
        {differing === 0
          ? t("lab.summaryNone", { n: steps.length })
          : t("lab.summary", { n: steps.length, d: differing })}
      </p>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{t("lab.colN")}</th>
            <th scope="col">{t("lab.colLine")}</th>
            <th scope="col">{t("lab.colSim")}</th>
            <th scope="col">{t("lab.colReal")}</th>
            <th scope="col">{t("lab.colDiff")}</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((s, i) => (
            <tr
              key={i}
              className={s.diffs.length ? styles.differs : undefined}
              data-differs={s.diffs.length > 0}
            >
              <td>{i + 1}</td>
              <td>
                <code>{s.line.trim()}</code>
              </td>
              <td>{side(s.sim)}</td>
              <td>{side(s.real)}</td>
              <td className={styles.verdict}>{verdict(s)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

"use client";
/** The header's accessibility settings: a disclosure with two checkboxes (native, so every AT knows them). */
import { useLang } from "@/components/i18n/lang-context";
import { setA11y, useA11y } from "./a11y-settings";
import styles from "./a11y.module.css";

export function A11yMenu() {
  const { t } = useLang();
  const s = useA11y();
  return (
    <details className={styles.menu}>
      <summary className={styles.summary}>{t("ui.a11y.settings")}</summary>
      <div className={styles.popover}>
        <label className={styles.option}>
          <input
            type="checkbox"
            checked={s.narrate}
            onChange={(ev) => setA11y({ narrate: ev.currentTarget.checked })}
          />
          {t("ui.a11y.narrate")}
        </label>
        <label className={styles.option}>
          <input
            type="checkbox"
            checked={s.screenReader}
            onChange={(ev) => setA11y({ screenReader: ev.currentTarget.checked })}
          />
          {t("ui.a11y.screenReader")}
        </label>
      </div>
    </details>
  );
}

"use client";
import { useLang } from "@/components/i18n/lang-context";
import styles from "./a11y.module.css";

/** The first stop of Tab: straight to the session view (diagram or packet list), past header and strip. */
export function SkipLink() {
  const { t } = useLang();
  return (
    <a className={styles.skip} href="#session-view">
      {t("ui.skip.diagram")}
    </a>
  );
}

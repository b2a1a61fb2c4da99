"use client";
import { LANGS } from "@/lib/i18n/core";
import { useLang } from "./lang-context";
import styles from "./lang-switch.module.css";

/** Two pressed/unpressed buttons (ES / EN): one click, visible state, keyboard reachable. */
export function LangSwitch() {
  const { lang, setLang, t } = useLang();
  return (
    <div className={styles.switch} role="group" aria-label={t("ui.lang.label")}>
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          className={styles.button}
          aria-pressed={lang === l}
          onClick={() => setLang(l)}
          title={t(`ui.lang.${l}`)}
        >
          {l.toUpperCase()}
        </button>
      ))}
    </div>
  );
}

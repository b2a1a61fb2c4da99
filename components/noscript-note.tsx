/**
 * What a browser with scripts turned off (a school's policy) can do with the page: read the first
 * session, not step through it or type. Rendered at build time only; it shows both languages, since
 * choosing one needs scripts.
 */
import { translate, type Lang } from "@/lib/i18n";
import styles from "./noscript-note.module.css";

const LANGS: readonly Lang[] = ["es", "en"];

export function NoScriptNote() {
  return (
    <noscript>
      <p className={styles.note} data-testid="noscript-note">
        {LANGS.map((lang) => (
          <span key={lang} lang={lang}>
            {translate(lang, "page.noscript")}
          </span>
        ))}
      </p>
    </noscript>
  );
}

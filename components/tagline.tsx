"use client";
import { useLang } from "@/components/i18n/lang-context";

/** The header's one-line promise, in the page's language. */
export function Tagline() {
  const { t } = useLang();
  return <>{t("ui.tagline")}</>;
}

"use client";
/** What a panel that loads on first need shows for the moment its code takes to arrive. */
import { useLang } from "@/components/i18n/lang-context";

export function Loading() {
  const { t } = useLang();
  return (
    <p role="status" aria-live="polite">
      {t("ui.loading")}
    </p>
  );
}

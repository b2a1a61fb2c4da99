/** A severity shown twice over: an icon (shape differs per level, not only colour) and its name. */
import type { Severity } from "@/lib/security/audit";

// Glyphs common fonts have (no colour emoji needed): a cross, a warning triangle, an information sign.
const ICONS: Readonly<Record<Severity, string>> = { high: "✖", medium: "⚠", low: "ℹ" };

export function SeverityBadge({ severity, label }: { severity: Severity; label: string }) {
  return (
    <span data-severity={severity}>
      <span aria-hidden="true">{ICONS[severity]} </span>
      {label}
    </span>
  );
}

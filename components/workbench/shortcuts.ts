/**
 * The shortcut sheet's rows (opened with ?): data, so a feature that adds a key adds one row here and
 * the sheet, its test and the catalogue stay in step. `keys` are shown as written (key names are not
 * translated); `labelKey` is a catalogue key.
 */
import type { MessageKey } from "@/lib/i18n/core";

export interface Shortcut {
  readonly keys: readonly string[];
  readonly labelKey: MessageKey;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ["→", "PageDown"], labelKey: "ui.wb.key.forward" },
  { keys: ["←", "PageUp"], labelKey: "ui.wb.key.back" },
  { keys: ["Shift+→", "Shift+←"], labelKey: "ui.wb.key.command" },
  { keys: ["Home", "End"], labelKey: "ui.wb.key.ends" },
  { keys: ["Space"], labelKey: "ui.wb.key.play" },
  { keys: ["P"], labelKey: "ui.wb.key.presenter" },
  { keys: ["N", "PageDown"], labelKey: "ui.wb.key.presenterNext" },
  { keys: ["+", "−"], labelKey: "ui.wb.key.font" },
  { keys: ["?"], labelKey: "ui.wb.key.sheet" },
  { keys: ["Esc", "Tab"], labelKey: "ui.a11y.key.terminal" },
  { keys: ["Tab"], labelKey: "ui.a11y.key.skip" },
  { keys: ["↑", "↓"], labelKey: "ui.list.key.move" },
  { keys: ["F"], labelKey: "ui.list.key.follow" },
];

/** An explanation attached to a decision: an i18n key (lib/i18n) plus its parameters. Every layer speaks it. */
import type { MessageKey } from "../i18n/core";

export interface NoteRef {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** An explanation attached to a decision: an i18n key (lib/i18n) plus its parameters. Every layer speaks it. */
export interface NoteRef {
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

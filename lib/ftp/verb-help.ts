/**
 * The help text key of a verb of the server's table, without the table: the table (commands.ts) holds
 * the server's handlers, and the page explains a command's verb long before it needs the server.
 * commands.ts takes its aliases from here, so both name the same rows.
 */
import { isMessageKey, type MessageKey } from "../i18n/core";

/** Spellings vsftpd accepts for a verb of its table (a Telnet IP/Synch before ABOR, P@SW for PASV). */
export const VERB_ALIASES: Readonly<Record<string, string>> = {
  "P@SW": "PASV",
  "\xff\xf4\xff\xf2ABOR": "ABOR",
};

/**
 * The i18n key of what `verb` does (server.help.<verb>; the catalogue has one for each verb of the
 * table), or undefined for a verb the table lacks.
 */
export function verbHelpKey(verb: string): MessageKey | undefined {
  const key = `server.help.${(Object.hasOwn(VERB_ALIASES, verb) ? VERB_ALIASES[verb]! : verb).toLowerCase()}`;
  return isMessageKey(key) ? key : undefined;
}

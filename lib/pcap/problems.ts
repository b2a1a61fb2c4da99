/**
 * What an import leaves out or could not read, as i18n notes (keys pcap.p.* and, for one packet's
 * reason, pcap.skip.*), so the workbench says it in the learner's language; the CLI and the tests read
 * the English words.
 */
import { hostName, isMessageKey, translate, type KeySuffix, type Lang } from "../i18n";
import type { NoteRef } from "../util/note";

export type Problem = NoteRef;

export const problem = (
  key: KeySuffix<"pcap.">,
  params?: Readonly<Record<string, string | number>>,
): Problem => (params ? { key: `pcap.${key}`, params } : { key: `pcap.${key}` });

/**
 * A problem in words. Large counts are grouped as the language writes them; a `why` parameter holding
 * a pcap.skip.* key is that reason in words (its own parameters ride along).
 */
export function problemText(p: Problem, lang: Lang = "en"): string {
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(p.params ?? {}))
    params[k] =
      typeof v === "number" && Number.isInteger(v) && Math.abs(v) >= 10_000 ? v.toLocaleString(lang) : v;
  // Hosts are lifelines: named as the diagram names them ("Servidor", "Router 1").
  if (typeof params.host === "string") {
    if (lang !== "en") params.host = hostName(params.host, lang);
  }
  const why = params.why;
  if (typeof why === "string" && why.startsWith("pcap.skip.") && isMessageKey(why))
    params.why = translate(lang, why, params);
  return translate(lang, p.key, params);
}

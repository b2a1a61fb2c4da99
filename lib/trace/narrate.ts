/**
 * One sentence per step, for a screen reader's live region: who sent what to whom on which connection,
 * and why ("Server to client, control connection: 227 Entering Passive Mode (…) — the server listens…").
 * Pure: the same entry and language always give the same sentence.
 */
import { isMessageKey, translate, type Lang, type MessageKey, type Params } from "../i18n/core";
import { explanation, hostName, meaning, summary } from "./describe";
import type { TraceEntry } from "./types";

/** A catalogue phrase for a host in a role, or the host's own name when the catalogue has none. */
function hostPhrase(lang: Lang, role: "from" | "to" | "at", host: string): string {
  const key = `ui.say.${role}.${host}`;
  return isMessageKey(key) ? translate(lang, key) : hostName(host, lang);
}

export function narrate(e: TraceEntry | undefined, lang: Lang): string {
  const t = (key: MessageKey, params?: Params) => translate(lang, key, params);
  if (!e) return t("ui.say.empty");
  const who =
    e.from.host === e.to.host
      ? hostPhrase(lang, "at", e.from.host)
      : t("ui.say.arrow", {
          from: hostPhrase(lang, "from", e.from.host),
          to: hostPhrase(lang, "to", e.to.host),
        });
  const note = explanation(e, lang) || meaning(e, lang);
  const said = summary(e, lang);
  // Where the summary is only the entry's kind or repeats a NAT's tuple, the explanation says it better.
  const generic = said === t(`ui.kind.${e.kind}`) || e.kind === "NatTranslated";
  const what = note && generic ? note : said;
  const sentence =
    e.channel && e.from.host !== e.to.host
      ? t("ui.say.withChannel", { who, channel: t(`ui.say.channel.${e.channel}`), what })
      : t("ui.say.plain", { who, what });
  return note && note !== what ? t("ui.say.explained", { sentence, note }) : sentence;
}

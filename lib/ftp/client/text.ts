/**
 * What the client prints itself. Each line carries its i18n key (the UI may show Spanish) and the
 * English text, so traces read well without a catalogue.
 */
import type { ClientAction, OutputStyle } from "../io";
import type { NoteRef } from "../../util/note";
import { isMessageKey, translate, type KeySuffix, type MessageKey } from "../../i18n";
import type { ClientProfile } from "./profiles";
import type { Ctx } from "./types";

type Params = Readonly<Record<string, string | number>>;

/** The English text of `key` with its placeholders filled (plural forms too). */
export const english = (key: MessageKey, params?: Params): string => translate("en", key, params);

const ref = (key: MessageKey, params?: Params): NoteRef => (params ? { key, params } : { key });

export const printAction = (key: MessageKey, params?: Params, style: OutputStyle = "info"): ClientAction => ({
  type: "print",
  text: english(key, params),
  style,
  note: ref(key, params),
});

/** Print a catalogued line. */
export function say(c: Ctx, key: MessageKey, params?: Params, style: OutputStyle = "info"): void {
  c.out.push(printAction(key, params, style));
}

/** Print text that is data, not a message (a listing, a local file name list). */
export function show(c: Ctx, text: string, style: OutputStyle = "listing"): void {
  c.out.push({ type: "print", text, style });
}

/** Explain a decision in the trace without printing anything. */
export function explain(c: Ctx, key: MessageKey, params?: Params): void {
  c.out.push({ type: "note", note: ref(key, params) });
}

export const onOff = (b: boolean): "on" | "off" => (b ? "on" : "off");

/** The key of a line whose wording is the program's own (`passive.on`, `invalid`…): the profile's if it has one. */
export function wordKey(p: ClientProfile, name: KeySuffix<"client.">): MessageKey {
  const own = `${p.words}.${name}`;
  return isMessageKey(own) ? own : `client.${name}`;
}

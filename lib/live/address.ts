/**
 * The address a learner types into the Live source: where `npm run ftpd -- --live` serves its stream.
 * ftpd serves it on loopback only, so anything else is refused here with a reason, before any request.
 * Problems are i18n keys (live.addr.*), shown as they are. (No URL(): lib/ compiles without DOM or Node.)
 */
import type { KeysUnder, KeySuffix } from "../i18n/core";

export const DEFAULT_LIVE_ADDRESS = "http://127.0.0.1:8021";

export type LiveAddress = { ok: true; base: string } | { ok: false; problem: KeysUnder<"live.addr."> };

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;
/** scheme://authority then whatever follows (path, query, fragment). */
const SHAPE = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)(.*)$/i;
const HOST_PORT = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d*))?$/i;

export function parseLiveAddress(input: string): LiveAddress {
  const bad = (problem: KeySuffix<"live.addr.">): LiveAddress => ({
    ok: false,
    problem: `live.addr.${problem}`,
  });
  const text = input.trim();
  if (text === "") return bad("empty");
  if (text.length > 200 || /\s/.test(text)) return bad("malformed");
  const m = SHAPE.exec(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
  if (!m) return bad("malformed");
  const [, scheme, authority, rest] = m as unknown as [string, string, string, string];
  if (!/^https?$/i.test(scheme)) return bad("scheme");
  if (rest !== "" && rest !== "/") return bad("path");
  if (authority.includes("@")) return bad("malformed");
  const hp = HOST_PORT.exec(authority);
  if (!hp) return bad("malformed");
  const [, host, port] = hp as unknown as [string, string, string | undefined];
  if (!LOOPBACK.test(host)) return bad("notLoopback");
  if (host.startsWith("127.") && host.split(".").some((o) => Number(o) > 255)) return bad("malformed");
  if (port === undefined || !/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535)
    return bad("port");
  return { ok: true, base: `${scheme.toLowerCase()}://${host.toLowerCase()}:${Number(port)}` };
}

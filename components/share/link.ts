/**
 * A share link's fragment: `s=` + base64url(deflate-raw(JSON)). The JSON layer lives in lib/share
 * (pure, tested); this layer needs CompressionStream, which browsers and Node 20 both provide.
 */
import { decodeSession, encodeSession, type Decoded, type SharedSession } from "@/lib/share/codec";
import { fromBase64url, toBase64url } from "@/lib/share/base64url";

import { FRAGMENT_PREFIX } from "./fragment";

export { FRAGMENT_PREFIX };

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

/**
 * The most a link may inflate to. A session's JSON (a scenario, 500 typed lines) is far below it; a
 * deflate bomb (a few hundred kB inflating to hundreds of MiB) is stopped as soon as it passes it.
 */
export const MAX_LINK_JSON_BYTES = 4 * 1024 * 1024;

/** Inflates at most `max` bytes; null when the stream holds more. */
async function inflateBounded(bytes: Uint8Array, max: number): Promise<Uint8Array | null> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      await reader.cancel();
      return null;
    }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export async function encodeLink(session: SharedSession): Promise<string> {
  const json = new TextEncoder().encode(encodeSession(session));
  return FRAGMENT_PREFIX + toBase64url(await pipe(json, new CompressionStream("deflate-raw")));
}

/** Decodes a fragment (with or without "#"); a damaged link says how it is damaged. */
export async function decodeLink(fragment: string): Promise<Decoded> {
  const body = fragment.replace(/^#/, "").replace(FRAGMENT_PREFIX, "");
  const bytes = fromBase64url(body);
  if (!bytes) return { ok: false, problem: { key: "lesson.ui.share.badBase64" } };
  let text: string;
  try {
    const json = await inflateBounded(bytes, MAX_LINK_JSON_BYTES);
    if (!json)
      return {
        ok: false,
        problem: { key: "lesson.ui.share.tooLarge", params: { max: MAX_LINK_JSON_BYTES } },
      };
    text = new TextDecoder("utf-8", { fatal: true }).decode(json);
  } catch {
    return { ok: false, problem: { key: "lesson.ui.share.badDeflate" } };
  }
  return decodeSession(text);
}

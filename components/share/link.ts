/**
 * A share link's fragment: `s=` + base64url(deflate-raw(JSON)). The JSON layer lives in lib/share
 * (pure, tested); this layer needs CompressionStream, which browsers and Node 20 both provide.
 */
import { decodeSession, encodeSession, type Decoded, type SharedSession } from "@/lib/share/codec";
import { fromBase64url, toBase64url } from "@/lib/share/base64url";

export const FRAGMENT_PREFIX = "s=";

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
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
    text = new TextDecoder("utf-8", { fatal: true }).decode(
      await pipe(bytes, new DecompressionStream("deflate-raw")),
    );
  } catch {
    return { ok: false, problem: { key: "lesson.ui.share.badDeflate" } };
  }
  return decodeSession(text);
}

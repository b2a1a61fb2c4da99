/**
 * FTPS (RFC 4217) from the client's side: AUTH TLS, and after 234 the control connection is handed to
 * TLS (the driver models the handshake and the records; the engine keeps reading plain replies).
 */
import { command } from "./control";
import { explain, say } from "./text";
import type { Ctx, Job } from "./types";

/** `auth`: AUTH TLS (RFC 4217). After 234 both ends speak TLS on the control connection. */
export function* auth(c: Ctx): Job {
  yield* startTls(c);
}

export function* startTls(c: Ctx): Job<boolean> {
  const r = yield* command(c, "AUTH TLS");
  if (r?.code !== 234) {
    say(c, "client.tls.refused", undefined, "error");
    return false;
  }
  c.out.push({ type: "startTls" });
  c.s.tls = true;
  explain(c, "client.note.tls");
  return true;
}

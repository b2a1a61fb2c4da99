/**
 * Small steps every command is built from: send a line, wait for its final reply, ask the user for
 * a line. Ctrl+C while waiting abandons the command; the reply still owed is discarded on arrival.
 */
import { latin1Bytes } from "../../util/bytes";
import { END_OF_INPUT } from "../../util/end-of-input";
import type { Reply } from "../parse-reply";
import { explain } from "./text";
import type { Ctx, Job, JobEvent } from "./types";

export function send(c: Ctx, line: string): void {
  c.out.push({ type: "sendControl", bytes: latin1Bytes(line + "\r\n") });
}

/** Waits for the next event of any kind. */
export function* nextEvent(): Job<JobEvent> {
  return yield "event";
}

/**
 * Waits for the next final (non-1xx) reply; preliminary replies are skipped as real clients do for
 * commands without data. Null when the user interrupted (the owed reply becomes stale).
 */
export function* finalReply(c: Ctx): Job<Reply | null> {
  for (;;) {
    const ev = yield "event";
    if (ev.type === "reply" && ev.reply.code >= 200) return ev.reply;
    if (ev.type === "interrupt") {
      c.s.staleReplies += 1;
      explain(c, "client.note.abandoned");
      return null;
    }
  }
}

/** Sends a command line and waits for its final reply. */
export function* command(c: Ctx, line: string): Job<Reply | null> {
  send(c, line);
  return yield* finalReply(c);
}

/** Shows a prompt and waits for the user's line; null if the user pressed Ctrl+C instead. */
export function* readLine(c: Ctx, prompt: string, secret = false): Job<string | null> {
  const ask = () => {
    c.out.push(secret ? { type: "prompt", text: prompt, secret: true } : { type: "prompt", text: prompt });
    c.out.push({ type: "ready" });
  };
  ask();
  for (;;) {
    const ev = yield "line";
    if (ev.type === "interrupt") return null;
    if (ev.type !== "userLine") continue;
    // A program without end of input on Ctrl+D (ftp.exe) keeps asking.
    if (ev.line !== END_OF_INPUT || c.s.profile.endOfInput) return ev.line;
    explain(c, "client.note.eof.ignored", { program: c.s.profile.program });
    ask();
  }
}

/**
 * A reply of class 2 (completed). Deliberately not a type guard: a false answer may still be a reply
 * (a 5xx), and a guard would wrongly narrow it to null in the else branch.
 */
export const ok = (r: Reply | null): boolean => r !== null && r.code >= 200 && r.code < 300;

/**
 * Which prompt each typed line answered, read off the trace in order: the program's own prompt
 * (`ftp> `, `tftp> `), a question a command asked (`Name (server:alumno): `, `Password:`), or none in
 * `nc`/`telnet` mode, where the typed line goes to the server as it is. The terminal's transcript and the
 * diagram's rows both title a typed line with it, so they never disagree.
 */
import type { TraceEntry } from "./types";

export const DEFAULT_PROMPT = "ftp> ";

/** Raw mode starts with the client's "raw" note and ends when it reports the connection closed or lost. */
export function rawAfter(raw: boolean, e: TraceEntry): boolean {
  const key = e.note?.key ?? "";
  if (key === "client.note.raw") return true;
  if (raw && e.kind === "ClientPrinted" && /^client\.(raw\.closed|lost)/.test(key)) return false;
  return raw;
}

/** A program's prompt ends in "> "; anything else is a question inside a command, good for one line. */
const isProgramPrompt = (text: string) => text.endsWith("> ");

export interface PromptReader {
  /** Feed every entry in seq order; for a typed line, the prompt it was typed at ("" in nc), else null. */
  see(e: TraceEntry): string | null;
  /** nc/telnet is open after the entries seen so far. */
  readonly raw: boolean;
}

export function promptReader(): PromptReader {
  let program = DEFAULT_PROMPT;
  let question: string | null = null;
  let raw = false;
  return {
    see(e) {
      raw = rawAfter(raw, e);
      if (e.kind === "ClientPrinted" && e.rule === "prompt") {
        const text = e.text ?? "";
        if (isProgramPrompt(text)) {
          program = text;
          question = null;
        } else question = text;
        return null;
      }
      if (e.kind !== "CommandTyped") return null;
      const prompt = raw ? "" : (question ?? program);
      // The client asks its question again when it wants another answer.
      question = null;
      return prompt;
    },
    get raw() {
      return raw;
    },
  };
}

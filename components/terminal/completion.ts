/**
 * Tab completion: the first word completes against the client's commands, later words against the
 * remote names seen in listings so far. One candidate completes fully; several extend the line to
 * their common prefix, and a Tab with nothing to add lists them.
 */

export interface CompletionResult {
  readonly text: string;
  readonly pos: number;
  /** Candidates to list (only when nothing could be added). */
  readonly list: readonly string[];
}

export function complete(
  text: string,
  pos: number,
  commands: (prefix: string) => readonly string[],
  names: readonly string[],
): CompletionResult {
  const head = text.slice(0, pos);
  const tail = text.slice(pos);
  const firstWord = !/\S\s/.test(head);
  const word = firstWord ? head.trimStart() : head.slice(head.lastIndexOf(" ") + 1);
  const pool = firstWord ? commands(word) : names;
  const candidates = [...new Set(pool.filter((c) => c.startsWith(word)))].sort();
  if (candidates.length === 0) return { text, pos, list: [] };
  if (candidates.length === 1) {
    const rest = candidates[0]!.slice(word.length) + (tail.startsWith(" ") ? "" : " ");
    return { text: head + rest + tail, pos: pos + rest.length, list: [] };
  }
  const common = commonPrefix(candidates);
  if (common.length > word.length) {
    const rest = common.slice(word.length);
    return { text: head + rest + tail, pos: pos + rest.length, list: [] };
  }
  return { text, pos, list: candidates };
}

function commonPrefix(words: readonly string[]): string {
  let p = words[0] ?? "";
  for (const w of words) while (!w.startsWith(p)) p = p.slice(0, -1);
  return p;
}

/** Lays candidates out in columns that fit `cols`, like a shell's completion listing. */
export function columns(words: readonly string[], cols: number): string[] {
  const width = Math.max(...words.map((w) => w.length)) + 2;
  const per = Math.max(1, Math.floor(cols / width));
  const out: string[] = [];
  for (let i = 0; i < words.length; i += per)
    out.push(
      words
        .slice(i, i + per)
        .map((w) => w.padEnd(width))
        .join("")
        .trimEnd(),
    );
  return out;
}

/**
 * Splits a typed line into words the way the classic client does: blanks separate words, double or
 * single quotes keep blanks inside a word ("my file.txt"), a backslash escapes the next character.
 */
export interface Words {
  readonly argv: readonly string[];
  /** The text after the first word, as typed (for `quote`, which sends it verbatim). */
  readonly rest: string;
}

export function splitWords(line: string): Words {
  const argv: string[] = [];
  let word: string | null = null;
  let quote: string | null = null;
  let firstEnd = -1;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === quote) quote = null;
      else word += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      word ??= "";
    } else if (ch === "\\" && i + 1 < line.length) {
      word = (word ?? "") + line[++i];
    } else if (/\s/.test(ch)) {
      if (word !== null) {
        argv.push(word);
        if (firstEnd < 0) firstEnd = i;
      }
      word = null;
    } else word = (word ?? "") + ch;
  }
  if (word !== null) argv.push(word);
  return { argv, rest: firstEnd < 0 ? "" : line.slice(firstEnd).trim() };
}

/**
 * Pure parsers for what an FTP client reads on the control connection (RFC 959 §4.2) and for the
 * address arguments it reads (227, 229) or writes (PORT, EPRT). Bytes arrive in arbitrary chunks, so
 * the reply parser returns the unconsumed tail for the caller to prepend to the next chunk.
 */

export interface Reply {
  /** The three-digit code (100–599). */
  readonly code: number;
  /** Every line as received, without its line ending. */
  readonly lines: readonly string[];
  /** The human text: lines joined by "\n", with the "ddd-" / "ddd " prefix removed where present. */
  readonly text: string;
  /** The exact received text (latin1), line endings included. */
  readonly raw: string;
}

export interface ReplyChunkResult {
  readonly replies: readonly Reply[];
  /** Complete lines outside any reply that do not start with a reply code (a broken server, a banner). */
  readonly junk: readonly string[];
  /** Input not yet forming a whole reply: feed it back with the next chunk. */
  readonly rest: string;
}

// A reply line starts with a code whose first digit is 1–5, then "-" (more lines follow), " " or nothing.
const START = /^([1-5]\d\d)([ -]|$)/;

/** The next line from `at` (ended by LF; a CR before it is dropped) or null when the line is incomplete. */
function nextLine(buf: string, at: number): { line: string; end: number } | null {
  const nl = buf.indexOf("\n", at);
  if (nl < 0) return null;
  const line = buf.slice(at, nl);
  return { line: line.endsWith("\r") ? line.slice(0, -1) : line, end: nl + 1 };
}

/** Is `line` the last line of a multi-line reply with `code`? RFC 959: the same code followed by a space. */
const isLast = (line: string, code: string): boolean =>
  line.startsWith(code) && (line.length === 3 || line[3] === " ");

function makeReply(code: string, lines: string[], raw: string): Reply {
  const strip = (l: string) => (l.startsWith(code) && (l[3] === "-" || l[3] === " ") ? l.slice(4) : l);
  return { code: Number(code), lines, text: lines.map(strip).join("\n"), raw };
}

/**
 * Splits `buffered + chunk` into whole replies. Multi-line replies end only at a line that begins with
 * the same code and a space; lines in between may look like anything (even other codes).
 */
export function parseReplies(buffered: string, chunk: string): ReplyChunkResult {
  const buf = buffered + chunk;
  const replies: Reply[] = [];
  const junk: string[] = [];
  let pos = 0;
  for (;;) {
    const first = nextLine(buf, pos);
    if (!first) break;
    const m = START.exec(first.line);
    if (!m) {
      junk.push(first.line);
      pos = first.end;
      continue;
    }
    const code = m[1]!;
    if (m[2] !== "-") {
      replies.push(makeReply(code, [first.line], buf.slice(pos, first.end)));
      pos = first.end;
      continue;
    }
    const lines = [first.line];
    let at = first.end;
    let done = false;
    for (let l = nextLine(buf, at); l; l = nextLine(buf, at)) {
      lines.push(l.line);
      at = l.end;
      if (isLast(l.line, code)) {
        done = true;
        break;
      }
    }
    if (!done) break; // the rest of this reply has not arrived yet
    replies.push(makeReply(code, lines, buf.slice(pos, at)));
    pos = at;
  }
  return { replies, junk, rest: buf.slice(pos) };
}

/** The directory name of a 257 reply: the first quoted string, with "" standing for one quote. */
export function parsePwd(text: string): string | null {
  const start = text.indexOf('"');
  if (start < 0) return null;
  let out = "";
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== '"') out += ch;
    else if (text[i + 1] === '"') {
      out += '"';
      i++;
    } else return out;
  }
  return null;
}

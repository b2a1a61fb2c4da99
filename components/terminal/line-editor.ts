/**
 * The input line of the terminal as a small state machine, free of xterm so it can be unit tested:
 * it turns the data xterm reports (typed characters, escape sequences of special keys, pasted text)
 * into edits of the line and into events (submit a line, interrupt, end of input, clear, complete).
 */

export type EditorEvent =
  | { readonly type: "submit"; readonly line: string }
  | { readonly type: "interrupt" }
  | { readonly type: "endOfInput" }
  | { readonly type: "clear" }
  | { readonly type: "complete" };

/** Escape sequences xterm sends for the keys we edit with (normal and application cursor modes). */
const KEYS: Readonly<Record<string, string>> = {
  "\x1b[D": "left",
  "\x1bOD": "left",
  "\x1b[C": "right",
  "\x1bOC": "right",
  "\x1b[A": "up",
  "\x1bOA": "up",
  "\x1b[B": "down",
  "\x1bOB": "down",
  "\x1b[H": "home",
  "\x1bOH": "home",
  "\x1b[1~": "home",
  "\x1b[F": "end",
  "\x1bOF": "end",
  "\x1b[4~": "end",
  "\x1b[3~": "delete",
  "\x1b[1;5D": "wordLeft",
  "\x1b[1;5C": "wordRight",
  "\x01": "home",
  "\x05": "end",
  "\x02": "left",
  "\x06": "right",
  "\x10": "up",
  "\x0e": "down",
  "\x7f": "backspace",
  "\x08": "backspace",
  "\x15": "killStart",
  "\x0b": "killEnd",
  "\x17": "killWord",
  "\x03": "interrupt",
  "\x04": "endOfInput",
  "\x0c": "clear",
  "\t": "complete",
};

const HISTORY_MAX = 500;

export class LineEditor {
  buf = "";
  pos = 0;
  /** The line being typed is a password: submitting it leaves no trace in the history. */
  secret = false;
  private history: string[] = [];
  /** Index into history while browsing with ↑/↓; history.length means "the line being typed". */
  private browse = 0;
  private draft = "";

  /** Feeds what xterm's onData reported; returns the events it produced, in order. */
  feed(data: string): EditorEvent[] {
    const events: EditorEvent[] = [];
    let i = 0;
    while (i < data.length) {
      const ch = data[i]!;
      if (ch === "\r" || ch === "\n") {
        // A pasted CRLF is one line end, not two.
        if (ch === "\r" && data[i + 1] === "\n") i++;
        events.push({ type: "submit", line: this.take() });
        i++;
        continue;
      }
      if (ch === "\t" && data.length > 1) {
        // A tab inside pasted text is a space, not a request to complete.
        this.insert(" ");
        i++;
        continue;
      }
      const seq = matchKey(data, i);
      if (seq) {
        const ev = this.key(KEYS[seq]!);
        if (ev) events.push(ev);
        i += seq.length;
        continue;
      }
      if (ch === "\x1b") {
        // An escape sequence we do not edit with (F-keys, Alt+…): skip it whole.
        i += skipEscape(data, i);
        continue;
      }
      // A run of printable characters is inserted at once (pastes of thousands stay fast).
      let j = i;
      while (j < data.length && printable(data.charCodeAt(j))) j++;
      if (j > i) this.insert(data.slice(i, j));
      i = Math.max(j, i + 1);
    }
    return events;
  }

  insert(text: string): void {
    this.buf = this.buf.slice(0, this.pos) + text + this.buf.slice(this.pos);
    this.pos += text.length;
  }

  /** Replaces the line (a completion, a recalled command). */
  set(text: string, pos = text.length): void {
    this.buf = text;
    this.pos = Math.max(0, Math.min(pos, text.length));
  }

  /** Empties the line and returns what it held, recording it in the history. */
  take(): string {
    const line = this.buf;
    if (!this.secret && line.trim() !== "" && this.history.at(-1) !== line) {
      this.history.push(line);
      if (this.history.length > HISTORY_MAX) this.history.shift();
    }
    this.browse = this.history.length;
    this.draft = "";
    this.set("");
    return line;
  }

  private key(name: string): EditorEvent | null {
    switch (name) {
      case "left":
        this.pos = Math.max(0, this.pos - 1);
        return null;
      case "right":
        this.pos = Math.min(this.buf.length, this.pos + 1);
        return null;
      case "home":
        this.pos = 0;
        return null;
      case "end":
        this.pos = this.buf.length;
        return null;
      case "wordLeft":
        this.pos = wordStart(this.buf, this.pos);
        return null;
      case "wordRight":
        this.pos = wordEnd(this.buf, this.pos);
        return null;
      case "backspace":
        if (this.pos > 0) {
          this.buf = this.buf.slice(0, this.pos - 1) + this.buf.slice(this.pos);
          this.pos--;
        }
        return null;
      case "delete":
        this.buf = this.buf.slice(0, this.pos) + this.buf.slice(this.pos + 1);
        return null;
      case "killStart":
        this.set(this.buf.slice(this.pos), 0);
        return null;
      case "killEnd":
        this.buf = this.buf.slice(0, this.pos);
        return null;
      case "killWord": {
        const from = wordStart(this.buf, this.pos);
        this.set(this.buf.slice(0, from) + this.buf.slice(this.pos), from);
        return null;
      }
      case "up":
        return this.recall(-1);
      case "down":
        return this.recall(1);
      case "interrupt":
        return { type: "interrupt" };
      case "endOfInput":
        // As in a terminal's line discipline and readline: Ctrl+D ends the input only on an empty line;
        // on a line with text it deletes the character under the cursor.
        if (this.buf === "") return { type: "endOfInput" };
        return this.key("delete");
      case "clear":
        return { type: "clear" };
      case "complete":
        return { type: "complete" };
      default:
        return null;
    }
  }

  private recall(dir: -1 | 1): null {
    const next = this.browse + dir;
    if (next < 0 || next > this.history.length) return null;
    if (this.browse === this.history.length) this.draft = this.buf;
    this.browse = next;
    this.set(next === this.history.length ? this.draft : this.history[next]!);
    return null;
  }
}

function matchKey(data: string, i: number): string | null {
  // Longest match first: "\x1b[1;5D" before "\x1b[1~"-like prefixes.
  for (const len of [6, 4, 3, 1]) {
    const s = data.slice(i, i + len);
    if (s.length === len && s in KEYS) return s;
  }
  return null;
}

/** Length of an unrecognised escape sequence: ESC [ params final, ESC O x, or ESC x. */
function skipEscape(data: string, i: number): number {
  const next = data[i + 1];
  if (next === "[") {
    let j = i + 2;
    while (j < data.length && /[0-9;?]/.test(data[j]!)) j++;
    return j - i + 1;
  }
  if (next === "O") return Math.min(3, data.length - i);
  return next === undefined ? 1 : 2;
}

const printable = (c: number): boolean => c >= 0x20 && c !== 0x7f && c !== 0x1b;

function wordStart(s: string, pos: number): number {
  let p = pos;
  while (p > 0 && s[p - 1] === " ") p--;
  while (p > 0 && s[p - 1] !== " ") p--;
  return p;
}

function wordEnd(s: string, pos: number): number {
  let p = pos;
  while (p < s.length && s[p] === " ") p++;
  while (p < s.length && s[p] !== " ") p++;
  return p;
}

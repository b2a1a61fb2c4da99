/**
 * Draws a transcript and the input line into an xterm Terminal and remembers which trace entry each
 * row came from. The screen is a function of the transcript: when the new transcript extends what is
 * on screen only the new lines are written (typing and pasting stay cheap); any other change (the
 * cursor stepped back, a setting or the language changed) rebuilds it from scratch.
 *
 * xterm parses `write` data later (asynchronously) but runs `reset()`/`clear()` at once. Mixing the
 * two lets a write still queued from the previous render land after the reset, so a line shows up
 * twice. Every change to the screen therefore goes through `write`, resets included (ESC c, ED 3),
 * and is applied in the order it was made.
 */
import type { Terminal } from "@xterm/xterm";
import type { Line, LineStyle } from "@/lib/trace/transcript";

export interface InputView {
  /** Shown before the typed text; null while a command runs (a real terminal shows no prompt then). */
  readonly prompt: string | null;
  readonly text: string;
  readonly pos: number;
  /** Do not echo what is typed (a password). */
  readonly secret: boolean;
}

interface ScreenLine {
  readonly text: string;
  readonly style: LineStyle;
  readonly seq: number;
}

/** Colour AND a marker per reply class, so the class never depends on seeing colour. */
const CLASS_MARK: Readonly<Record<string, string>> = {
  "reply-1": "… ",
  "reply-2": "✓ ",
  "reply-3": "→ ",
  "reply-4": "! ",
  "reply-5": "✗ ",
};
const SGR: Readonly<Record<LineStyle, string>> = {
  typed: "1",
  sent: "34",
  "reply-1": "36",
  "reply-2": "32",
  "reply-3": "35",
  "reply-4": "33",
  "reply-5": "31",
  info: "",
  error: "31",
  explain: "90;3",
  prompt: "",
};
const EXPLAIN_MARK = "    ↳ ";
/** RIS: xterm's full reset (buffer, scrollback, modes), applied in order with the other writes. */
const RESET = "\x1bc";
/** Cursor home, erase the display, erase the scrollback. */
const CLEAR = "\x1b[H\x1b[2J\x1b[3J";

/** The characters a line occupies on screen (markers included): what the test hook reads back. */
export function screenText(line: { text: string; style: LineStyle }): string {
  if (line.style === "explain") return EXPLAIN_MARK + line.text;
  return (CLASS_MARK[line.style] ?? "") + line.text;
}

function paint(line: ScreenLine): string {
  const sgr = SGR[line.style];
  // Strip control characters a server could send, so a reply cannot move our cursor.
  const text = screenText(line).replace(/[\x00-\x08\x0b-\x1f\x7f]/g, "");
  return sgr ? `\x1b[${sgr}m${text}\x1b[0m` : text;
}

const same = (a: ScreenLine, b: ScreenLine): boolean =>
  a.seq === b.seq && a.text === b.text && a.style === b.style;

export class Screen {
  /** The transcript the screen was last drawn from. */
  private base: readonly Line[] = [];
  /** Logical lines above the input line, oldest first (transcript lines and local notes). */
  private rows: ScreenLine[] = [];
  /** Which row of the (possibly wrapped) input line the cursor is on. */
  private inputRow = 0;
  private input: InputView = { prompt: null, text: "", pos: 0, secret: false };

  constructor(
    private readonly term: Terminal,
    private readonly keep: number,
  ) {}

  /** Shows `lines` then the input line, appending when possible. */
  render(lines: readonly Line[], input: InputView): void {
    if (this.extends(lines)) this.append(lines.slice(this.base.length), input);
    else this.rebuild(lines, input);
  }

  /** Redraws everything from the last transcript (after a resize, the reflow moved our rows). */
  refresh(): void {
    this.rebuild(this.base, this.input);
  }

  /** Redraws only the input line (a key was pressed). */
  drawInput(input: InputView): void {
    this.input = input;
    this.term.write(this.inputSeq(input));
  }

  /** Prints local lines that are not in the trace (a cancelled line, completion candidates). */
  note(texts: readonly string[], input: InputView): void {
    const lines = texts.map((text): ScreenLine => ({ text, style: "info", seq: -1 }));
    this.writeLines(lines, input);
  }

  /** Ctrl+L: an empty screen with the input line on top; the transcript continues below it. */
  clear(input: InputView): void {
    // Home, erase the screen and the scrollback: in the write stream, after anything still queued.
    this.term.write(this.eraseInput() + CLEAR);
    this.rows = [];
    this.inputRow = 0;
    this.drawInput(input);
  }

  /** The trace entry shown on buffer row `y` (0-based), or null for the input line and local notes. */
  seqAt(y: number): number | null {
    const buf = this.term.buffer.active;
    const inputStart = buf.baseY + buf.cursorY - this.inputRow;
    if (y < 0 || y >= inputStart) return null;
    let start = y;
    while (start > 0 && buf.getLine(start)?.isWrapped) start--;
    // Count logical lines between this one and the input line; rows trimmed off the top don't matter.
    let after = 0;
    for (let r = start + 1; r < inputStart; r++) if (!buf.getLine(r)?.isWrapped) after++;
    const row = this.rows[this.rows.length - 1 - after];
    return row && row.seq >= 0 ? row.seq : null;
  }

  private extends(lines: readonly Line[]): boolean {
    const n = this.base.length;
    if (lines.length < n) return false;
    if (n > 0 && !same(lines[n - 1]!, this.base[n - 1]!)) return false;
    for (let i = 0; i < n; i++) if (!same(lines[i]!, this.base[i]!)) return false;
    return true;
  }

  private append(lines: readonly Line[], input: InputView): void {
    this.base = this.base.concat(lines);
    if (lines.length) this.writeLines(lines, input);
    else if (!sameInput(input, this.input)) this.drawInput(input);
  }

  private rebuild(lines: readonly Line[], input: InputView): void {
    this.base = lines;
    this.rows = [];
    this.inputRow = 0;
    // A full reset (RIS) in the write stream, so writes still queued land before it, not after.
    this.term.write(RESET);
    // Only what the scrollback can hold is worth writing.
    this.writeLines(lines.slice(Math.max(0, lines.length - this.keep)), input);
  }

  private writeLines(lines: readonly ScreenLine[], input: InputView): void {
    let out = this.eraseInput();
    for (const l of lines) out += paint(l) + "\r\n";
    this.rows.push(...lines);
    if (this.rows.length > this.keep * 2) this.rows = this.rows.slice(-this.keep);
    this.inputRow = 0;
    this.input = input;
    this.term.write(out + this.inputSeq(input));
  }

  /** Back to the first row of the input line, and erase from there down. */
  private eraseInput(): string {
    return (this.inputRow > 0 ? `\x1b[${this.inputRow}A` : "") + "\r\x1b[J";
  }

  private inputSeq(input: InputView): string {
    const cols = Math.max(1, this.term.cols);
    const prompt = input.prompt ?? "";
    const shown = input.secret ? "" : input.text;
    let s = this.eraseInput() + prompt + shown;
    const total = prompt.length + shown.length;
    let endRow = Math.floor(total / cols);
    if (total > 0 && total % cols === 0) s += " \b"; // leave xterm's pending wrap: stand on the next row
    const at = prompt.length + (input.secret ? 0 : input.pos);
    const row = Math.floor(at / cols);
    if (endRow > row) s += `\x1b[${endRow - row}A`;
    s += `\x1b[${(at % cols) + 1}G`;
    endRow = row;
    this.inputRow = endRow;
    return s;
  }
}

function sameInput(a: InputView, b: InputView): boolean {
  return a.prompt === b.prompt && a.text === b.text && a.pos === b.pos && a.secret === b.secret;
}

/**
 * vsftpd's own filename filter for LIST/NLST/STAT arguments (not fnmatch): `*`, `?` and one level of
 * `{a,b}`. Literal runs are found with a forward search, so a few patterns match differently from a
 * shell glob; we keep those quirks because clients see them. vsftpd caps each name's match at 1000
 * iterations (a name that reaches the cap does not match).
 *
 * vsftpd rebuilds "alternative + rest of the filter" as a new string for every brace it tries and
 * recurses into it, so one name against a 4 KiB filter copies megabytes. Here the filter stays one
 * string, an alternative is a chain of ranges into it, the recursion is a stack of pending
 * alternatives, and every character looked at (scanned or compared), every iteration and every
 * alternative tried costs steps of a `ListingBudget` shared by a whole listing: a listing's work is
 * bounded by its budget, whatever the filter. Past the budget the remaining names do not match.
 */
const MAX_ITERS = 1000;

/** Steps one listing may spend over all its names (a few milliseconds of work). */
export const LISTING_MATCH_STEPS = 1_000_000;

/**
 * What one of vsftpd's iterations costs beyond the characters it looks at, and what a pending
 * alternative or a new piece of chain costs, in character steps (measured with the filters of bench/noop.ts:
 * `*` x 4000, `{*,*}` x 800 and a 4 KiB literal then take about the same time per step).
 */
const ITERATION_STEPS = 3;
const BRANCH_STEPS = 10;

export interface ListingBudget {
  left: number;
}

/** Whether `name` passes `filter`, spending the steps from `budget` (a fresh one by default). */
export function passesFilter(name: string, filter: string, budget?: ListingBudget): boolean {
  const b = budget ?? { left: LISTING_MATCH_STEPS };
  if (b.left <= 0) return false;
  return new Matcher(name, filter, b).run();
}

const STAR = 42;
const QUESTION = 63;
const OPEN = 123;
const CLOSE = 125;
const COMMA = 44;
const END = -1;
/** The scan ran out of budget. */
const OUT = -2;

/**
 * One name against one filter. The filter is read through chains of pieces: piece k is the range
 * [from[k], to[k]) of the filter followed by piece next[k] (-1 ends the chain). A cursor is a piece and
 * an index in it; `s` = -1 is the end. Pending alternatives are parallel stacks.
 */
class Matcher {
  private iters = 0;
  private readonly from: number[] = [];
  private readonly to: number[] = [];
  private readonly next: number[] = [];
  // Cursor results of the last scan/advance.
  private s = -1;
  private i = 0;
  // Pending brace frames: the name offset, the next alternative's cursor, the closing brace's cursor
  // and the chain after it.
  private readonly fNi: number[] = [];
  private readonly fAltS: number[] = [];
  private readonly fAltI: number[] = [];
  private readonly fCloseS: number[] = [];
  private readonly fCloseI: number[] = [];
  private readonly fTail: number[] = [];

  constructor(
    private readonly name: string,
    private readonly f: string,
    private readonly budget: ListingBudget,
  ) {}

  private piece(from: number, to: number, next: number): number {
    if (from >= to) return next;
    this.from.push(from);
    this.to.push(to);
    this.next.push(next);
    return this.from.length - 1;
  }

  /** Sets the cursor to (s, i), stepping over ends of pieces. */
  private at(s: number, i: number): void {
    while (s >= 0 && i >= this.to[s]!) {
      s = this.next[s]!;
      if (s >= 0) i = this.from[s]!;
    }
    this.s = s;
    this.i = i;
  }

  /** Scans from (s, i) to the first of `a`/`b`/`c`; leaves the cursor on it. Returns it, END or OUT. */
  private scan(s: number, i: number, a: number, b: number, c: number): number {
    const f = this.f;
    const budget = this.budget;
    this.at(s, i);
    while (this.s >= 0) {
      const to = this.to[this.s]!;
      for (let k = this.i; k < to; k++) {
        if (--budget.left < 0) return OUT;
        const ch = f.charCodeAt(k);
        if (ch === a || ch === b || ch === c) {
          this.i = k;
          return ch;
        }
      }
      this.at(this.s, to);
    }
    return END;
  }

  /** Whether the `len` filter characters from (s, i) equal the name from `at`; null: out of budget. */
  private equalAt(s: number, i: number, len: number, at: number): boolean | null {
    const f = this.f;
    const name = this.name;
    if (at + len > name.length) return false;
    for (let k = 0; k < len; k++, i++) {
      if (--this.budget.left < 0) return null;
      while (i >= this.to[s]!) {
        s = this.next[s]!;
        i = this.from[s]!;
      }
      if (f.charCodeAt(i) !== name.charCodeAt(at + k)) return false;
    }
    return true;
  }

  /** One call of vsf_filename_passes_filter from name offset `ni` on chain `chain`, up to its first brace. */
  private attempt(ni: number, chain: number): boolean {
    const name = this.name;
    let lastToken = 0;
    let anchored = true;
    this.at(chain, chain >= 0 ? this.from[chain]! : 0);
    while (this.s >= 0 && this.iters < MAX_ITERS) {
      this.iters++;
      if ((this.budget.left -= ITERATION_STEPS) < 0) return false;
      const s0 = this.s;
      const i0 = this.i;
      const token = this.scan(s0, i0, STAR, QUESTION, OPEN);
      if (token === OUT) return false;
      const len = this.length(s0, i0);
      lastToken = token === END ? 0 : token;
      const tokS = this.s;
      const tokI = this.i;
      if (len > 0) {
        let at = ni;
        const last = anchored ? ni : name.length - len;
        for (; at <= last; at++) {
          const eq = this.equalAt(s0, i0, len, at);
          if (eq === null) return false;
          if (eq) break;
        }
        if (at > last) return false;
        ni = at + len;
      }
      if (tokS >= 0) this.at(tokS, tokI + 1);
      if (lastToken === QUESTION) {
        if (ni >= name.length) return false;
        ni++;
        anchored = true;
      } else if (lastToken === OPEN) {
        anchored = true;
        const altS = this.s;
        const altI = this.i;
        const found = this.scan(altS, altI, CLOSE, CLOSE, CLOSE);
        if (found === OUT) return false;
        if (found === CLOSE) {
          this.push(ni, altS, altI, this.s, this.i);
          return false;
        }
        if (name.charCodeAt(ni) !== OPEN) return false;
        ni++;
        this.at(altS, altI);
      } else anchored = false;
    }
    if (ni < name.length && lastToken !== STAR) return false;
    return this.iters < MAX_ITERS;
  }

  /** Characters from (s0, i0) to the cursor (the run just scanned, already paid for). */
  private length(s0: number, i0: number): number {
    let n = 0;
    let s = s0;
    let i = i0;
    while (s >= 0 && s !== this.s) {
      n += this.to[s]! - i;
      s = this.next[s]!;
      if (s >= 0) i = this.from[s]!;
    }
    return s >= 0 ? n + this.i - i : n;
  }

  private push(ni: number, altS: number, altI: number, closeS: number, closeI: number): void {
    this.budget.left -= BRANCH_STEPS;
    this.fNi.push(ni);
    this.fAltS.push(altS);
    this.fAltI.push(altI);
    this.fCloseS.push(closeS);
    this.fCloseI.push(closeI);
    this.at(closeS, closeI + 1);
    this.fTail.push(this.s < 0 ? -1 : this.piece(this.i, this.to[this.s]!, this.next[this.s]!));
  }

  /** Tries the filter, then each pending alternative in vsftpd's order, until one matches. */
  run(): boolean {
    if (this.attempt(0, this.piece(0, this.f.length, -1))) return true;
    while (this.fNi.length > 0 && this.budget.left >= 0) {
      const top = this.fNi.length - 1;
      const altS = this.fAltS[top]!;
      const altI = this.fAltI[top]!;
      const stop = this.scan(altS, altI, COMMA, CLOSE, CLOSE);
      if (stop === OUT) return false;
      // vsftpd walks the comma list until it ends or meets an empty alternative.
      if (stop === END || (this.s === altS && this.i === altI)) {
        this.pop();
        continue;
      }
      const endS = this.s;
      const endI = this.i;
      if (stop === CLOSE) {
        this.fAltS[top] = this.fCloseS[top]!;
        this.fAltI[top] = this.fCloseI[top]!;
      } else {
        this.at(endS, endI + 1);
        this.fAltS[top] = this.s;
        this.fAltI[top] = this.i;
      }
      const chain = this.link(altS, altI, endS, endI, this.fTail[top]!);
      if (chain === null) return false;
      if (this.attempt(this.fNi[top]!, chain)) return true;
    }
    return false;
  }

  private pop(): void {
    this.fNi.pop();
    this.fAltS.pop();
    this.fAltI.pop();
    this.fCloseS.pop();
    this.fCloseI.pop();
    this.fTail.pop();
  }

  /** New pieces for (s, i) up to (endS, endI), followed by `tail`. */
  private link(s: number, i: number, endS: number, endI: number, tail: number): number | null {
    if ((this.budget.left -= BRANCH_STEPS) < 0) return null;
    if (s === endS) return this.piece(i, endI, tail);
    const parts: number[] = [];
    while (s >= 0) {
      if (--this.budget.left < 0) return null;
      const end = s === endS ? endI : this.to[s]!;
      parts.push(i, end);
      if (s === endS) break;
      s = this.next[s]!;
      if (s >= 0) i = this.from[s]!;
    }
    let chain = tail;
    for (let k = parts.length - 2; k >= 0; k -= 2) chain = this.piece(parts[k]!, parts[k + 1]!, chain);
    return chain;
  }
}

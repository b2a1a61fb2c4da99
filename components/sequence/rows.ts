/**
 * From a trace to diagram rows: one row per entry, except that with `fold` on each connection's
 * handshake (SYN, SYN-ACK, ACK) on one link becomes one "connect" row and its teardown (FIN…, ACK)
 * one "close" row; the NAT rewrites of those segments stay visible as one NAT row per folded exchange
 * (folding hides TCP's bookkeeping, never what a router did). A row appears when the cursor reaches its
 * first entry. Pure, O(n).
 */
import { promptReader } from "@/lib/trace/typed-prompt";
import type { TraceEntry } from "@/lib/trace/types";

export type Fold = "connect" | "close";

export interface Row {
  /** seq of the row's first entry: its key and the cursor position that reveals it. */
  readonly first: number;
  readonly entry: TraceEntry;
  /** For folded rows: every seq inside, and the flags in order. */
  readonly fold?: Fold;
  readonly seqs: number[];
  readonly flags: string[];
  /** For drops: the lifeline the packet came from (so the stub arrow points at the box). */
  readonly fromHost?: string;
  /**
   * For typed lines: the prompt that was waiting ("ftp>", "tftp>", "Name (server:alumno):", "Password:"),
   * "" in nc/telnet, which has none.
   */
  readonly prompt?: string;
}

const isArrow = (e: TraceEntry) => e.from.host !== e.to.host;
const linkKey = (e: TraceEntry) => [e.from.host, e.to.host].sort().join("|");

/**
 * The lifelines in topology order, keeping only hosts that appear in the trace. A trace with hosts the
 * topology does not have (an imported capture drawn hop by hop) is ordered along its own first
 * connection instead: the hosts its first SYN crosses, from the client through the routers.
 */
export function lifelines(trace: readonly TraceEntry[], order: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const e of trace) {
    seen.add(e.from.host);
    seen.add(e.to.host);
  }
  if ([...seen].some((h) => !order.includes(h))) order = pathOrder(trace);
  const known = order.filter((h) => seen.has(h));
  const extra = [...seen].filter((h) => !order.includes(h)).sort();
  return [...known, ...extra];
}

/** The hosts the first connection's packets go through, in the order they reach them. */
function pathOrder(trace: readonly TraceEntry[]): string[] {
  const first = trace.find((e) => e.kind === "SegmentSent" && e.conn !== undefined && isArrow(e));
  if (!first) return [];
  const path = [first.from.host];
  for (const e of trace) {
    if (e.conn !== first.conn || !isArrow(e)) continue;
    if (e.from.host === path[path.length - 1] && !path.includes(e.to.host)) path.push(e.to.host);
  }
  return path;
}

export function buildRows(trace: readonly TraceEntry[], fold: boolean): Row[] {
  const rows: Row[] = [];
  // Open folds per connection and link; and the last folded row per connection (for NAT entries).
  const open = new Map<string, Row & { done: boolean }>();
  const lastFolded = new Map<number, Row>();
  const natRowOf = new Map<Row, Row>();
  const lastArrowInto = new Map<string, string>();
  const prompts = promptReader();
  for (const e of trace) {
    const prompt = prompts.see(e);
    if (e.kind === "CommandTyped") {
      rows.push({ first: e.seq, entry: e, seqs: [e.seq], flags: [], prompt: (prompt ?? "").trimEnd() });
      continue;
    }
    if (e.kind === "SegmentDropped") {
      const from = lastArrowInto.get(`${e.conn}|${e.to.host}`);
      rows.push({ first: e.seq, entry: e, seqs: [e.seq], flags: [], ...(from ? { fromHost: from } : {}) });
      continue;
    }
    if (isArrow(e)) lastArrowInto.set(`${e.conn}|${e.to.host}`, e.from.host);
    if (fold && e.kind === "SegmentSent" && e.conn !== undefined && isArrow(e)) {
      const row = foldSegment(e, open, rows);
      if (row) {
        lastFolded.set(e.conn, row);
        continue;
      }
    }
    if (fold && e.kind === "NatTranslated" && e.conn !== undefined && !e.after?.text) {
      const folded = lastFolded.get(e.conn);
      if (folded && trace[e.seq - 1]?.kind === "SegmentSent") {
        const nat = natRowOf.get(folded);
        if (nat) nat.seqs.push(e.seq);
        else {
          const row = { first: e.seq, entry: e, seqs: [e.seq], flags: [] };
          natRowOf.set(folded, row);
          rows.push(row);
        }
        continue;
      }
    }
    if (e.conn !== undefined) lastFolded.delete(e.conn);
    rows.push({ first: e.seq, entry: e, seqs: [e.seq], flags: [] });
  }
  return rows;
}

/** Adds a bare TCP segment to its connect/close row (creating it); null if it belongs to neither. */
function foldSegment(e: TraceEntry, open: Map<string, Row & { done: boolean }>, rows: Row[]): Row | null {
  const flags = e.flags ?? "";
  const has = (f: string) => flags.split(",").includes(f);
  const key = `${e.conn}|${linkKey(e)}`;
  let phase: Fold | null = null;
  const cur = open.get(key);
  if (has("RST")) return null;
  if (has("SYN")) phase = "connect";
  else if (has("FIN")) phase = "close";
  else if (flags === "ACK" && cur && !cur.done) phase = cur.fold ?? null;
  if (!phase) return null;
  if (cur && cur.fold === phase && !cur.done) {
    cur.seqs.push(e.seq);
    cur.flags.push(flags);
    if (flags === "ACK") cur.done = true;
    return cur;
  }
  const row = { first: e.seq, entry: e, fold: phase, seqs: [e.seq], flags: [flags], done: false };
  open.set(key, row);
  rows.push(row);
  return row;
}

/** Number of rows revealed at `cursor` (rows are sorted by `first`). */
export function revealedCount(rows: readonly Row[], cursor: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid]!.first <= cursor) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

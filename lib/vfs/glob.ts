/**
 * vsftpd's own filename filter for LIST/NLST/STAT arguments (not fnmatch): `*`, `?` and one level of
 * `{a,b}`. Literal runs are found with a forward search, so a few patterns match differently from a
 * shell glob; we keep those quirks because clients see them. vsftpd caps each name's match at 1000
 * steps (a name that reaches the cap does not match); `ListingBudget` also caps a whole listing, since
 * every session here shares one thread.
 */
const MAX_ITERS = 1000;

/** Match steps one listing may spend over all its names; past it the remaining names do not match. */
export const LISTING_MATCH_STEPS = 200_000;

export interface ListingBudget {
  left: number;
}

/** Whether `name` passes `filter`, spending the steps from `budget` (a fresh one by default). */
export function passesFilter(name: string, filter: string, budget?: ListingBudget): boolean {
  if (budget && budget.left <= 0) return false;
  const iters = { n: 0 };
  const r = match(name, 0, filter, iters);
  if (budget) budget.left -= iters.n;
  return r;
}

const isSpecial = (c: number): boolean => c === 42 || c === 63 || c === 123; // * ? {

/** vsf_filename_passes_filter on (name from `ni`, filter), with indices instead of copied remainders. */
function match(name: string, ni: number, filter: string, iters: { n: number }): boolean {
  let fi = 0;
  let lastToken = 0;
  let anchored = true;
  while (fi < filter.length && iters.n < MAX_ITERS) {
    iters.n++;
    let idx = fi;
    while (idx < filter.length && !isSpecial(filter.charCodeAt(idx))) idx++;
    const needed = filter.slice(fi, idx);
    lastToken = idx < filter.length ? filter.charCodeAt(idx) : 0;
    fi = idx < filter.length ? idx + 1 : idx;
    if (needed !== "") {
      const at = name.indexOf(needed, ni);
      if (at < 0 || (anchored && at > ni)) return false;
      ni = at + needed.length;
    }
    if (lastToken === 63) {
      if (ni >= name.length) return false;
      ni++;
      anchored = true;
    } else if (lastToken === 123) {
      anchored = true;
      const close = filter.indexOf("}", fi);
      if (close >= 0) {
        const after = filter.slice(close + 1);
        // vsftpd walks the comma list until it ends or meets an empty alternative.
        for (const alt of filter.slice(fi, close).split(",")) {
          if (alt === "") break;
          if (match(name, ni, alt + after, iters)) return true;
        }
        return false;
      }
      if (name.charCodeAt(ni) !== 123) return false;
      ni++;
    } else anchored = false;
  }
  if (ni < name.length && lastToken !== 42) return false;
  return iters.n < MAX_ITERS;
}

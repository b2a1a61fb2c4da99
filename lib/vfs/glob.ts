/**
 * vsftpd's own filename filter for LIST/NLST/STAT arguments (not fnmatch): `*`, `?` and one level of
 * `{a,b}`. Literal runs are found with a forward search, so a few patterns match differently from a
 * shell glob; we keep those quirks because clients see them. An iteration cap bounds the work.
 */
const MAX_ITERS = 1000;

export function passesFilter(name: string, filter: string, iters = { n: 0 }): boolean {
  let filterRest = filter;
  let nameRest = name;
  let lastToken = "";
  let anchored = true;
  while (filterRest !== "" && iters.n < MAX_ITERS) {
    iters.n++;
    const idx = filterRest.search(/[*?{]/);
    let needed: string;
    if (idx >= 0) {
      needed = filterRest.slice(0, idx);
      lastToken = filterRest[idx]!;
      filterRest = filterRest.slice(idx + 1);
    } else {
      needed = filterRest;
      filterRest = "";
      lastToken = "";
    }
    if (needed !== "") {
      const at = nameRest.indexOf(needed);
      if (at < 0 || (anchored && at > 0)) return false;
      nameRest = nameRest.slice(at + needed.length);
    }
    if (lastToken === "*") anchored = false;
    else if (lastToken === "?") {
      if (nameRest === "") return false;
      nameRest = nameRest.slice(1);
      anchored = true;
    } else if (lastToken === "{") {
      const close = filterRest.indexOf("}");
      if (close >= 0) {
        const after = filterRest.slice(close + 1);
        return filterRest
          .slice(0, close)
          .split(",")
          .some((alt) => alt !== "" && passesFilter(nameRest, alt + after, iters));
      }
      if (!nameRest.startsWith("{")) return false;
      nameRest = nameRest.slice(1);
    }
  }
  if (nameRest.length > 0 && lastToken !== "*") return false;
  return iters.n < MAX_ITERS;
}

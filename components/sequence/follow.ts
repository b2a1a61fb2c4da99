/**
 * Where to scroll so the cursor's row is seen. The diagram scrolls inside its own box, but at small
 * window sizes (1024×768) that box reaches below the window, so "inside the box" is not "on screen":
 * the row must land in the part of the box the window shows. Only when that part is too thin to hold
 * the row (the learner scrolled the page away) does the page itself move, and never while the learner
 * types elsewhere (the caller says so). Pure numbers in, numbers out, so it is unit-tested.
 */

export interface FollowInput {
  /** The row's top and height in the box's scrolled content. */
  readonly rowTop: number;
  readonly rowH: number;
  /** The box: its scroll offset, visible and content heights, and its top in the window (getBoundingClientRect). */
  readonly scrollTop: number;
  readonly clientHeight: number;
  readonly scrollHeight: number;
  readonly boxTop: number;
  /** The window's height. */
  readonly viewportH: number;
  /** Whether the page may scroll (false while the learner types in the terminal or a field). */
  readonly mayScrollPage: boolean;
}

export interface FollowMove {
  /** The box's new scroll offset, when it must move. */
  readonly scrollTop?: number;
  /** How far to scroll the window (positive: down), when it must move. */
  readonly pageBy?: number;
}

/** Where the row is placed in the band it scrolls into: low, so new arrows appear where the eye already is. */
const LOW = 0.7;

export function follow(i: FollowInput): FollowMove {
  // The band of the box the window shows: `hidden` px of it are above the window, `shown` px on screen.
  const hidden = Math.max(0, -i.boxTop);
  const shown = Math.min(i.clientHeight, i.viewportH - i.boxTop) - hidden;
  const inBand = (scroll: number) => {
    const y = i.rowTop - scroll;
    return y >= hidden && y + i.rowH <= hidden + shown;
  };
  if (inBand(i.scrollTop)) return {};
  // A band too thin to hold the row (the page scrolled away from the diagram): aim at the whole box.
  const [from, height] = shown >= 2 * i.rowH ? [hidden, shown] : [0, i.clientHeight];
  const maxScroll = Math.max(0, i.scrollHeight - i.clientHeight);
  const scroll = Math.min(maxScroll, Math.max(0, Math.round(i.rowTop - from - (height - i.rowH) * LOW)));
  const move = scroll === i.scrollTop ? {} : { scrollTop: scroll };
  if (inBand(scroll) || !i.mayScrollPage) return move;
  // The box cannot scroll far enough (the row is near the end of a box taller than the window shows).
  const y = i.boxTop + i.rowTop - scroll;
  const pageBy = y < 0 ? y - i.rowH / 2 : y + i.rowH > i.viewportH ? y + i.rowH * 1.5 - i.viewportH : 0;
  return pageBy ? { ...move, pageBy: Math.round(pageBy) } : move;
}

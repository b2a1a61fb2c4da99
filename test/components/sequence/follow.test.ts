import { describe, expect, it } from "vitest";
import { follow, type FollowInput } from "@/components/sequence/follow";

/*
 * The cursor's row must be on screen, not merely inside the diagram's box: at 1024×768 the box starts
 * about 465 px down and reaches below the window, so a row 400 px into the box was "visible" to the old
 * check and off screen to the learner.
 */
const ROW = 48;
const at1024: Omit<FollowInput, "rowTop"> = {
  rowH: ROW,
  scrollTop: 0,
  clientHeight: 600,
  scrollHeight: 31 * ROW + ROW / 2,
  boxTop: 465,
  viewportH: 768,
  mayScrollPage: true,
};

/** The row's top and bottom in the window after a move. */
function onScreen(i: FollowInput) {
  const m = follow(i);
  const top = i.boxTop - (m.pageBy ?? 0) + i.rowTop - (m.scrollTop ?? i.scrollTop);
  return { m, top, bottom: top + i.rowH };
}

describe("follow: the cursor's row scrolled into the window", () => {
  it("leaves a row that is already on screen alone", () => {
    expect(follow({ ...at1024, rowTop: 2 * ROW })).toEqual({});
  });

  it("scrolls the box, not the page, for a row inside the box but below the window (row 8 of a capture)", () => {
    const i = { ...at1024, rowTop: 8 * ROW };
    const { m, top, bottom } = onScreen(i);
    expect(m.pageBy).toBeUndefined();
    expect(m.scrollTop).toBeGreaterThan(0);
    expect(top).toBeGreaterThanOrEqual(at1024.boxTop);
    expect(bottom).toBeLessThanOrEqual(768);
  });

  it("brings the page along when the box cannot scroll far enough (the last row of a short trace)", () => {
    const i = { ...at1024, rowTop: 11 * ROW, scrollHeight: 12 * ROW + ROW / 2 };
    const { m, top, bottom } = onScreen(i);
    expect(m.pageBy).toBeGreaterThan(0);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(bottom).toBeLessThanOrEqual(768);
  });

  it("scrolls the page back up to a diagram scrolled out above the window", () => {
    const i = { ...at1024, boxTop: -700, rowTop: 3 * ROW };
    const { m, top, bottom } = onScreen(i);
    expect(m.pageBy).toBeLessThan(0);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(bottom).toBeLessThanOrEqual(768);
  });

  it("never moves the page while the learner types elsewhere; the box still follows", () => {
    const i = { ...at1024, boxTop: -700, rowTop: 20 * ROW, scrollTop: 0, mayScrollPage: false };
    const m = follow(i);
    expect(m.pageBy).toBeUndefined();
    expect(m.scrollTop).toBeGreaterThan(0);
  });

  it("keeps the old placement on a large window (the box fits): the row low in the box", () => {
    const big = { ...at1024, boxTop: 420, clientHeight: 640, viewportH: 1080, scrollHeight: 100 * ROW };
    const m = follow({ ...big, rowTop: 40 * ROW });
    expect(m.pageBy).toBeUndefined();
    const y = 40 * ROW - m.scrollTop!;
    expect(y).toBeGreaterThan(640 * 0.5);
    expect(y + ROW).toBeLessThanOrEqual(640);
  });
});

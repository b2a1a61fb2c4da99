/**
 * The scheduler's agenda: events ordered by simulated time, ties broken by insertion order so that
 * the same inputs always run in the same order (determinism). A binary heap keeps a 10,000-command
 * session linear-ish: each push/pop is O(log n).
 */
export interface Scheduled<E> {
  readonly at: number;
  readonly order: number;
  readonly event: E;
}

export class EventQueue<E> {
  private heap: Scheduled<E>[] = [];
  private counter = 0;

  get size(): number {
    return this.heap.length;
  }

  push(at: number, event: E): void {
    this.heap.push({ at, order: this.counter++, event });
    this.up(this.heap.length - 1);
  }

  peek(): Scheduled<E> | undefined {
    return this.heap[0];
  }

  pop(): Scheduled<E> | undefined {
    const top = this.heap[0];
    const last = this.heap.pop();
    if (top === undefined || last === undefined) return undefined;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      this.down(0);
    }
    return top;
  }

  /** True when some pending event satisfies `pred` (used to ask "is anything but a timer pending?"). */
  some(pred: (e: E) => boolean): boolean {
    return this.heap.some((s) => pred(s.event));
  }

  private less(a: Scheduled<E>, b: Scheduled<E>): boolean {
    return a.at < b.at || (a.at === b.at && a.order < b.order);
  }

  private up(i: number): void {
    const h = this.heap;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }

  private down(i: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && this.less(h[l]!, h[m]!)) m = l;
      if (r < h.length && this.less(h[r]!, h[m]!)) m = r;
      if (m === i) return;
      [h[i], h[m]] = [h[m]!, h[i]!];
      i = m;
    }
  }
}

// A binary heap of numbers ordered by a caller's comparison: the priority queue of the best/worst ending search.

/** A binary heap of entry indexes; `before(a, b)` says a comes out first. */
export class Heap {
  private items: number[] = [];
  constructor(private readonly before: (a: number, b: number) => boolean) {}
  push(x: number): void {
    const items = this.items;
    items.push(x);
    for (let i = items.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (!this.before(items[i] as number, items[p] as number)) break;
      [items[i], items[p]] = [items[p] as number, items[i] as number];
      i = p;
    }
  }
  pop(): number | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && this.before(items[l] as number, items[m] as number)) m = l;
        if (r < items.length && this.before(items[r] as number, items[m] as number)) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m] as number, items[i] as number];
        i = m;
      }
    }
    return top;
  }
}

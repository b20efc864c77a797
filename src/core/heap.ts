/**
 * A binary min-heap of scheduler entries ordered by (time, sequence), so entries due at the
 * same virtual time come out in the order they were pushed.
 *
 * @example
 *   const h = new EntryHeap<string>(); h.push(5, 'b'); h.push(5, 'c'); h.push(1, 'a');
 *   h.pop()?.item === 'a'; h.pop()?.item === 'b'
 */
export interface Entry<T> {
  t: number;
  seq: number;
  item: T;
}

export class EntryHeap<T> {
  private readonly a: Entry<T>[] = [];
  private seq = 0;

  get size(): number {
    return this.a.length;
  }
  /** The earliest entry without removing it. */
  peek(): Entry<T> | undefined {
    return this.a[0];
  }
  push(t: number, item: T): void {
    const a = this.a;
    const e = { t, seq: this.seq++, item };
    let i = a.length;
    a.push(e);
    while (i > 0) {
      const p = (i - 1) >> 1;
      const parent = a[p] as Entry<T>;
      if (!less(e, parent)) break;
      a[i] = parent;
      i = p;
    }
    a[i] = e;
  }
  pop(): Entry<T> | undefined {
    const a = this.a;
    const top = a[0];
    const last = a.pop();
    if (top === undefined || last === undefined || a.length === 0) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= a.length) break;
      const r = l + 1;
      const left = a[l] as Entry<T>;
      const right = a[r];
      const c = right !== undefined && less(right, left) ? r : l;
      const child = a[c] as Entry<T>;
      if (!less(child, last)) break;
      a[i] = child;
      i = c;
    }
    a[i] = last;
    return top;
  }
}

function less<T>(x: Entry<T>, y: Entry<T>): boolean {
  return x.t < y.t || (x.t === y.t && x.seq < y.seq);
}

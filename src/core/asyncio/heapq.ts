/**
 * Python's `heapq` push and pop, step for step, for the loop's timer heap: TimerHandles
 * compare by `when` alone, and heapq is not stable, so two timers due at the same instant
 * come out in the order CPython's heap gives them (not necessarily the order scheduled).
 *
 * @example
 *   const h: Timer[] = []; heappush(h, a); heappush(h, b); heappop(h);
 */

/** Anything with a due time. */
export interface Timed {
  readonly due: number | null;
}

const lt = (a: Timed, b: Timed) => (a.due ?? 0) < (b.due ?? 0);

function siftdown<T extends Timed>(heap: T[], startpos: number, start: number): void {
  let pos = start;
  const newitem = heap[pos] as T;
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const parent = heap[parentpos] as T;
    if (!lt(newitem, parent)) break;
    heap[pos] = parent;
    pos = parentpos;
  }
  heap[pos] = newitem;
}

function siftup<T extends Timed>(heap: T[], start: number): void {
  const endpos = heap.length;
  let pos = start;
  const newitem = heap[pos] as T;
  let childpos = 2 * pos + 1;
  while (childpos < endpos) {
    const rightpos = childpos + 1;
    if (rightpos < endpos && !lt(heap[childpos] as T, heap[rightpos] as T)) childpos = rightpos;
    heap[pos] = heap[childpos] as T;
    pos = childpos;
    childpos = 2 * pos + 1;
  }
  heap[pos] = newitem;
  siftdown(heap, start, pos);
}

export function heappush<T extends Timed>(heap: T[], item: T): void {
  heap.push(item);
  siftdown(heap, 0, heap.length - 1);
}

export function heappop<T extends Timed>(heap: T[]): T | undefined {
  const last = heap.pop();
  if (last === undefined || heap.length === 0) return last;
  const top = heap[0] as T;
  heap[0] = last;
  siftup(heap, 0);
  return top;
}

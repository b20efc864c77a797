/**
 * The order a gate shows its choices in: a shuffle seeded by the gate's id, so it follows
 * neither the question (the right answer is not always first, or last) nor the trace, and is
 * the same on every replay and in every test. `choiceOrder(id, n)[i]` is the index, in the
 * drafted list (right answer first, then the distractors), of the choice shown at place `i`.
 *
 * @example choiceOrder('callback-thread@60', 3); // a permutation of [0, 1, 2], always the same one
 */
export function choiceOrder(gateId: string, n: number): number[] {
  const next = seeded(hash(gateId));
  const order = Array.from({ length: n }, (_, i) => i);
  // Fisher–Yates with the seeded generator.
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** FNV-1a, 32 bits: a well-spread seed from a short string. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small, fast generator, plenty for shuffling a handful of choices. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

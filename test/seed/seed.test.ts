import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_COPY, SEED_FETCH_SQUARE, SHARED_SEED } from './seed';

describe('the seed, once', () => {
  it('keep the repository’s copy of the seed identical to the shared seed', () => {
    const shared = existsSync(SHARED_SEED) ? readFileSync(SHARED_SEED, 'utf8') : null;
    expect(readFileSync(SEED_COPY, 'utf8')).toBe(shared ?? readFileSync(SEED_COPY, 'utf8'));
  });

  it('is the program the playground’s editor starts with, character for character', () => {
    const playground = resolve(__dirname, '../../src/playground/seed_fetch_square.py');
    expect(readFileSync(playground, 'utf8')).toBe(SEED_FETCH_SQUARE);
  });
});

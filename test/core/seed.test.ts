import { describe, expect, it } from 'vitest';
import { consoleText, simulate } from '../../src/core';
import { seedFetchSquare } from './seed_fetch_square';

describe('the seed In [9], [12], [13]: fetch_square(2), (3), (4)', () => {
  const trace = simulate(seedFetchSquare, { python: '3.11', firstAddress: '0x7f5a1c537ac8' });

  it('prints the seed output after the 5 s timers fire', () => {
    expect(consoleText(trace)).toBe('Result is: 4\nResult is: 9\nResult is: 16\n');
  });

  it('runs each callback on the Timer thread that completed its future', () => {
    const prints = trace.events.filter((e) => e.type === 'stdout');
    expect(prints.map((e) => e.thread)).toEqual(['Thread-1', 'Thread-2', 'Thread-3']);
    expect(prints.every((e) => e.t >= 5_000_000)).toBe(true);
  });

  it('gives the first future the configured address', () => {
    const created = trace.events.find((e) => e.type === 'future.create');
    expect(created && 'address' in created && created.address).toBe('0x7f5a1c537ac8');
  });

  it('ends with program.end after the timers, and is deterministic', () => {
    expect(trace.events.at(-1)?.type).toBe('program.end');
    const again = simulate(seedFetchSquare, { python: '3.11', firstAddress: '0x7f5a1c537ac8' });
    expect(JSON.stringify(again)).toBe(JSON.stringify(trace));
  });
});

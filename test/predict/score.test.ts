import { describe, expect, it } from 'vitest';
import { fetchSquareTrace } from '../fixtures/fetchSquareTrace';
import { gatesFor } from '../../src/predict/gatesFor';
import { SCORE_KEY, scoreBook, type StorageLike } from '../../src/predict/score';
import { predictModeOn, rememberPredictMode } from '../../src/predict/preference';

const memoryStorage = (): StorageLike & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
};
const gates = gatesFor(fetchSquareTrace());

describe('scoreBook', () => {
  it('counts first-try right answers per scenario, and a later try changes nothing', () => {
    const book = scoreBook(memoryStorage());
    book.record('fetch-square', gates[0]!.id, 'correct');
    book.record('fetch-square', gates[1]!.id, 'wrong');
    book.record('fetch-square', gates[1]!.id, 'correct');
    book.record('fetch-square', gates[2]!.id, 'shown');
    expect(book.scoreOf('fetch-square', gates)).toEqual({ firstTry: 1, tried: 3, total: 3 });
    expect(book.scoreOf('network-request')).toEqual({ firstTry: 0, tried: 0, total: 0 });
  });

  it('totals every scenario with an attempt: the questions met, and those right on the first try', () => {
    const book = scoreBook(memoryStorage());
    expect(book.allScenarios()).toEqual({ firstTry: 0, tried: 0, total: 0 });
    book.record('fetch-square', gates[0]!.id, 'correct');
    book.record('fetch-square', gates[1]!.id, 'wrong');
    book.record('equal-delays', 'a@1', 'correct');
    book.record('lab?delays=5,5', 'b@2', 'shown');
    expect(book.allScenarios()).toEqual({ firstTry: 2, tried: 4, total: 4 });
    book.reset('fetch-square');
    expect(book.allScenarios()).toEqual({ firstTry: 1, tried: 2, total: 2 });
  });

  it('survives a reload (a new book over the same storage) and forgets on Reset', () => {
    const storage = memoryStorage();
    scoreBook(storage).record('fetch-square', gates[0]!.id, 'correct');
    scoreBook(storage).record('lab', 'x@1', 'correct');
    const again = scoreBook(storage);
    expect(again.scoreOf('fetch-square', gates).firstTry).toBe(1);
    again.reset('fetch-square');
    expect(scoreBook(storage).scoreOf('fetch-square', gates).tried).toBe(0);
    expect(scoreBook(storage).scoreOf('lab').tried).toBe(1);
    again.reset();
    expect(storage.data.has(SCORE_KEY)).toBe(false);
  });

  it('never throws on garbage, missing or failing storage', () => {
    const storage = memoryStorage();
    storage.data.set(SCORE_KEY, '{not json');
    expect(scoreBook(storage).scoreOf('lab').tried).toBe(0);
    storage.data.set(SCORE_KEY, JSON.stringify({ lab: { a: 'correct', b: 'bogus' }, x: 3 }));
    expect(scoreBook(storage).scoreOf('lab')).toEqual({ firstTry: 1, tried: 1, total: 1 });
    const failing: StorageLike = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    const book = scoreBook(failing);
    expect(() => book.record('lab', 'a', 'correct')).not.toThrow();
    expect(book.scoreOf('lab').firstTry).toBe(1);
    expect(() => book.reset()).not.toThrow();
    const memoryOnly = scoreBook(null);
    memoryOnly.record('lab', 'a', 'wrong');
    expect(memoryOnly.outcomeOf('lab', 'a')).toBe('wrong');
  });
});

describe('predictModeOn', () => {
  it('follows the link first, then the remembered choice, then on for notebook scenarios only', () => {
    const storage = memoryStorage();
    expect(predictModeOn({ link: null, scenario: 'fetch-square', storage })).toBe(true);
    expect(predictModeOn({ link: null, scenario: 'lab', storage })).toBe(false);
    rememberPredictMode(storage, false);
    expect(predictModeOn({ link: null, scenario: 'fetch-square', storage })).toBe(false);
    expect(predictModeOn({ link: '1', scenario: 'fetch-square', storage })).toBe(true);
    rememberPredictMode(storage, true);
    expect(predictModeOn({ link: '0', scenario: 'lab', storage })).toBe(false);
    expect(predictModeOn({ link: null, scenario: 'lab', storage })).toBe(true);
  });
});

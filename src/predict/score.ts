/**
 * The learner's private score: for each scenario, how each gate went on the first try. Kept
 * only in this browser's `localStorage` (no server, no tracking), with a Reset.
 *
 * Storage that is missing, full, disabled or holding garbage never throws: the score then
 * lives in memory for the session.
 *
 * @example
 *   const book = scoreBook(window.localStorage);
 *   book.record('fetch-square', 'callback-thread@53', 'correct');
 *   book.scoreOf('fetch-square', gates); // { firstTry: 1, tried: 1, total: 3 }
 *   book.allScenarios();                 // { firstTry: 11, tried: 15, total: 15 }
 *   book.reset('fetch-square');
 */
import type { Gate } from './gate';

/** How a gate's first attempt went; a Show me before any check counts as `shown`. */
export type FirstOutcome = 'correct' | 'wrong' | 'shown';

/** The part of the Web Storage API used here, so tests can pass an in-memory one. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface Score {
  /** Gates answered right on the first try. */
  firstTry: number;
  /** Gates with any recorded attempt. */
  tried: number;
  /** Gates in the scenario (when the gates are given), else `tried`. */
  total: number;
}

export interface ScoreBook {
  /** Records a gate's first outcome; later attempts at the same gate change nothing. */
  record(scenario: string, gateId: string, outcome: FirstOutcome): void;
  /** The first outcome recorded for a gate, if any. */
  outcomeOf(scenario: string, gateId: string): FirstOutcome | null;
  scoreOf(scenario: string, gates?: readonly Gate[]): Score;
  /**
   * The total over every scenario (and Lab program) with a recorded attempt: `total` is the
   * questions met so far, since a scenario not opened yet has no gates counted.
   */
  allScenarios(): Score;
  /** Forgets one scenario's score, or every score when no scenario is named. */
  reset(scenario?: string): void;
}

export const SCORE_KEY = 'futures-visualizer.predict-score.v1';

type Book = Record<string, Record<string, FirstOutcome>>;

const OUTCOMES: readonly string[] = ['correct', 'wrong', 'shown'];

/** Parses stored JSON, keeping only well-formed entries. */
function parse(text: string | null): Book {
  if (!text) return {};
  try {
    const raw: unknown = JSON.parse(text);
    if (typeof raw !== 'object' || raw === null) return {};
    const book: Book = {};
    for (const [scenario, gates] of Object.entries(raw)) {
      if (typeof gates !== 'object' || gates === null) continue;
      const kept = Object.entries(gates).filter(([, o]) => OUTCOMES.includes(o as string));
      book[scenario] = Object.fromEntries(kept) as Record<string, FirstOutcome>;
    }
    return book;
  } catch {
    return {};
  }
}

/** The browser's localStorage, or null where it cannot be reached (private modes, tests). */
export function browserStorage(): StorageLike | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** A score book over `storage` (null: memory only). */
export function scoreBook(storage: StorageLike | null = browserStorage()): ScoreBook {
  let memory: Book = {};
  const load = (): Book => {
    try {
      return storage ? parse(storage.getItem(SCORE_KEY)) : memory;
    } catch {
      return memory;
    }
  };
  const save = (book: Book) => {
    memory = book;
    try {
      storage?.setItem(SCORE_KEY, JSON.stringify(book));
    } catch {
      // Full or disabled storage: the score stays in memory for this session.
    }
  };
  return {
    record(scenario, gateId, outcome) {
      const book = load();
      const gates = book[scenario] ?? {};
      if (gates[gateId]) return;
      save({ ...book, [scenario]: { ...gates, [gateId]: outcome } });
    },
    outcomeOf: (scenario, gateId) => load()[scenario]?.[gateId] ?? null,
    scoreOf(scenario, gates) {
      const recorded = load()[scenario] ?? {};
      const ids = gates ? gates.map((g) => g.id) : Object.keys(recorded);
      const outcomes = ids.map((id) => recorded[id]).filter((o) => o !== undefined);
      return {
        firstTry: outcomes.filter((o) => o === 'correct').length,
        tried: outcomes.length,
        total: ids.length,
      };
    },
    allScenarios() {
      const outcomes = Object.values(load()).flatMap((gates) => Object.values(gates));
      const firstTry = outcomes.filter((o) => o === 'correct').length;
      return { firstTry, tried: outcomes.length, total: outcomes.length };
    },
    reset(scenario) {
      if (scenario === undefined) {
        memory = {};
        try {
          storage?.removeItem(SCORE_KEY);
        } catch {
          // Nothing to forget that we can reach.
        }
        return;
      }
      const { [scenario]: _dropped, ...rest } = load();
      save(rest);
    },
  };
}

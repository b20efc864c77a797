import { describe, expect, it } from 'vitest';
import type { Trace, TraceEvent } from '../../../src/core/trace';
import { us } from '../../../src/core/trace';
import { consoleLinesAt } from '../../../src/store/selectors/consoleLinesAt';
import { fetchSquareTrace } from '../../fixtures/fetchSquareTrace';
import { PRINT_T, twoPrintsTrace } from '../fixtures/twoPrintsAtOnce';

const trace = fetchSquareTrace();

describe('consoleLinesAt', () => {
  it('is empty before the first print and has the seed output at the end, printed by each timer thread', () => {
    const firstPrint = trace.events.find((e) => e.type === 'stdout')!;
    expect(consoleLinesAt(trace, firstPrint.t - 1)).toEqual([]);
    const lines = consoleLinesAt(trace, trace.end);
    expect(lines.map((l) => l.text)).toEqual(['Result is: 4', 'Result is: 9', 'Result is: 16']);
    expect(lines.map((l) => l.thread)).toEqual(['Thread-1', 'Thread-2', 'Thread-3']);
    expect(lines.every((l) => l.callbackName === 'on_done_future')).toBe(true);
  });
  it('splits a write into one line per newline and joins writes without one', () => {
    const write = (seq: number, type: 'stdout' | 'stderr', text: string) =>
      ({ seq, t: us(seq), thread: 'MainThread', line: 1, type, text }) as TraceEvent;
    const t: Trace = {
      version: 2,
      source: '',
      end: us(3),
      events: [
        write(0, 'stdout', 'a\nb'),
        write(1, 'stdout', 'c\n'),
        write(2, 'stderr', 'Traceback\n  boom\n'),
      ],
    };
    expect(consoleLinesAt(t, 3).map((l) => [l.stream, l.text])).toEqual([
      ['stdout', 'a'],
      ['stdout', 'bc'],
      ['stderr', 'Traceback'],
      ['stderr', '  boom'],
    ]);
  });
  it('stops at the cut within an instant, and shows the whole instant without one', () => {
    const two = twoPrintsTrace();
    const [first, second] = two.events.filter((e) => e.type === 'stdout');
    const texts = (cut: number | null) => consoleLinesAt(two, PRINT_T, cut).map((l) => l.text);
    expect(texts(first!.seq - 1)).toEqual([]);
    expect(texts(first!.seq)).toEqual(['Result is: 4']);
    expect(texts(second!.seq - 1)).toEqual(['Result is: 4']);
    expect(texts(null)).toEqual(['Result is: 4', "{'result': 4}"]);
  });
});

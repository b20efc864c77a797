import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/scenarios';
import { currentEventIndex } from '../../src/store/selectors/currentEventIndex';
import { atEventReader } from '../../src/store/snapshot';

const trace = runScenario('fetch-square').trace;
const at = (read: ReturnType<typeof atEventReader>, t: number) =>
  read(trace, currentEventIndex(trace, t), t as never);
const printed = (read: ReturnType<typeof atEventReader>, t: number) =>
  at(read, t).console.map((l) => l.text);

describe('atEventReader', () => {
  it('gives two readers at different moments of one trace their own answers', () => {
    const a = atEventReader();
    const b = atEventReader();
    for (let i = 0; i < 3; i++) {
      expect(printed(a, trace.end)).toEqual(['Result is: 4', 'Result is: 9', 'Result is: 16']);
      expect(printed(b, 0)).toEqual([]);
    }
  });
  it('keeps unchanged parts identical from one moment to the next', () => {
    const [first, second] = trace.events.filter((e) => e.type === 'stdout');
    const read = atEventReader();
    const before = at(read, first!.t);
    const after = at(read, second!.t - 1);
    expect(after.console).toHaveLength(1);
    expect(after.console).toBe(before.console);
  });
});

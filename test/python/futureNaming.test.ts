import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/scenarios/run';
import { SCENARIO_IDS } from '../../src/scenarios/registry';
import { detectPython } from './support/cpython';

const RECORDER_DIR = resolve(__dirname, '../../src/playground/python');

/**
 * Runs `body` under python3 with the playground's recorder importable (its Pyodide-only
 * import stubbed: `qualified_name` needs none of it) and returns what it printed.
 */
function withRecorder(body: string): string {
  detectPython();
  const script = [
    'import sys, types',
    "ffi = types.ModuleType('pyodide.ffi'); ffi.run_sync = lambda c: c",
    "sys.modules['pyodide'] = types.ModuleType('pyodide'); sys.modules['pyodide.ffi'] = ffi",
    `sys.path.insert(0, ${JSON.stringify(RECORDER_DIR)})`,
    'from vt_trace import qualified_name',
    body,
  ].join('\n');
  return execFileSync('python3', ['-c', script], { encoding: 'utf8' });
}

describe('a future named inside a call is told by that call (qualified_name)', () => {
  it('gives the call and the reprs of its arguments, each cut to 20 characters', () => {
    const out = withRecorder(
      [
        'def fetch_square(number, label="x", *, late=False):',
        '    print(qualified_name("fut", sys._getframe()))',
        'fetch_square(2)',
        "fetch_square('three', 'a' * 30, late=True)",
        'class Client:',
        '    def get(self, n):',
        '        print(qualified_name("fut", sys._getframe()))',
        'Client().get(5)',
        'print(qualified_name("fut", sys._getframe()))',
      ].join('\n'),
    );
    expect(out.split('\n')).toEqual([
      "fut · fetch_square(2, 'x', False)",
      `fut · fetch_square('three', '${'a'.repeat(18)}…, True)`,
      // `self` says nothing about which call it was.
      'fut · get(5)',
      // At the module's top level there is no call to tell it by.
      'fut',
      '',
    ]);
  });
});

describe("the core's scenarios name every future distinctly", () => {
  it('no two futures of a built-in scenario share a name', () => {
    for (const id of SCENARIO_IDS) {
      const names = runScenario(id).trace.events.flatMap((e) =>
        e.type === 'future.create' ? [e.name] : [],
      );
      expect(new Set(names).size, `${id}: ${names.join(', ')}`).toBe(names.length);
    }
  });
});

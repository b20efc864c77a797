/**
 * The .ipynb downloads are nbformat 4 notebooks whose stored outputs are what their code
 * produces: each notebook is run cell by cell by python3 the way IPython runs cells (the
 * last expression's repr is the cell's Out value), with scenarios_runner's shortened waits,
 * and the outputs are compared.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../src/scenarios/registry';
import { notebookIpynb } from '../../src/scenarios/ipynb';
import { notebookCell } from '../../src/scenarios/notebook-cells';
import { maskAddresses, requirePython } from './scenarios-cpython';

requirePython();
const HERE = new URL('.', import.meta.url).pathname;

/** Runs the code cells in one namespace; returns each cell's outputs in the notebook's shape. */
const KERNEL = String.raw`
import ast, io, json, sys, threading
sys.path.insert(0, sys.argv[1])
import scenarios_runner
scenarios_runner.install(0.1)  # shorter waits, tied Timers in start order, one write per print
nb = json.load(sys.stdin)
ns, outputs, current = {}, {}, [None]
class Router(io.TextIOBase):
    def write(self, s):
        outputs.setdefault(current[0], []).append(["stream", s]); return len(s)
sys.stdout = Router()
for cell in nb["cells"]:
    if cell["cell_type"] != "code": continue
    current[0] = cell["execution_count"]
    tree = ast.parse("".join(cell["source"]))
    last = tree.body[-1] if tree.body and isinstance(tree.body[-1], ast.Expr) else None
    if last: tree.body = tree.body[:-1]
    exec(compile(tree, "<cell>", "exec"), ns)
    if last:
        value = eval(compile(ast.Expression(last.value), "<cell>", "eval"), ns)
        if value is not None: outputs.setdefault(current[0], []).append(["execute_result", repr(value)])
for t in threading.enumerate():
    if t is not threading.main_thread(): t.join()
sys.__stdout__.write(json.dumps({str(k): v for k, v in outputs.items()}))
`;

type Output = { output_type: string; text?: string[]; data?: { 'text/plain': string[] } };

describe('the .ipynb downloads', () => {
  const notebooks = SCENARIOS.filter((s) => s.cellNumbers.length > 0);

  it.each(notebooks.map((s) => [s.id] as const))(
    '%s is a valid nbformat 4 notebook of the seed’s cells',
    (id) => {
      const nb = JSON.parse(notebookIpynb(id));
      expect(nb).toMatchObject({
        nbformat: 4,
        nbformat_minor: 5,
        metadata: { kernelspec: { name: 'python3' } },
      });
      const code = nb.cells.filter((c: { cell_type: string }) => c.cell_type === 'code');
      const info = SCENARIOS.find((s) => s.id === id);
      expect(code.map((c: { execution_count: number }) => c.execution_count)).toEqual(
        info?.cellNumbers,
      );
      for (const c of nb.cells) {
        expect(typeof c.id).toBe('string');
        expect(c.metadata).toEqual({});
        expect(Array.isArray(c.source)).toBe(true);
        if (c.cell_type === 'code') {
          expect(c.source.join('')).toBe(notebookCell(c.execution_count).code);
          expect(Array.isArray(c.outputs)).toBe(true);
        }
      }
      expect(new Set(nb.cells.map((c: { id: string }) => c.id)).size).toBe(nb.cells.length);
    },
  );

  it.each(notebooks.map((s) => [s.id] as const))(
    '%s: python3 running its cells produces its stored outputs',
    (id) => {
      const nb = JSON.parse(notebookIpynb(id));
      const ran = JSON.parse(
        execFileSync('python3', ['-c', KERNEL, HERE], {
          input: JSON.stringify(nb),
          timeout: 30_000,
        }).toString(),
      );
      for (const c of nb.cells) {
        if (c.cell_type !== 'code') continue;
        const stored = (c.outputs as Output[]).map((o) =>
          o.output_type === 'stream'
            ? `stream:${(o.text ?? []).join('')}`
            : `result:${(o.data?.['text/plain'] ?? []).join('')}`,
        );
        const real = ((ran[String(c.execution_count)] ?? []) as [string, string][]).reduce<
          string[]
        >((acc, [kind, text]) => {
          // Consecutive writes form one stream output, as Jupyter shows them.
          const last = acc[acc.length - 1];
          if (kind === 'stream' && last?.startsWith('stream:')) acc[acc.length - 1] = last + text;
          else acc.push(kind === 'stream' ? `stream:${text}` : `result:${text}`);
          return acc;
        }, []);
        expect(real.map(maskAddresses), `In [${c.execution_count}]`).toEqual(
          stored.map(maskAddresses),
        );
      }
    },
    40_000,
  );
});

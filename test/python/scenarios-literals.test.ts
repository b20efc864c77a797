/**
 * The Lab's number field accepts exactly what CPython accepts as an int or float literal
 * (with an optional sign), and computes the same value: checked against the real python3.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { floatRepr } from '../../src/core/pyfloat';
import { parsePyNumber } from '../../src/scenarios/pyliteral';

const CANDIDATES = [
  '0',
  '00',
  '0_0',
  '7',
  '-3',
  '+4',
  '- 5',
  '1_000',
  '1__000',
  '_1',
  '1_',
  '007',
  '0x1F',
  '0X_ff',
  '0o17',
  '0o8',
  '0b101',
  '0b2',
  '2.5',
  '.5',
  '5.',
  '1e16',
  '1E-5',
  '1e+308',
  '1e309',
  '-1e309',
  '1.5e-5',
  '1_0.2_5',
  '1._5',
  '1e1_0',
  '1e_1',
  '0.1',
  '-0.0',
  '123456789012345678901234567890',
  'abc',
  '1,5',
  '2 3',
  '1j',
  'inf',
  'nan',
  '0x',
  '1e',
  '.',
  '',
  '  2  ',
  '09.5',
  '0e0',
  '00.5',
  '1.2.3',
  'True',
  'None',
];

/** CPython's verdict: null when not a finite numeric literal, else [kind, repr(value)]. */
function cpythonVerdicts(items: string[]): ([string, string] | null)[] {
  const script = `
import ast, json, math, sys
out = []
for text in json.load(sys.stdin):
    try:
        node = ast.parse(text.strip(), mode="eval").body
    except SyntaxError:
        out.append(None); continue
    sign = 1
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        sign = -1 if isinstance(node.op, ast.USub) else 1
        node = node.operand
    ok = isinstance(node, ast.Constant) and type(node.value) in (int, float)
    if not ok or (type(node.value) is float and math.isinf(node.value)):
        out.append(None); continue
    v = sign * node.value
    out.append([type(v).__name__, repr(v)])
print(json.dumps(out))
`;
  return JSON.parse(
    execFileSync('python3', ['-c', script], { input: JSON.stringify(items) }).toString(),
  );
}

/** Our verdict in the same shape: the kind and the value's repr. */
function ours(text: string): [string, string] | null {
  const r = parsePyNumber(text);
  if (!r.ok) return null;
  if (r.value.kind === 'int') return ['int', r.value.value.toString()];
  return ['float', floatRepr(r.value.value)];
}

describe('Lab number literals against CPython', () => {
  it(`agrees with python3 on ${CANDIDATES.length} inputs`, () => {
    const verdicts = cpythonVerdicts(CANDIDATES);
    const disagreements = CANDIDATES.map((text, i) => ({
      text,
      ours: ours(text),
      cpython: verdicts[i] ?? null,
    })).filter((d) => JSON.stringify(d.ours) !== JSON.stringify(d.cpython));
    expect(disagreements).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_LAB, labFieldsText, validateLabInput } from '../../src/scenarios/lab-params';

/** The messages validateLabInput gives for `raw` (empty when it is valid). */
function messages(raw: Parameters<typeof validateLabInput>[0]): string[] {
  const r = validateLabInput(raw);
  return r.ok ? [] : r.errors.map((e) => e.message);
}

describe('validateLabInput', () => {
  it('accepts the defaults and fills missing fields with them', () => {
    expect(validateLabInput({})).toEqual({ ok: true, lab: DEFAULT_LAB });
    expect(validateLabInput(labFieldsText(DEFAULT_LAB))).toEqual({ ok: true, lab: DEFAULT_LAB });
  });

  it('names the field and the item for each malformed number (issue §5)', () => {
    expect(messages({ numbers: 'abc' })).toEqual([
      'numbers: item 1 (abc) is not a Python int or float literal',
    ]);
    expect(messages({ numbers: '2,,3' })).toEqual(['numbers: item 2 is empty']);
    expect(messages({ numbers: '2,1e309' })).toEqual([
      'numbers: item 2 (1e309) overflows to inf as a Python float (largest is about 1.8e308)',
    ]);
    expect(messages({ numbers: '' })).toEqual(['numbers: enter at least one number, e.g. 2,3,4']);
    expect(messages({ numbers: '007' })[0]).toMatch(/^numbers: item 1 \(007\) has leading zeros/);
    expect(messages({ numbers: '1j' })[0]).toMatch(/complex/);
  });

  it('keeps valid literals exactly as typed, huge and negative included', () => {
    const r = validateLabInput({
      numbers: ' 2, -3 ,1_000, 1e308, 0x1F, 123456789012345678901234567890 ',
    });
    expect(r.ok && r.lab.numbers).toEqual([
      '2',
      '-3',
      '1_000',
      '1e308',
      '0x1F',
      '123456789012345678901234567890',
    ]);
  });

  it('refuses more than 50 calls', () => {
    const many = Array.from({ length: 51 }, (_, i) => String(i)).join(',');
    expect(messages({ numbers: many })).toEqual(['numbers: 51 calls; the Lab runs at most 50']);
    expect(validateLabInput({ numbers: many.replace(/,50$/, '') }).ok).toBe(true);
  });

  it('checks intervals: negative, over an hour, malformed, and their count', () => {
    expect(messages({ delays: '-1' })).toEqual([
      'delays: item 1 (-1) is negative; an interval is 0 s or more',
    ]);
    expect(messages({ delays: '5,3601,1' })).toEqual([
      'delays: item 2 (3601) is over an hour (3600 s)',
    ]);
    expect(messages({ delays: '5,x,1' })).toEqual(['delays: item 2 (x) is not a Python number']);
    expect(messages({ delays: '1,2' })).toEqual([
      'delays: 2 values for 3 numbers; give one value for all calls or one per call',
    ]);
    const one = validateLabInput({ numbers: '1,2', delays: '0.5' });
    expect(one.ok && one.lab.delays).toEqual([0.5, 0.5]);
    const each = validateLabInput({ numbers: '1,2,3', delays: '3,1,2' });
    expect(each.ok && each.lab.delays).toEqual([3, 1, 2]);
  });

  it('checks outcomes and observe', () => {
    expect(messages({ outcomes: 'ok,boom,ok' })).toEqual([
      'outcomes: item 2 (boom) is not one of ok, fail, raise, cancel',
    ]);
    expect(messages({ outcomes: 'ok,fail' })).toEqual([
      'outcomes: 2 values for 3 numbers; give one value for all calls or one per call',
    ]);
    expect(messages({ observe: 'later' })).toEqual([
      'observe: “later” is not one of callbacks, result, both',
    ]);
    const r = validateLabInput({ outcomes: 'cancel' });
    expect(r.ok && r.lab.outcomes).toEqual(['cancel', 'cancel', 'cancel']);
  });

  it('needs a positive timeout, and reads an empty one as no timeout', () => {
    expect(messages({ timeout: '0' })).toEqual(['timeout: 0 must be greater than 0']);
    expect(messages({ timeout: '-2' })).toEqual(['timeout: -2 must be greater than 0']);
    expect(messages({ timeout: 'soon' })).toEqual(['timeout: soon is not a Python number']);
    const none = validateLabInput({ timeout: '' });
    expect(none.ok && none.lab.timeout).toBe(null);
    const some = validateLabInput({ timeout: '1.5' });
    expect(some.ok && some.lab.timeout).toBe(1.5);
  });

  it('reports every bad field at once', () => {
    const r = validateLabInput({
      numbers: 'abc',
      delays: '-1',
      outcomes: 'x',
      observe: 'y',
      timeout: '0',
    });
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual([
      'numbers',
      'delays',
      'outcomes',
      'observe',
      'timeout',
    ]);
  });
});

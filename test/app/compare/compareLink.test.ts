import { describe, expect, it } from 'vitest';
import { compareValue, readCompare } from '../../../src/app/compare/compareLink';
import { realScenarioSource as source } from '../../../src/app/realScenarioSource';

/** The value of `compare=` as the page reads it: decoded once from the page's link. */
const fromLink = (query: string) => new URLSearchParams(query).get('compare')!;

describe('compare= in a link', () => {
  it('reads the second run: a scenario, its ordering, its Lab fields', () => {
    const equal = readCompare(
      source,
      fromLink('?scenario=equal-delays&compare=scenario%3Dequal-delays%26ordering%3D2'),
    );
    expect(equal.errors).toEqual([]);
    expect(equal.target!.run.id).toBe('equal-delays');
    expect(equal.target!.run.ordering!.index).toBe(1);
    const lab = readCompare(
      source,
      fromLink('?scenario=lab&compare=scenario%3Dlab%26delays%3D1%2C2%2C3'),
    );
    expect(lab.errors).toEqual([]);
    expect(lab.target!.lab!.delays).toEqual([1, 2, 3]);
  });

  it('round-trips: the value written for a run reads back as that run', () => {
    for (const fields of [
      'scenario=equal-delays&ordering=2',
      'scenario=lab&numbers=2,3,4&delays=1,2,3',
      'scenario=fetch-square',
    ]) {
      const { target } = readCompare(source, fields);
      const written = compareValue(source, target!.run, target!.lab);
      expect(written).not.toMatch(/[&=,]/); // encoded to sit inside the page's link
      const again = readCompare(source, fromLink(`?compare=${written}`)).target!;
      expect(again.run.id).toBe(target!.run.id);
      expect(again.run.ordering?.index).toBe(target!.run.ordering?.index);
      expect(again.lab).toEqual(target!.lab);
    }
    expect(
      compareValue(
        source,
        readCompare(source, 'scenario=equal-delays&ordering=2').target!.run,
        null,
      ),
    ).toBe('scenario%3Dequal-delays%26ordering%3D2');
  });

  const refused: [string, string, RegExp][] = [
    [
      'unknown scenario',
      '?compare=scenario%3Dno-such-thing',
      /compare: scenario: “no-such-thing” is not one of/,
    ],
    ['cut short', '?compare=scenario%3Dfetch-squ', /compare: scenario: “fetch-squ” is not one of/],
    ['a truncated escape', '?compare=scenario%3', /compare: “scenario%3” names no scenario/],
    ['malformed Lab field', '?compare=scenario%3Dlab%26numbers%3D2%2C%2Cx', /compare: numbers: /],
    [
      'nested compare',
      '?compare=scenario%3Dlab%26compare%3Dscenario%253Dlab',
      /compare= inside compare=/,
    ],
    ['empty', '?compare=', /names no scenario/],
    ['the playground', '?compare=scenario%3Dplayground', /playground cannot be compared/],
    [
      'a bad ordering',
      '?compare=scenario%3Dequal-delays%26ordering%3D0',
      /ordering: “0” should be 1, 2/,
    ],
    [
      'an ordering it has not',
      '?compare=scenario%3Dfetch-square%26ordering%3D2',
      /has no ordering 2/,
    ],
    [
      'markup',
      `?compare=${encodeURIComponent('scenario=<img src=x onerror=alert(1)>')}`,
      /is not one of/,
    ],
    ['a flood', `?compare=scenario%3Dlab%26numbers%3D${'1%2C'.repeat(3000)}1`, /more than 4000/],
  ];
  for (const [what, query, message] of refused)
    it(`refuses ${what} with a message naming it, and shows the first run alone`, () => {
      const { target, errors } = readCompare(source, fromLink(query));
      expect(target).toBeNull();
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(message);
      expect(errors[0]).toMatch(/showing the first run alone\.$/);
    });

  it('names the fields it does not read, and compares all the same', () => {
    const { target, errors } = readCompare(source, 'scenario=fetch-square&t=5&speed=2');
    expect(target!.run.id).toBe('fetch-square');
    expect(errors).toEqual([
      'compare: “t”, “speed” ignored (the second run takes a scenario, its Lab fields and ordering).',
    ]);
  });
});

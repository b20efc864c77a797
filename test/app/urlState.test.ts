import { describe, expect, it } from 'vitest';
import { us } from '../../src/core/trace';
import { readShellParams, shellQuery } from '../../src/app/urlState';

describe('readShellParams / shellQuery', () => {
  it('reads t in seconds, speed, presenter, theme and predict', () => {
    const { params, errors } = readShellParams(
      new URLSearchParams('t=5.003&speed=4&presenter=1&theme=dark&predict=1'),
    );
    expect(errors).toEqual([]);
    expect(params).toEqual({
      t: us(5_003_000),
      speed: 4,
      presenter: true,
      theme: 'dark',
      predict: true,
    });
    expect(readShellParams(new URLSearchParams('predict=0')).params.predict).toBe(false);
  });
  it('reads ordering= (1-based in the link) and writes it only past the first', () => {
    expect(readShellParams(new URLSearchParams('ordering=2')).params.ordering).toBe(1);
    expect(readShellParams(new URLSearchParams('ordering=0')).errors).toEqual([
      'ordering: “0” should be 1, 2, …; showing the first.',
    ]);
    const shell = { t: us(0), speed: 1, presenter: false, theme: 'system' as const, predict: null };
    const q = new URLSearchParams('scenario=equal-delays');
    expect(shellQuery(q, { ...shell, ordering: 1 })).toBe('scenario=equal-delays&ordering=2');
    expect(shellQuery(q, { ...shell, ordering: 0 })).toBe('scenario=equal-delays');
  });
  it('names each bad value', () => {
    const { params, errors } = readShellParams(
      new URLSearchParams('t=-1&speed=x&presenter=yes&theme=pink&predict=maybe'),
    );
    expect(params).toEqual({
      t: null,
      speed: null,
      presenter: false,
      theme: 'system',
      predict: null,
    });
    expect(errors).toHaveLength(5);
    expect(errors[4]).toBe('predict: “maybe” should be 1 or 0.');
    expect(errors[0]).toMatch(/^t: “-1”/);
  });
  it('reads the zoom window from from= and to= (seconds) and writes it after t', () => {
    const { params, errors } = readShellParams(new URLSearchParams('t=8&from=7.9&to=8.1'));
    expect(errors).toEqual([]);
    expect(params.view).toEqual({ from: us(7_900_000), to: us(8_100_000) });
    const shell = { t: us(8_000_000), speed: 2, presenter: false, theme: 'system' as const };
    expect(
      shellQuery(new URLSearchParams('scenario=fetch-square'), {
        ...shell,
        predict: null,
        view: params.view,
      }),
    ).toBe('scenario=fetch-square&t=8&from=7.9&to=8.1&speed=2');
    expect(
      shellQuery(new URLSearchParams('scenario=x'), { ...shell, predict: null, view: null }),
    ).toBe('scenario=x&t=8&speed=2');
  });
  it('names a from/to that is not a window, and shows the whole run', () => {
    for (const bad of [
      'from=7.9&to=x',
      'from=7.9',
      'to=8',
      'from=8.1&to=7.9',
      'from=-1&to=2',
      'from=&to=2',
      'from=3&to=3',
    ]) {
      const { params, errors } = readShellParams(new URLSearchParams(bad));
      expect(params.view, bad).toBeUndefined();
      expect(errors, bad).toHaveLength(1);
      expect(errors[0]).toMatch(
        /^from\/to: “.*”–“.*” is not a window in seconds \(like from=7\.9&to=8\.1\); showing the whole run\.$/,
      );
    }
    expect(readShellParams(new URLSearchParams('from=7.9&to=x')).errors).toEqual([
      'from/to: “7.9”–“x” is not a window in seconds (like from=7.9&to=8.1); showing the whole run.',
    ]);
  });
  it('round-trips, leaving defaults out', () => {
    const shell = {
      t: us(5_003_000),
      speed: 2,
      presenter: true,
      theme: 'light' as const,
      predict: true,
    };
    const q = shellQuery(new URLSearchParams('scenario=lab&numbers=2,3'), shell);
    expect(q).toBe('scenario=lab&numbers=2,3&t=5.003&speed=2&presenter=1&theme=light&predict=1');
    expect(readShellParams(new URLSearchParams(q)).params).toEqual(shell);
    expect(
      shellQuery(new URLSearchParams('scenario=x'), {
        t: us(0),
        speed: 1,
        presenter: false,
        theme: 'system',
        predict: null,
      }),
    ).toBe('scenario=x');
  });
});

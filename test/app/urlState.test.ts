import { describe, expect, it } from 'vitest';
import { readShellParams, shellQuery } from '../../src/app/urlState';

describe('readShellParams / shellQuery', () => {
  it('reads t in seconds, speed, presenter and theme', () => {
    const { params, errors } = readShellParams(
      new URLSearchParams('t=5.003&speed=4&presenter=1&theme=dark'),
    );
    expect(errors).toEqual([]);
    expect(params).toEqual({ t: 5_003_000, speed: 4, presenter: true, theme: 'dark' });
  });
  it('names each bad value', () => {
    const { params, errors } = readShellParams(
      new URLSearchParams('t=-1&speed=x&presenter=yes&theme=pink'),
    );
    expect(params).toEqual({ t: null, speed: null, presenter: false, theme: 'system' });
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/^t: “-1”/);
  });
  it('round-trips, leaving defaults out', () => {
    const shell = { t: 5_003_000, speed: 2, presenter: true, theme: 'light' as const };
    const q = shellQuery(new URLSearchParams('scenario=lab&numbers=2,3'), shell);
    expect(q).toBe('scenario=lab&numbers=2,3&t=5.003&speed=2&presenter=1&theme=light');
    expect(readShellParams(new URLSearchParams(q)).params).toEqual(shell);
    expect(
      shellQuery(new URLSearchParams('scenario=x'), {
        t: 0,
        speed: 1,
        presenter: false,
        theme: 'system',
      }),
    ).toBe('scenario=x');
  });
});

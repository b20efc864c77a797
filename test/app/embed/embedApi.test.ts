import { describe, expect, it } from 'vitest';
import {
  MAX_LINK_CHARS,
  allowedOrigins,
  originAllowed,
  parseCommand,
  stateMessage,
} from '../../../src/app/embed/embedApi';

const cmd = (rest: object) => ({ type: 'fv:command', ...rest });

describe('parseCommand', () => {
  it('accepts the documented commands', () => {
    for (const command of ['play', 'pause', 'step', 'back'])
      expect(parseCommand(cmd({ command }))).toEqual({ command });
    expect(parseCommand(cmd({ command: 'seek', t: 5.003 }))).toEqual({ command: 'seek', t: 5.003 });
    expect(parseCommand(cmd({ command: 'seek', t: 0 }))).toEqual({ command: 'seek', t: 0 });
    expect(parseCommand(cmd({ command: 'load', link: '?scenario=lab' }))).toEqual({
      command: 'load',
      link: '?scenario=lab',
    });
  });

  it('ignores other shapes and unknown commands', () => {
    for (const data of [
      null,
      undefined,
      'play',
      42,
      ['fv:command', 'play'],
      { command: 'play' },
      { type: 'fv:state', command: 'play' },
      { type: 'FV:COMMAND', command: 'play' },
      cmd({ command: 'Play' }),
      cmd({ command: 'jump' }),
      cmd({ command: ['play'] }),
      cmd({ command: { toString: () => 'play' } }),
      new Date(),
      new Map([['type', 'fv:command']]),
    ])
      expect(parseCommand(data), JSON.stringify(data) ?? String(data)).toBeNull();
  });

  it('refuses a seek whose t is not a finite number ≥ 0', () => {
    for (const t of [NaN, Infinity, -Infinity, -1, -0.001, '5', null, undefined, {}, 5n])
      expect(parseCommand(cmd({ command: 'seek', t })), String(t)).toBeNull();
  });

  it('refuses a load whose link is not a short string starting with ?', () => {
    for (const link of [
      'scenario=lab',
      'https://evil.example/?scenario=lab',
      'javascript:alert(1)',
      '',
      '?' + 'x'.repeat(MAX_LINK_CHARS),
      '?'.padEnd(10_000_000, 'a'),
      42,
      null,
      ['?scenario=lab'],
    ])
      expect(parseCommand(cmd({ command: 'load', link })), String(link).slice(0, 30)).toBeNull();
    expect(
      parseCommand(cmd({ command: 'load', link: '?'.padEnd(MAX_LINK_CHARS, 'a') })),
    ).not.toBeNull();
  });

  it('never runs a getter, and never reads an inherited key', () => {
    let ran = 0;
    const getters = {
      get type() {
        ran++;
        return 'fv:command';
      },
      get command() {
        ran++;
        return 'play';
      },
    };
    expect(parseCommand(getters)).toBeNull();
    const seekGetter = Object.defineProperty(cmd({ command: 'seek' }), 't', {
      get: () => {
        ran++;
        return 1;
      },
      enumerable: true,
    });
    expect(parseCommand(seekGetter)).toBeNull();
    expect(ran).toBe(0);
    const inherited = Object.create({ type: 'fv:command', command: 'play' }) as object;
    expect(parseCommand(inherited)).toBeNull();
    expect(
      parseCommand(JSON.parse('{"__proto__": {"type": "fv:command", "command": "play"}}')),
    ).toBeNull();
    expect(parseCommand(cmd({ command: '__proto__' }))).toBeNull();
    expect(parseCommand(cmd({ command: 'constructor' }))).toBeNull();
    expect(parseCommand(cmd({ command: 'toString' }))).toBeNull();
  });

  it('survives a Proxy whose traps throw', () => {
    const hostile = new Proxy(
      {},
      {
        getPrototypeOf: () => Object.prototype,
        getOwnPropertyDescriptor: () => {
          throw new Error('trap');
        },
      },
    );
    expect(parseCommand(hostile)).toBeNull();
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    expect(parseCommand(revocable.proxy)).toBeNull();
  });

  it('accepts an object with a null prototype, as a structured clone may be', () => {
    const bare = Object.assign(Object.create(null) as object, cmd({ command: 'pause' }));
    expect(parseCommand(bare)).toEqual({ command: 'pause' });
  });
});

describe('allowedOrigins / originAllowed', () => {
  it('allows any origin when the build sets none', () => {
    expect(allowedOrigins(undefined)).toBeNull();
    expect(allowedOrigins('  ')).toBeNull();
    expect(originAllowed('https://anyone.example', null)).toBe(true);
  });
  it('reads a comma-separated list of origins, dropping what is not one', () => {
    const allowed = allowedOrigins(
      'https://a.example, https://b.example:8443/path ,not a url,javascript:x',
    );
    expect(allowed).toEqual(['https://a.example', 'https://b.example:8443']);
    expect(originAllowed('https://a.example', allowed)).toBe(true);
    expect(originAllowed('https://c.example', allowed)).toBe(false);
    expect(originAllowed('null', allowed)).toBe(false);
    // A list with nothing valid allows no one: a typo closes, never opens.
    expect(allowedOrigins('oops')).toEqual([]);
    expect(originAllowed('https://a.example', [])).toBe(false);
  });
});

describe('stateMessage', () => {
  it('says the playhead in seconds', () => {
    expect(stateMessage({ t: 5_003_000, playing: true, scenario: 'lab' })).toEqual({
      type: 'fv:state',
      t: 5.003,
      playing: true,
      scenario: 'lab',
    });
  });
});

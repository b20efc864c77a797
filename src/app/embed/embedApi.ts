/**
 * The embedded player's postMessage API, as pure functions: what a message may say, which
 * origins may say it, and what the player tells its page. Everything received is checked
 * here, shape and values, before the player acts on it (`useEmbedApi.ts` owns the listener).
 *
 * Commands (to the player's window):
 *   { "type": "fv:command", "command": "play" | "pause" | "step" | "back" }
 *   { "type": "fv:command", "command": "seek", "t": 5.003 }            // seconds, ≥ 0
 *   { "type": "fv:command", "command": "load", "link": "?scenario=lab" } // link fields
 * State (to the parent page, on every change):
 *   { "type": "fv:state", "t": 5.003, "playing": false, "scenario": "fetch-square" }
 */

/** A command the player accepts, checked. `t` is in seconds. */
export type EmbedCommand =
  | { command: 'play' | 'pause' | 'step' | 'back' }
  | { command: 'seek'; t: number }
  | { command: 'load'; link: string };

/** What the player posts to its parent page. */
export interface EmbedState {
  type: 'fv:state';
  /** The playhead, in seconds. */
  t: number;
  playing: boolean;
  /** The scenario's id (`fetch-square`, `lab`, …). */
  scenario: string;
}

/** The longest `link` a `load` command may carry, in characters. */
export const MAX_LINK_CHARS = 8_192;

const PLAIN_COMMANDS = new Set(['play', 'pause', 'step', 'back']);

/**
 * An own data property of a plain object, read without running any getter or inherited value;
 * undefined when there is none.
 */
function own(data: object, key: string): unknown {
  const d = Object.getOwnPropertyDescriptor(data, key);
  return d && 'value' in d ? d.value : undefined;
}

function isPlainObject(data: unknown): data is object {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const proto: unknown = Object.getPrototypeOf(data);
  return proto === Object.prototype || proto === null;
}

/**
 * The command a message's data says, or null for anything else: another shape, an unknown
 * command, a `t` that is not a finite number ≥ 0, a `link` that is not a string starting with
 * `?` of at most `MAX_LINK_CHARS`. Never throws, never runs a getter of the data.
 *
 * @example
 *   parseCommand({ type: 'fv:command', command: 'seek', t: 5 }); // { command: 'seek', t: 5 }
 *   parseCommand({ type: 'fv:command', command: 'seek', t: NaN }); // null
 */
export function parseCommand(data: unknown): EmbedCommand | null {
  try {
    if (!isPlainObject(data) || own(data, 'type') !== 'fv:command') return null;
    const command = own(data, 'command');
    if (typeof command !== 'string') return null;
    if (PLAIN_COMMANDS.has(command)) return { command } as EmbedCommand;
    if (command === 'seek') {
      const t = own(data, 't');
      return typeof t === 'number' && Number.isFinite(t) && t >= 0 ? { command, t } : null;
    }
    if (command === 'load') {
      const link = own(data, 'link');
      return typeof link === 'string' && link.length <= MAX_LINK_CHARS && link.startsWith('?')
        ? { command, link }
        : null;
    }
    return null;
  } catch {
    return null; // a Proxy's trap that throws: not a command
  }
}

/**
 * The origins allowed to drive the player, from the build's `VITE_EMBED_ORIGINS` (comma
 * separated, such as `https://a.example,https://b.example`): null when unset or blank, for
 * "any origin". An entry that is not an origin is left out, so a typo restricts rather than
 * opens: a list of none allows no one.
 *
 * @example allowedOrigins('https://a.example, https://b.example/'); // ['https://a.example', 'https://b.example']
 */
export function allowedOrigins(setting: string | undefined): string[] | null {
  if (setting === undefined || setting.trim() === '') return null;
  const origins: string[] = [];
  for (const entry of setting.split(',')) {
    try {
      const url = new URL(entry.trim());
      if (url.origin !== 'null' && /^https?:$/.test(url.protocol)) origins.push(url.origin);
    } catch {
      // not a URL: left out
    }
  }
  return origins;
}

/**
 * Whether a message from `origin` may drive the player.
 *
 * @example originAllowed('https://a.example', null); // true: any origin by default
 */
export function originAllowed(origin: string, allowed: readonly string[] | null): boolean {
  return allowed === null || allowed.includes(origin);
}

/**
 * The state message for a player: the playhead in seconds, whether it plays, the scenario.
 *
 * @example stateMessage({ t: 5_003_000, playing: false, scenario: 'fetch-square' }); // { type: 'fv:state', t: 5.003, … }
 */
export function stateMessage(s: { t: number; playing: boolean; scenario: string }): EmbedState {
  return { type: 'fv:state', t: s.t / 1_000_000, playing: s.playing, scenario: s.scenario };
}

import { useEffect } from 'react';
import { fromSeconds } from '../../core/trace';
import type { PlayerState, PlayerStore } from '../../store/playerStore';
import type { ScenarioSource } from '../scenarioSource';
import { loadLinkInto } from './embedLink';
import { originAllowed, parseCommand, stateMessage, type EmbedCommand } from './embedApi';

/**
 * The origin of the page this player is embedded in, if the browser says: Chromium and Safari
 * list it in `location.ancestorOrigins`; otherwise the referrer's origin is the best guess.
 */
function parentOrigin(): string | null {
  const ancestors = location.ancestorOrigins;
  if (ancestors && ancestors.length > 0) return ancestors[0] ?? null;
  try {
    return document.referrer ? new URL(document.referrer).origin : null;
  } catch {
    return null;
  }
}

function apply(store: PlayerStore, source: ScenarioSource, c: EmbedCommand): void {
  const p = store.getState();
  if (c.command === 'seek') p.seek(fromSeconds(c.t));
  else if (c.command === 'load') loadLinkInto(store, source, c.link);
  else if (c.command === 'play') p.play();
  else if (c.command === 'pause') p.pause();
  else if (c.command === 'step') p.stepForward();
  else p.stepBack();
}

const keyOf = (s: PlayerState) => `${s.t}|${s.playing}|${s.run?.id ?? ''}`;

/**
 * The embedded player's side of the postMessage API (`embedApi.ts`): obeys commands from
 * origins in `allowed` (null: any origin), and posts its state to its parent page, if it has
 * one, on every change of playhead, playing or scenario — at most once per animation frame
 * while playing. With `allowed` set, state goes to the parent's origin only if it is allowed.
 * A bad message is dropped without a word: no error, nothing rendered.
 *
 * @example useEmbedApi(store, source, allowedOrigins(import.meta.env.VITE_EMBED_ORIGINS));
 */
export function useEmbedApi(
  store: PlayerStore,
  source: ScenarioSource,
  allowed: readonly string[] | null,
): void {
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      if (!originAllowed(e.origin, allowed)) return;
      const command = parseCommand(e.data);
      if (command) apply(store, source, command);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [store, source, allowed]);

  useEffect(() => {
    if (window.parent === window) return;
    const parent = window.parent;
    const origin = parentOrigin();
    // Restricted: only to the parent's origin, and only when it is one of the allowed.
    const target = allowed === null ? '*' : origin && allowed.includes(origin) ? origin : null;
    if (target === null) return;
    let sent = '';
    let frame: number | null = null;
    const post = () => {
      frame = null;
      const s = store.getState();
      const key = keyOf(s);
      if (key === sent || !s.run) return;
      sent = key;
      parent.postMessage(stateMessage({ t: s.t, playing: s.playing, scenario: s.run.id }), target);
    };
    const onChange = (s: PlayerState) => {
      if (keyOf(s) === sent) return;
      if (!s.playing) {
        if (frame !== null) cancelAnimationFrame(frame);
        post();
      } else frame ??= requestAnimationFrame(post);
    };
    post();
    const unsubscribe = store.subscribe(onChange);
    return () => {
      unsubscribe();
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [store, allowed]);
}

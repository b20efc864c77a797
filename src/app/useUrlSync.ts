import { useEffect } from 'react';
import { browserStorage, predictModeOn } from '../predict';
import type { PlayerState, PlayerStore } from '../store/playerStore';
import { isPlayground, playgroundQuery } from './playgroundLink';
import type { ScenarioSource } from './scenarioSource';
import { shellQuery } from './urlState';

/**
 * The link for a state of the player, or null before a scenario is on screen; with `embed`,
 * the embedded player's own link (`embed=1` kept).
 */
export function linkFor(source: ScenarioSource, s: PlayerState, embed = false): string | null {
  if (!s.run) return null;
  const scenario = isPlayground(s.run.id)
    ? playgroundQuery(s.playground.code)
    : source.query(s.run.id, s.lab ?? source.defaultLab);
  return shellQuery(scenario, {
    t: s.t,
    view: s.view,
    speed: s.speed,
    presenter: s.presenter,
    theme: s.theme,
    ordering: s.run.ordering?.index ?? null,
    note: s.note,
    embed,
    // `predict=1` whenever it is on; `predict=0` where it would otherwise open on, and always
    // once the page came from a link that named it (the picker and the Lab keep it).
    predict: s.predict
      ? true
      : s.predictInLink ||
          predictModeOn({ link: null, scenario: s.run.id, storage: browserStorage() })
        ? false
        : null,
  });
}

/**
 * How long the playhead's place and the zoom window in the link may lag a run of keys or wheel
 * steps. Chromium treats every `replaceState` as a navigation and fetches and decodes the
 * favicon again (main thread per write, on this class of machine: 7–8 ms with the SVG icon we
 * had, 3–5 ms with the 32 px PNG we have now), so a Time-slider key or a zoom or pan step that
 * wrote the link paid for it before its frame or the next. A run of keys or wheel steps now
 * writes once, this long after the last.
 */
export const KEY_STEP_SETTLE_MS = 250;

/**
 * The link without its playhead (`t=`) and zoom window (`from=`, `to=`), to tell a step, zoom
 * or pan from any other change.
 */
function withoutMoment(link: string): string {
  const url = new URL(link, location.origin);
  for (const name of ['t', 'from', 'to']) url.searchParams.delete(name);
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Keeps the address bar equal to the page's player (history.replaceState, no new history
 * entries). While playing the playhead is left out of the updates; pausing writes it. A key or
 * wheel step that only moves the playhead or the zoom window (an arrow on the Time slider, `+`,
 * `-`, a sideways wheel) has its link written `KEY_STEP_SETTLE_MS` after the last such input, or
 * at once before a click, Enter or Space (so Copy link and the like read the moment on screen)
 * and when the page is hidden; every other change is written at once. An embedded player
 * (`embed`) keeps `embed=1` in its link.
 *
 * @example useUrlSync(source, player);
 */
export function useUrlSync(source: ScenarioSource, store: PlayerStore, embed = false): void {
  useEffect(() => {
    let pending: ReturnType<typeof setTimeout> | null = null;
    // True from a keydown or wheel until the next task: the store changes it makes are its own.
    let inKeyTask = false;
    const cancel = () => {
      if (pending !== null) clearTimeout(pending);
      pending = null;
    };
    const write = (s: PlayerState, mayWait: boolean) => {
      if (s.playing) return;
      const query = linkFor(source, s, embed);
      if (query === null) return;
      const next = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
      const now = `${location.pathname}${location.search}${location.hash}`;
      if (next === now) return cancel();
      if (mayWait && withoutMoment(next) === withoutMoment(now)) {
        cancel();
        pending = setTimeout(flush, KEY_STEP_SETTLE_MS);
        return;
      }
      cancel();
      history.replaceState(history.state, '', next);
    };
    const flush = () => {
      if (pending === null) return;
      cancel();
      write(store.getState(), false);
    };
    const onKeyDown = (e: KeyboardEvent) => {
      // Enter and Space activate buttons (Copy link reads the address bar): write first.
      if (e.key === 'Enter' || e.key === ' ') return flush();
      markInputTask();
    };
    const markInputTask = () => {
      inKeyTask = true;
      setTimeout(() => (inKeyTask = false));
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    write(store.getState(), false);
    const unsubscribe = store.subscribe((s) => write(s, inKeyTask));
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('wheel', markInputTask, { capture: true, passive: true });
    document.addEventListener('pointerdown', flush, true);
    document.addEventListener('click', flush, true);
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', flush);
    return () => {
      unsubscribe();
      flush();
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('wheel', markInputTask, true);
      document.removeEventListener('pointerdown', flush, true);
      document.removeEventListener('click', flush, true);
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', flush);
    };
  }, [source, store, embed]);
}

import { useEffect } from 'react';
import { ZOOM_STEP } from '../layout/zoomWindow';
import type { PlayerStore } from '../store/playerStore';

const TYPING = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/**
 * The keyboard map: Space plays/pauses, → / ← (and a clicker's PageDown / PageUp) step,
 * Home resets, End jumps to the end, `+` (or `=`, the same key unshifted) / `-` zoom the timeline
 * in / out, `0` fits the whole run, for the page's player. Keys go to form fields and buttons first when focused
 * there, so typing and native activation are never hijacked.
 *
 * @example function App() { useKeyboard(player); … }
 */
export function useKeyboard(store: PlayerStore): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // A key someone already handled is not the page's: the Time slider handles its own keys
      // (steps, Shift+arrow 0.1 s, Home, End, PageUp, PageDown) and prevents them, so a key
      // there acts once, not once there and again here.
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
      const target = e.target as HTMLElement | null;
      const inField = !!target && (TYPING.has(target.tagName) || target.isContentEditable);
      const onButton = !!target && (target.tagName === 'BUTTON' || target.tagName === 'A');
      // A range input has no use for Space, so on the Time slider Space still plays.
      const onSlider = target instanceof HTMLInputElement && target.type === 'range';
      const p = store.getState();
      // A range input takes no text, so the zoom keys work on the Time slider too.
      const typing = inField && !onSlider;
      const zoomIn = () => p.zoomBy(ZOOM_STEP);
      const zoomOut = () => p.zoomBy(1 / ZOOM_STEP);
      const act: Record<string, (() => void) | undefined> = {
        ' ': (inField && !onSlider) || onButton ? undefined : p.togglePlay,
        ArrowRight: inField ? undefined : p.stepForward,
        ArrowLeft: inField ? undefined : p.stepBack,
        PageDown: target?.tagName === 'TEXTAREA' ? undefined : p.stepForward,
        PageUp: target?.tagName === 'TEXTAREA' ? undefined : p.stepBack,
        Home: inField ? undefined : p.reset,
        End: inField ? undefined : p.jumpToEnd,
        '+': typing ? undefined : zoomIn,
        '=': typing ? undefined : zoomIn,
        '-': typing ? undefined : zoomOut,
        '0': typing ? undefined : p.fit,
      };
      const action = act[e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}

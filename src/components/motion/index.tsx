/**
 * Animated wrappers whose motion code (framer-motion) loads after the first screen. Until it
 * has loaded — and in tests that never wait for it — each wrapper draws its end state, so every
 * state is visible with or without motion.
 *
 * @example <Pulse className="tl-done-shape">●</Pulse>
 */
import { Suspense, lazy, useState, type ComponentType } from 'react';
import { usePlayerStore } from '../../store/PlayerProvider';
import type { AnimatedProps } from './types';

/** Virtual time within which an event still counts as "just happened" when its part appears. */
const RECENT_US = 500_000;

/**
 * Whether a part appearing now should animate: only if its event has just happened (playing,
 * stepping, a short scrub). After a jump (End, a link, a long scrub) everything that appears
 * at once is drawn in its end state: motion explains one cause at a time, and mounting a
 * hundred animations in one frame would stall it. Decided once, when the part appears.
 */
function useJustHappened(at: number): boolean {
  const store = usePlayerStore();
  const [recent] = useState(() => store.getState().t - at < RECENT_US);
  return recent;
}

const load = () => import('./Animated');
const LazyFadeIn = lazy(() => load().then((mod) => ({ default: mod.FadeIn })));
const LazyPulse = lazy(() => load().then((mod) => ({ default: mod.Pulse })));

/** A wrapper that animates its part when it has just happened, else draws its end state. */
function appearing(Animated: ComponentType<AnimatedProps>, Tag: 'div' | 'span') {
  return function Appearing(props: AnimatedProps) {
    const plain = (
      // The span is a shape beside its words (a future's ● or ▲): hidden from screen readers.
      <Tag
        className={props.className}
        style={props.style}
        aria-hidden={Tag === 'span' || undefined}
      >
        {props.children}
      </Tag>
    );
    if (!useJustHappened(props.at)) return plain;
    return (
      <Suspense fallback={plain}>
        <Animated {...props} />
      </Suspense>
    );
  };
}

/** A div that fades in. */
export const FadeIn = appearing(LazyFadeIn, 'div');

/** A span that lands with a pop and a ring. */
export const Pulse = appearing(LazyPulse, 'span');

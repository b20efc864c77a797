/**
 * Animated wrappers whose motion code (framer-motion) loads after the first screen. Until it
 * has loaded — and in tests that never wait for it — each wrapper draws its end state, so every
 * state is visible with or without motion.
 *
 * @example <Pulse className="tl-done-shape">●</Pulse>
 */
import { Suspense, lazy } from 'react';
import type { AnimatedProps } from './types';

const load = () => import('./Animated');
const LazyFadeIn = lazy(() => load().then((mod) => ({ default: mod.FadeIn })));
const LazyGrowUp = lazy(() => load().then((mod) => ({ default: mod.GrowUp })));
const LazyPulse = lazy(() => load().then((mod) => ({ default: mod.Pulse })));

/** A div that fades in. */
export function FadeIn(props: AnimatedProps) {
  return (
    <Suspense
      fallback={
        <div className={props.className} style={props.style}>
          {props.children}
        </div>
      }
    >
      <LazyFadeIn {...props} />
    </Suspense>
  );
}

/** A div that grows up from its bottom edge. */
export function GrowUp(props: AnimatedProps) {
  return (
    <Suspense
      fallback={
        <div className={props.className} style={props.style}>
          {props.children}
        </div>
      }
    >
      <LazyGrowUp {...props} />
    </Suspense>
  );
}

/** A span that lands with a pop and a ring. */
export function Pulse(props: AnimatedProps) {
  return (
    <Suspense
      fallback={
        <span className={props.className} style={props.style} aria-hidden="true">
          {props.children}
        </span>
      }
    >
      <LazyPulse {...props} />
    </Suspense>
  );
}

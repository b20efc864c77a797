/**
 * The timeline's parts that animate as they appear: a callback's segment fades in, a future's
 * end lands with a pop and one expanding ring. Each is a plain element, drawn in its end
 * state, that framer-motion's small `animate` (Web Animations, loaded after the first screen)
 * moves once when it mounts. A 50-call Lab at 8× mounts several per frame; as `m.div`s inside
 * LazyMotion they cost about 3 ms of main thread per frame, this way almost none. With
 * `prefers-reduced-motion`, and where the browser cannot animate (jsdom), the part simply
 * appears in its end state.
 *
 * @example <Pulse className="tl-done-shape" at={done.at.t}>●</Pulse>
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { usePlayerStore } from '../../store/PlayerProvider';
import type { AnimatedProps } from './types';

/** Virtual time within which an event still counts as "just happened" when its part appears. */
const RECENT_US = 500_000;

type Animate = typeof import('framer-motion/dom/mini').animate;
let loaded: Promise<Animate> | null = null;

/** framer-motion's `animate`, loaded with the first part that moves. */
function animator(): Promise<Animate> {
  loaded ??= import('framer-motion/dom/mini').then(
    (mod) => mod.animate,
    (error: unknown) => {
      loaded = null; // offline before it was cached: try again with the next part
      throw error;
    },
  );
  return loaded;
}

const reducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Whether a part appearing now should animate: only if its event has just happened (playing,
 * stepping, a short scrub). After a jump (End, a link, a long scrub) everything that appears
 * at once is drawn in its end state: motion explains one cause at a time. Decided once, when
 * the part appears.
 */
function useJustHappened(at: number): boolean {
  const store = usePlayerStore();
  const [recent] = useState(() => store.getState().t - at < RECENT_US);
  return recent;
}

/** Runs `keyframes` on the element once, as it mounts, if it should move at all. */
function useAppear<E extends HTMLElement>(
  ref: RefObject<E | null>,
  move: boolean,
  keyframes: Parameters<Animate>[1],
  duration: number,
) {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!move || !el || typeof el.animate !== 'function' || reducedMotion()) return;
    let gone = false;
    // The first parts wait for the module (a few ms); the part is drawn at rest meanwhile.
    animator().then(
      (animate) => gone || animate(el, keyframes, { duration, ease: 'easeOut' }),
      () => {}, // without its motion, the part simply stays at rest
    );
    return () => {
      gone = true;
    };
    // Once, as it appears: later renders of the same part never replay it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}

/** A div that fades in. */
export function FadeIn({ className, style, children, at }: AnimatedProps) {
  const ref = useRef<HTMLDivElement>(null);
  useAppear(ref, useJustHappened(at), { opacity: [0, 1] }, 0.25);
  return (
    <div ref={ref} className={className} style={style}>
      {children}
    </div>
  );
}

/** A span that lands with a pop and a ring: a shape beside its words, hidden from screen readers. */
export function Pulse({ className, style, children, at }: AnimatedProps) {
  const shape = useRef<HTMLSpanElement>(null);
  const ring = useRef<HTMLSpanElement>(null);
  const move = useJustHappened(at);
  useAppear(shape, move, { transform: ['scale(1.8)', 'scale(1)'] }, 0.25);
  useAppear(ring, move, { opacity: [0.9, 0], transform: ['scale(1)', 'scale(2.6)'] }, 0.3);
  return (
    <>
      {/* Invisible at rest: only its animation shows it. */}
      {move && <span ref={ring} className="pulse-ring" style={{ opacity: 0 }} aria-hidden="true" />}
      <span ref={shape} className={className} style={style} aria-hidden="true">
        {children}
      </span>
    </>
  );
}

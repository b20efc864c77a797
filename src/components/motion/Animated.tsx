/**
 * The animated versions of the timeline's moving parts, with framer-motion (LazyMotion with
 * only `domAnimation`). This module is loaded lazily by `./index.tsx`; until it arrives the
 * same elements are drawn in their end state, so nothing is missing from the first screen.
 */
import { LazyMotion, MotionConfig, domAnimation, m } from 'framer-motion';
import type { AnimatedProps } from './types';

const ease = 'easeOut' as const;

/** framer-motion, reduced to what we use, honouring prefers-reduced-motion. */
function Motion({ children }: { children: React.ReactNode }) {
  return (
    <LazyMotion features={domAnimation} strict>
      <MotionConfig reducedMotion="user">{children}</MotionConfig>
    </LazyMotion>
  );
}

/** Fades in as it appears (a callback's segment). */
export function FadeIn({ className, style, children }: AnimatedProps) {
  return (
    <Motion>
      <m.div
        className={className}
        style={style}
        initial={{ opacity: 0 }}
        animate={{ opacity: 1 }}
        transition={{ duration: 0.25, ease }}
      >
        {children}
      </m.div>
    </Motion>
  );
}

/** Lands with a short pop and one expanding ring (a future completing). */
export function Pulse({ className, style, children }: AnimatedProps) {
  return (
    <Motion>
      <m.span
        className="pulse-ring"
        aria-hidden="true"
        initial={{ opacity: 0.9, scale: 1 }}
        animate={{ opacity: 0, scale: 2.6 }}
        transition={{ duration: 0.3, ease }}
      />
      <m.span
        className={className}
        style={style}
        aria-hidden="true"
        initial={{ scale: 1.8 }}
        animate={{ scale: 1 }}
        transition={{ duration: 0.25, ease }}
      >
        {children}
      </m.span>
    </Motion>
  );
}

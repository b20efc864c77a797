import type { CSSProperties, ReactNode } from 'react';

/** What every animated wrapper takes: it renders one element with these. */
export interface AnimatedProps {
  className?: string;
  style?: CSSProperties;
  children?: ReactNode;
  /** The virtual time (µs) of the event that makes it appear: it animates only if that is now. */
  at: number;
}

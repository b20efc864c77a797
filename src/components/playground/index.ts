/**
 * The playground, loaded on demand: nothing of it (editor, bridge) is in the first screen.
 *
 * @example
 *   <Suspense fallback={null}><LazyPlayground onTrace={show} /></Suspense>
 */
import { lazy } from 'react';

export type { PlaygroundProps } from './Playground';
export const LazyPlayground = lazy(() => import('./Playground'));

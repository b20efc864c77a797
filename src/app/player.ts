/**
 * Everything the page needs once the simulator is there: the visualizer, the player made from
 * the link, and the playground's part of the source. One chunk, requested with the simulator's
 * (App.tsx), so the first script holds only the shell and all three download in parallel.
 */
export { Visualizer } from './Visualizer';
export { playerFromLink } from './loadFromLink';
export { withPlayground } from './playgroundSource';

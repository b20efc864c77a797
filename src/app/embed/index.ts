/**
 * Everything an embedded page (`embed=1`) needs once the simulator is there: its page and the
 * player made from its link. A chunk of its own, loaded instead of the full page's (App.tsx),
 * so neither page's visitors download the other's views.
 */
export { EmbedPage } from './EmbedPage';
export { embeddedPlayer } from './embedLink';
export { withPlayground } from '../playgroundSource';

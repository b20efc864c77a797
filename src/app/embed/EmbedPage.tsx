import { PlayerProvider, usePlayer, usePlayerStore } from '../../store/PlayerProvider';
import type { PlayerStore } from '../../store/playerStore';
import { selectRun } from '../../store/selectors/player';
import { usePlaybackClock } from '../../store/usePlaybackClock';
import { NoteCallout } from '../../components/note/NoteCallout';
import { Narration } from '../../components/player/Narration';
import { Controls } from '../../components/player/Controls';
import { Notice } from '../Notice';
import { isPlayground } from '../playgroundLink';
import type { ScenarioSource } from '../scenarioSource';
import { useKeyboard } from '../useKeyboard';
import { useTheme } from '../useTheme';
import { linkFor, useUrlSync } from '../useUrlSync';
import { allowedOrigins } from './embedApi';
import { EmbedPanels } from './EmbedPanels';
import { useEmbedApi } from './useEmbedApi';
import '../layout.css';
import './embed.css';

/** Who may drive an embedded player: the build's `VITE_EMBED_ORIGINS`, or anyone (null). */
const ALLOWED_ORIGINS = allowedOrigins(import.meta.env.VITE_EMBED_ORIGINS as string | undefined);

/**
 * The page for `embed=1`: one player, sized to its frame, for a slide or a course page. No
 * header or footer, no picker, toolbar, Lab form, Predict dialog or future cards: the
 * timeline, the code and the console, the narration and a reduced transport, and a link that
 * opens the same view in the full app. The page around it may drive it (`useEmbedApi`).
 *
 * @example <EmbedPage source={source} store={embeddedPlayer(source, location.search)} />
 */
export function EmbedPage({ source, store }: { source: ScenarioSource; store: PlayerStore }) {
  useKeyboard(store);
  useUrlSync(source, store, true);
  useEmbedApi(store, source, ALLOWED_ORIGINS);
  return (
    <PlayerProvider store={store}>
      <EmbedView source={source} />
    </PlayerProvider>
  );
}

function EmbedView({ source }: { source: ScenarioSource }) {
  usePlaybackClock();
  useTheme();
  const run = usePlayer(selectRun);
  if (!run) return null;
  const playground = isPlayground(run.id);
  return (
    <div className="embed">
      <Notice />
      <main className="embed-main" aria-label={`Futures Visualizer: ${run.title}`}>
        {playground ? (
          <p className="embed-message">
            A playground program runs in the full app: open it with the link below.
          </p>
        ) : (
          <EmbedPanels run={run} />
        )}
      </main>
      <section className="embed-transport" aria-label="Player">
        <NoteCallout />
        <Narration narrate={source.narrate} />
        <div className="embed-bar">
          {!playground && <Controls reduced />}
          <OpenFullApp source={source} />
        </div>
      </section>
    </div>
  );
}

/**
 * "Open in Futures Visualizer ↗": the same view, with every link field, in the full app in a
 * new tab. The address follows the player while it is paused; a click takes the very moment.
 */
function OpenFullApp({ source }: { source: ScenarioSource }) {
  const store = usePlayerStore();
  const link = usePlayer((s) => (s.playing ? null : linkFor(source, s)));
  const href = (query: string | null) => `${location.pathname}${query ? `?${query}` : ''}`;
  return (
    <a
      className="embed-open"
      href={href(link ?? linkFor(source, store.getState()))}
      target="_blank"
      rel="noopener"
      onClick={(e) => {
        e.currentTarget.href = href(linkFor(source, store.getState()));
      }}
    >
      Open in Futures Visualizer <span aria-hidden="true">↗</span>
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}

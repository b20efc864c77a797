import type { VirtualUs } from '../core/trace';
import { browserStorage, predictModeOn } from '../predict';
import { createPlayerStore, type PlayerStore } from '../store/playerStore';
import { isPlayground } from './playgroundLink';
import type { ScenarioSource } from './scenarioSource';
import { readShellParams } from './urlState';

/**
 * Restores the view a link describes into a player: scenario and Lab (parsed by the scenarios
 * room), then Predict mode (first, so a `t=` link stops at a gate), t, the zoom window, speed,
 * presenter, theme and the pinned note. Every problem becomes a notice; whatever is valid is used, and if the scenario cannot
 * run the last valid one stays.
 *
 * @example loadFromLink(player, source, new URLSearchParams(location.search));
 */
export function loadFromLink(store: PlayerStore, source: ScenarioSource, query: URLSearchParams) {
  const player = store.getState();
  const notices: string[] = [];
  const { params, errors } = readShellParams(query);
  let parsed: ReturnType<ScenarioSource['parse']>;
  try {
    parsed = source.parse(query);
  } catch (err) {
    parsed = { id: 'fetch-square', lab: source.defaultLab, errors: [] };
    notices.push(`The link could not be read (${String(err)}); showing fetch_square.`);
  }
  notices.push(...parsed.errors.map((e) => e.message), ...errors);
  const link = params.predict === null ? null : params.predict ? '1' : '0';
  player.setPredict(
    predictModeOn({ link, scenario: parsed.id, storage: browserStorage() }),
    link !== null,
  );
  const playground = isPlayground(parsed.id);
  const code = parsed.code ?? null;
  // The playground's trace comes later (its program runs after the link loads): `t=` waits.
  if (playground)
    player.setPlayground({
      code,
      pendingT: params.t,
      ...(params.view && { pendingView: params.view }),
    });
  try {
    const ordering = params.ordering ?? null;
    const run = source.run(parsed.id, { lab: parsed.lab, ordering: ordering ?? undefined, code });
    if (ordering !== null && (run.ordering?.index ?? 0) !== ordering)
      notices.push(`ordering: this scenario has no ordering ${ordering + 1}; showing the first.`);
    const t = playground ? null : params.t;
    player.load(run, parsed.id === 'lab' ? parsed.lab : null, t ?? (0 as VirtualUs));
    // After the load, which starts every run fitted; the player clamps it to this run.
    if (params.view && !playground) player.setView(params.view);
  } catch (err) {
    notices.push(`The scenario could not run: ${String(err)}`);
    if (!store.getState().run) player.load(source.run('fetch-square'), null, 0 as VirtualUs);
  }
  // Pinned within the run shown (a playground's run comes later: its note waits as it is).
  const end = store.getState().run?.trace.end ?? 0;
  const note = params.note ?? null;
  player.setNote(
    note && { text: note.text, t: (playground ? note.t : Math.min(note.t, end)) as VirtualUs },
  );
  if (params.speed !== null) player.setSpeed(params.speed);
  player.setPresenter(params.presenter);
  player.setTheme(params.theme);
  player.setNotices(notices);
}

/**
 * A new player showing what a link describes: how the app starts, reading the address bar
 * once.
 *
 * @example const player = playerFromLink(source, location.search);
 */
export function playerFromLink(source: ScenarioSource, query: string): PlayerStore {
  const store = createPlayerStore();
  loadFromLink(store, source, new URLSearchParams(query));
  return store;
}

import { browserStorage, predictModeOn } from '../predict';
import { usePlayer } from '../store/player';
import type { ScenarioSource } from './scenarioSource';
import { readShellParams } from './urlState';

/**
 * Restores the view a link describes: scenario and Lab (parsed by the scenarios room), then
 * Predict mode (first, so a `t=` link stops at a gate), t, speed, presenter and theme. Every
 * problem becomes a notice; whatever is valid is used, and if the scenario cannot run the last
 * valid one stays.
 *
 * @example loadFromLink(source, new URLSearchParams(location.search));
 */
export function loadFromLink(source: ScenarioSource, query: URLSearchParams): void {
  const store = usePlayer.getState();
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
  store.setPredict(predictModeOn({ link, scenario: parsed.id, storage: browserStorage() }));
  try {
    const ordering = params.ordering ?? null;
    const run = source.run(parsed.id, parsed.lab, ordering ?? undefined);
    if (ordering !== null && (run.ordering?.index ?? 0) !== ordering)
      notices.push(`ordering: this scenario has no ordering ${ordering + 1}; showing the first.`);
    store.load(run, parsed.id === 'lab' ? parsed.lab : null, params.t ?? 0);
  } catch (err) {
    notices.push(`The scenario could not run: ${String(err)}`);
    if (!usePlayer.getState().run) store.load(source.run('fetch-square'), null, 0);
  }
  if (params.speed !== null) store.setSpeed(params.speed);
  store.setPresenter(params.presenter);
  store.setTheme(params.theme);
  store.setNotices(notices);
}

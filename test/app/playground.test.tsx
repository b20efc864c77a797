import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CodeActions } from '../../src/app/CodeActions';
import { playerFromLink } from '../../src/app/loadFromLink';
import { PLAYGROUND_ID } from '../../src/app/playgroundLink';
import { withPlayground } from '../../src/app/playgroundSource';
import { realScenarioSource } from '../../src/app/realScenarioSource';
import { linkFor } from '../../src/app/useUrlSync';
import { SEED_PROGRAM } from '../../src/playground/seed-program';
import { UNSUPPORTED_MESSAGE } from '../../src/playground/report';
import { PREDICT_MODE_KEY } from '../../src/predict';
import { parseScenarioQuery, runScenario, scenarioById } from '../../src/scenarios';
import { renderVisualizer } from './renderVisualizer';

const source = withPlayground(realScenarioSource);
// The playground's view is a lazy chunk that vitest compiles on first import; do it before any
// findBy… clock starts, as a browser has it built already (on a busy machine it took over 1 s).
beforeAll(() => import('../../src/components/playground/Playground'), 30_000);

const PROGRAM = 'import threading\nprint("hi & <b>", 10**20)\n';

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem(PREDICT_MODE_KEY, 'off');
  history.replaceState(null, '', '/');
});

describe('the playground in the scenario source and the link', () => {
  it('is the picker’s last entry, after every built-in scenario', () => {
    // One entry, the registry's: the shell's wrapper adds none of its own.
    expect(source.scenarios).toEqual(realScenarioSource.scenarios);
    expect(source.scenarios.filter((s) => s.id === 'playground')).toHaveLength(1);
    expect(source.scenarios.at(-1)).toMatchObject({
      id: 'playground',
      title: 'Playground: your own Python',
    });
  });

  it('reads scenario=playground, code= and t= before the scenarios’ parser (which knows only the id)', () => {
    const link = new URLSearchParams({ scenario: 'playground', code: PROGRAM, t: '1.5' });
    expect(parseScenarioQuery(link)).toMatchObject({ id: 'playground', errors: [] });
    expect(source.parse(link)).toEqual({
      id: PLAYGROUND_ID,
      lab: source.defaultLab,
      errors: [],
      code: PROGRAM,
    });
    // The parse itself keeps nothing: what the link carried lands in the player it opens.
    const player = playerFromLink(source, `?${link}`);
    expect(player.getState().playground).toEqual({ code: PROGRAM, pendingT: 1_500_000 });
  });

  it('writes code= percent-encoded (commas left readable, as in every link) and reads it back exactly', () => {
    const player = playerFromLink(source, '?scenario=playground');
    player.getState().setPlayground({ code: PROGRAM });
    const query = linkFor(source, player.getState())!;
    expect(query).toBe(
      `scenario=playground&code=${new URLSearchParams({ c: PROGRAM }).toString().slice(2).replace(/%2C/g, ',')}`,
    );
    expect(source.parse(new URLSearchParams(query)).code).toBe(PROGRAM);
  });

  it('leaves code= out while the program is the seed’s', () => {
    const player = playerFromLink(source, '?scenario=playground');
    expect(linkFor(source, player.getState())).toBe('scenario=playground');
    player.getState().setPlayground({ code: SEED_PROGRAM });
    expect(linkFor(source, player.getState())).toBe('scenario=playground');
  });

  it('shows the program with nothing run yet until the first trace arrives', () => {
    const player = playerFromLink(
      source,
      `?scenario=playground&code=${encodeURIComponent(PROGRAM)}`,
    );
    const run = player.getState().run!;
    expect(run).toEqual(scenarioById('playground').run({ code: PROGRAM }));
    expect(run.trace).toEqual({ version: 2, source: PROGRAM, events: [], end: 0 });
    expect(run.cells).toBeNull();
  });

  it('leaves every built-in scenario to the scenarios room', () => {
    const link = new URLSearchParams('scenario=fetch-square');
    expect(source.parse(link)).toEqual(realScenarioSource.parse(link));
    expect(source.query('fetch-square', source.defaultLab).toString()).toBe(
      realScenarioSource.query('fetch-square', source.defaultLab).toString(),
    );
    expect(source.run('fetch-square').python).toBe(runScenario('fetch-square').python);
  });
});

describe('Edit this code', () => {
  it('links a built-in scenario’s downloadable .py into the playground', () => {
    const run = runScenario('done-callbacks');
    render(<CodeActions run={run} />);
    const href = screen.getByRole('link', { name: 'Edit this code' }).getAttribute('href')!;
    expect(href.startsWith('?')).toBe(true);
    const link = new URLSearchParams(href.slice(1));
    expect([...link.keys()]).toEqual(['scenario', 'code']);
    expect(link.get('scenario')).toBe('playground');
    expect(link.get('code')).toBe(run.python);
  });

  it('is not offered in the playground itself (its own Download Python saves the editor)', () => {
    const { container } = render(
      <CodeActions run={scenarioById('playground').run({ code: 'x = 1\n' })} />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});

describe('the Visualizer with the playground', () => {
  it('without stack switching says so in one sentence, offers Download Python, and the rest works', async () => {
    const { player } = renderVisualizer(
      source,
      `?scenario=playground&code=${encodeURIComponent(PROGRAM)}`,
    );
    expect(screen.getByRole('combobox', { name: 'Scenario' })).toHaveValue('playground');
    expect(await screen.findByText(UNSUPPORTED_MESSAGE)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download Python' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Source code' })).toHaveTextContent('10**20');
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Scenario' }),
      'fetch-square',
    );
    expect(player.getState().run?.id).toBe('fetch-square');
    expect(screen.queryByText(UNSUPPORTED_MESSAGE)).toBeNull();
    expect(screen.getByRole('link', { name: 'Edit this code' })).toBeInTheDocument();
  });

  it('opens the program in the playground without leaving the page, and Back returns to the scenario', async () => {
    history.replaceState(null, '', '/?scenario=done-callbacks');
    const { player } = renderVisualizer(source, '?scenario=done-callbacks');
    const python = player.getState().run!.python;
    const entries = history.length;
    await userEvent.click(screen.getByRole('link', { name: 'Edit this code' }));
    expect(screen.getByRole('combobox', { name: 'Scenario' })).toHaveValue('playground');
    expect(player.getState().playground.code).toBe(python);
    const link = new URLSearchParams(location.search);
    expect(link.get('scenario')).toBe('playground');
    expect(link.get('code')).toBe(python);
    expect(history.length).toBe(entries + 1);

    history.back();
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Scenario' })).toHaveValue('done-callbacks'),
    );
    expect(new URLSearchParams(location.search).get('scenario')).toBe('done-callbacks');
  });
});

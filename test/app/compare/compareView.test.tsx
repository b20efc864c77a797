import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { realScenarioSource as source } from '../../../src/app/realScenarioSource';
import { PREDICT_MODE_KEY } from '../../../src/predict';
import { renderVisualizer } from '../renderVisualizer';

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem(PREDICT_MODE_KEY, 'off');
});

/** Opens the page at `query`, as a link does (the address bar holds it). */
const open = (query: string) => {
  history.replaceState(null, '', `/${query}`);
  return renderVisualizer(source, query);
};

const printed = (region: HTMLElement) =>
  within(within(region).getByRole('log', { name: 'Console' }))
    .queryAllByRole('listitem')
    .map((li) => li.querySelector('.console-text')!.textContent);

const EQUAL = '?scenario=equal-delays&compare=scenario%3Dequal-delays%26ordering%3D2';

// Two whole players render on every move: slower than one in jsdom on a shared machine.
describe('two runs on one clock', { timeout: 60_000 }, () => {
  it('shows two regions named by their runs, driven by one Play and one Time slider', async () => {
    const user = userEvent.setup();
    open(EQUAL);
    const first = screen.getByRole('region', { name: /^First run: .*ordering 1/ });
    const second = screen.getByRole('region', { name: /^Second run: .*ordering 2/ });
    expect(screen.getAllByRole('slider', { name: 'Time' })).toHaveLength(1);
    expect(screen.getAllByRole('button', { name: 'Play' })).toHaveLength(1);
    expect(screen.getByRole('group', { name: 'View' })).toHaveTextContent(
      'Predict mode is off while two runs are compared.',
    );
    expect(screen.queryByRole('switch', { name: 'Predict mode' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Jump to end' }));
    expect(printed(first)).toEqual(['Result is: 4 on Thread-1', 'Result is: 9 on Thread-2']);
    expect(printed(second)).toEqual(['Result is: 9 on Thread-2', 'Result is: 4 on Thread-1']);
    // Differences are marked in words in each console, not by colour alone.
    expect(within(first).getAllByText('≠ differs').length).toBeGreaterThan(0);
    expect(within(second).getAllByText('≠ differs').length).toBeGreaterThan(0);
    // The link holds both runs.
    expect(location.search).toContain('compare=scenario%3Dequal-delays%26ordering%3D2');
  });

  it('lists the differences; a click seeks the clock there and the status says what differs', async () => {
    const user = userEvent.setup();
    open(EQUAL);
    const list = screen.getByRole('region', { name: 'Differences' });
    const items = within(list).getAllByRole('button');
    expect(items.map((b) => b.textContent)).toContainEqual(
      expect.stringContaining(
        '“Result is: 9 on Thread-2” is console line 2 in the first run, line 1 in the second.',
      ),
    );
    await user.click(items.at(-1)!);
    const slider = screen.getByRole('slider', { name: 'Time' });
    expect(Number(slider.getAttribute('value'))).toBeGreaterThan(1_000_000);
    expect(screen.getByRole('status', { name: 'Difference at the playhead' })).toHaveTextContent(
      /^Difference: /,
    );
    // Back to the start: nothing printed in either run.
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    for (const name of [/^First run/, /^Second run/])
      expect(printed(screen.getByRole('region', { name }))).toEqual([]);
  });

  it('a bad compare= shows a notice naming it, and the first run alone', () => {
    open('?scenario=fetch-square&compare=scenario%3Dnope');
    expect(screen.getByRole('alert')).toHaveTextContent('compare: scenario: “nope” is not one of');
    expect(screen.queryByRole('region', { name: /^Second run/ })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Futures' })).toBeInTheDocument();
  });

  it('"Compare with…" starts a comparison from the toolbar, and "Leave compare" ends it', async () => {
    const user = userEvent.setup();
    open('?scenario=equal-delays');
    await user.click(screen.getByText('Compare with…'));
    const form = screen.getByRole('form', { name: 'Compare with another run' });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Ordering' }), '1');
    await user.click(within(form).getByRole('button', { name: 'Compare' }));
    expect(screen.getByRole('region', { name: /^Second run: .*ordering 2/ })).toBeInTheDocument();
    expect(location.search).toContain('&compare=');
    await user.click(screen.getByRole('button', { name: 'Leave compare' }));
    expect(screen.queryByRole('region', { name: /^Second run/ })).toBeNull();
    expect(location.search).not.toContain('compare=');
  });

  it('the Lab fields of the second run are checked before comparing', async () => {
    const user = userEvent.setup();
    open('?scenario=lab&numbers=2,3,4&delays=3,1,2');
    await user.click(screen.getByText('Compare with…'));
    const form = screen.getByRole('form', { name: 'Compare with another run' });
    const fields = within(form).getByRole('textbox', { name: 'Lab fields' });
    await user.clear(fields);
    await user.type(fields, 'numbers=2,3,4&delays=1,,3');
    await user.click(within(form).getByRole('button', { name: 'Compare' }));
    expect(within(form).getByRole('status')).toHaveTextContent('compare: delays:');
    expect(screen.queryByRole('region', { name: /^Second run/ })).toBeNull();
    await user.clear(fields);
    await user.type(fields, 'numbers=2,3,4&delays=1,2,3');
    await user.click(within(form).getByRole('button', { name: 'Compare' }));
    const second = screen.getByRole('region', { name: /^Second run: .*delays 1,2,3/ });
    expect(second).toBeInTheDocument();
  });

  it('fetch_square beside its asyncio version: the difference in who runs on_done_future is listed', () => {
    open('?scenario=fetch-square&compare=scenario%3Dfetch-square-asyncio');
    expect(screen.getByRole('region', { name: /^First run: / })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /^Second run: / })).toBeInTheDocument();
    const list = screen.getByRole('region', { name: 'Differences' });
    expect(list).toHaveTextContent(
      'on_done_future runs on Thread-1 in the first run, on MainThread in the second.',
    );
  });
});

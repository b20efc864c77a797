import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Worksheet } from '../../../src/components/export/Worksheet';
import { WorksheetButtons } from '../../../src/components/export/WorksheetButtons';
import { gatesFor } from '../../../src/predict';
import { DEFAULT_LAB, runScenario } from '../../../src/scenarios';
import type { VirtualUs } from '../../../src/core/trace';
import { loadFixture, renderInPlayer } from '../render';

afterEach(() => vi.restoreAllMocks());

const region = (name: string) => screen.getByRole('region', { name });

describe('Worksheet (fetch_square)', () => {
  const run = runScenario('fetch-square');
  const gates = gatesFor(run.trace);

  it('has the title, the program, a heading per moment and the answers for the teacher', () => {
    render(<Worksheet run={run} />);
    expect(screen.getByRole('heading', { level: 1, name: run.title })).toBeInTheDocument();
    const h2 = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(h2).toEqual([
      'The program',
      'Moment 1: just before 8.009 s',
      'Moment 2: just before 8.018 s',
      'Moment 3: just before 8.027 s',
      'Answers for the teacher',
    ]);
    // The seed's In [12], as the notebook has it.
    expect(region('The program')).toHaveTextContent('def fetch_square(number):');
    expect(screen.getByText(/^Name:/)).toBeInTheDocument();
  });

  it('asks each Predict question with its choices as boxes, and keys it on the last page', () => {
    render(<Worksheet run={run} />);
    const answers = region('Answers for the teacher');
    gates.forEach((gate, i) => {
      const moment = region(`Moment ${i + 1}: just before ${(gate.t / 1e6).toFixed(3)} s`);
      expect(within(moment).getByText(gate.question)).toBeInTheDocument();
      const choices = within(moment).getByRole('list', { name: `Choices for question ${i + 1}` });
      expect(
        within(choices)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual(gate.choices.map((c) => `☐ ${c.id.toUpperCase()}. ${c.text}`));
      expect(within(moment).getByText('Why?')).toBeInTheDocument();
      // The timeline drawn just before the moment, with every thread's lane named.
      const picture = within(moment).getByRole('img', { name: /^The timeline, just before / });
      for (const lane of ['MainThread', 'Thread-1', 'Thread-2', 'Thread-3'])
        expect(within(picture).getAllByText(lane).length).toBeGreaterThan(0);
      expect(within(answers).getByText(gate.question)).toBeInTheDocument();
    });
    // fut1's callback runs on the Timer thread that completed it (the seed's Thread-1).
    const first = gates[0]!;
    const letter = first.correct.toUpperCase();
    expect(within(answers).getByText(`Answer: ${letter}. Thread-1`)).toBeInTheDocument();
    expect(within(answers).getByText('Result is: 16', { exact: false })).toBeInTheDocument();
  });

  it("never prints the scenario's summary, which states the lesson", () => {
    const { container } = render(<Worksheet run={run} />);
    expect(container).not.toHaveTextContent(run.summary);
  });
});

describe('Worksheet (the Lab and a run with few gates)', () => {
  it("the Lab with its own parameters asks its gates' questions", () => {
    const lab = runScenario('lab', { ...DEFAULT_LAB, delays: [3, 1, 2], observe: 'both' });
    render(<Worksheet run={lab} />);
    const questions = gatesFor(lab.trace).map((g) => g.question);
    // Once on the sheet and once in the key; "What will be printed next?" may be asked twice.
    for (const q of questions)
      expect(screen.getAllByText(q)).toHaveLength(2 * questions.filter((o) => o === q).length);
  });

  it('a Future by hand adds open questions with lines to write on', () => {
    render(<Worksheet run={runScenario('future-by-hand')} />);
    expect(
      within(region('Moment 3: just before 5.006 s')).getByText('What will the console show next?'),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Your answer:').length).toBeGreaterThanOrEqual(2);
  });
});

describe('WorksheetButtons', () => {
  it('Preview worksheet opens the sheet as a dialog; Escape closes it and focus returns', async () => {
    loadFixture();
    const user = userEvent.setup();
    renderInPlayer(<WorksheetButtons />);
    const preview = screen.getByRole('button', { name: 'Preview worksheet' });
    await user.click(preview);
    const dialog = await screen.findByRole('dialog', { name: /^Worksheet: / });
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    expect(within(dialog).getByRole('heading', { name: 'Answers for the teacher' })).toBeVisible();
    // The page's keyboard map (on window) must not step the player while the sheet is read.
    const pageKeys = vi.fn();
    window.addEventListener('keydown', pageKeys);
    await user.keyboard('{ArrowRight}{PageDown}');
    window.removeEventListener('keydown', pageKeys);
    expect(pageKeys).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(preview).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Worksheet closed.');
  });

  it('Print worksheet prints the sheet once and removes it after printing', async () => {
    loadFixture();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const user = userEvent.setup();
    renderInPlayer(<WorksheetButtons />);
    await user.click(screen.getByRole('button', { name: 'Print worksheet' }));
    await screen.findByRole('dialog', { name: /^Worksheet: / });
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('WorksheetButtons before a run', () => {
  it('the playground before its first run offers no worksheet, and says why', () => {
    const store = loadFixture();
    store.getState().load(runScenario('playground'), null, 0 as VirtualUs);
    renderInPlayer(<WorksheetButtons />);
    const print = screen.getByRole('button', { name: 'Print worksheet' });
    expect(print).toBeDisabled();
    expect(print).toHaveAccessibleDescription(/Run your program first/);
  });
});

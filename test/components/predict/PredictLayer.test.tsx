import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PredictLayer } from '../../../src/components/predict/PredictLayer';
import type { VirtualUs } from '../../../src/core/trace';
import { clampToGate } from '../../../src/predict/clampToGate';
import { gatesFor } from '../../../src/predict/gatesFor';
import { scoreBook, type StorageLike } from '../../../src/predict/score';
import { eventStops, nextStop } from '../../../src/store/selectors/eventStops';
import { fetchSquareTrace } from '../../fixtures/fetchSquareTrace';

const trace = fetchSquareTrace();
const gates = gatesFor(trace);
const stops = eventStops(trace);

const memoryStorage = (): StorageLike => {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
};

/** The visualizer's side of the contract, in miniature: every forward move goes through clampToGate. */
function Player({ storage, presenter = false }: { storage: StorageLike; presenter?: boolean }) {
  const [t, setT] = useState(0 as VirtualUs);
  const [passed, setPassed] = useState<ReadonlySet<string>>(new Set());
  const [highlight, setHighlight] = useState<number | null>(null);
  const moveTo = (to: VirtualUs) => setT(clampToGate(gates, passed, t, to).t);
  return (
    <>
      <button type="button" onClick={() => moveTo(nextStop(stops, t))}>
        Step forward
      </button>
      <button type="button" onClick={() => moveTo(trace.end)}>
        Jump to end
      </button>
      <span data-testid="time">{t}</span>
      <span data-testid="highlight">{highlight ?? ''}</span>
      <PredictLayer
        scenarioKey="fetch-square"
        trace={trace}
        t={t}
        passed={passed}
        presenter={presenter}
        book={scoreBook(storage)}
        onPass={(id) => setPassed(new Set([...passed, id]))}
        onHighlight={setHighlight}
      />
    </>
  );
}

describe('PredictLayer with a store that calls clampToGate', () => {
  it('stops Jump to end at the first gate, before "Result is: 4" is printed', async () => {
    const user = userEvent.setup();
    render(<Player storage={memoryStorage()} />);
    await user.click(screen.getByRole('button', { name: 'Jump to end' }));
    expect(screen.getByRole('dialog', { name: 'Predict' })).toHaveAccessibleDescription(
      'Which thread will run on_done_future when fut1 finishes?',
    );
    const print = trace.events.find((e) => e.type === 'stdout')!;
    expect(Number(screen.getByTestId('time').textContent)).toBeLessThan(print.t);
  });

  it('a wrong answer names the misconception and highlights the refuting event; the gate holds until passed', async () => {
    const user = userEvent.setup();
    render(<Player storage={memoryStorage()} />);
    await user.click(screen.getByRole('button', { name: 'Jump to end' }));
    await user.click(screen.getByRole('radio', { name: /MainThread/ }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('status')).toHaveTextContent("Callbacks don't run on the main thread");
    expect(screen.getByTestId('highlight')).toHaveTextContent(String(gates[0]!.highlightSeq));
    const held = screen.getByTestId('time').textContent;
    await user.click(screen.getByRole('button', { name: 'Step forward' }));
    expect(screen.getByTestId('time').textContent).toBe(held);
    await user.click(screen.getByRole('button', { name: 'Show me' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Step forward' }));
    expect(screen.getByTestId('time').textContent).not.toBe(held);
  });

  it('shows the first-try score at the end, and it survives a reload until Reset', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    const view = render(<Player storage={storage} />);
    expect(gates.length).toBeGreaterThan(0);
    for (const gate of gates) {
      await user.click(screen.getByRole('button', { name: 'Jump to end' }));
      const right = gate.choices.find((c) => c.id === gate.correct)!.text;
      await user.click(screen.getByRole('radio', { name: new RegExp(right) }));
      await user.keyboard('{Enter}');
      await user.click(screen.getByRole('button', { name: 'Continue' }));
    }
    await user.click(screen.getByRole('button', { name: 'Jump to end' }));
    expect(screen.getByRole('region', { name: 'Your predictions' })).toHaveTextContent(
      'This scenario: 3 of 3 · All scenarios: 3 of 3.',
    );
    view.unmount();
    // A reload: a new page over the same storage, its playhead at the end with the gates passed.
    // Another scenario was tried in this browser too: the total counts it.
    scoreBook(storage).record('equal-delays', 'first-finish@9', 'wrong');
    render(
      <PredictLayer
        scenarioKey="fetch-square"
        trace={trace}
        t={trace.end}
        passed={new Set(gates.map((g) => g.id))}
        book={scoreBook(storage)}
        onPass={() => {}}
      />,
    );
    const region = screen.getByRole('region', { name: 'Your predictions' });
    expect(region).toHaveTextContent('This scenario: 3 of 3 · All scenarios: 3 of 4.');
    await user.click(screen.getByRole('button', { name: 'Reset score' }));
    expect(screen.getByRole('region', { name: 'Your predictions' })).toHaveTextContent(
      'This scenario: 0 of 3 · All scenarios: 0 of 1.',
    );
  });

  it('in presenter mode the teacher reveals and continues with Enter', async () => {
    const user = userEvent.setup();
    render(<Player storage={memoryStorage()} presenter />);
    await user.click(screen.getByRole('button', { name: 'Jump to end' }));
    expect(screen.getByRole('dialog', { name: 'Predict' })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('Right: on_done_future ran on Thread-1');
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

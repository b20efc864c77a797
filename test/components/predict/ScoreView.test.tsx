import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ScoreView } from '../../../src/components/predict/ScoreView';

describe('ScoreView', () => {
  it('shows the first-try score in a region and resets it', async () => {
    const onReset = vi.fn();
    render(<ScoreView score={{ firstTry: 2, tried: 3, total: 3 }} onReset={onReset} />);
    const region = screen.getByRole('region', { name: 'Your predictions' });
    expect(region).toHaveTextContent('Right on the first try. This scenario: 2 of 3.');
    expect(region).toHaveTextContent('Kept only in this browser');
    await userEvent.click(screen.getByRole('button', { name: 'Reset score' }));
    expect(onReset).toHaveBeenCalledTimes(1);
  });
  it('shows the total over all scenarios beside this one', () => {
    render(
      <ScoreView
        score={{ firstTry: 3, tried: 4, total: 4 }}
        all={{ firstTry: 11, tried: 15, total: 15 }}
        onReset={() => {}}
      />,
    );
    expect(screen.getByRole('region', { name: 'Your predictions' })).toHaveTextContent(
      'Right on the first try. This scenario: 3 of 4 · All scenarios: 11 of 15.',
    );
  });
});

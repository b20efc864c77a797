import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ScoreView } from '../../../src/components/predict/ScoreView';

describe('ScoreView', () => {
  it('shows the first-try score in a region and resets it', async () => {
    const onReset = vi.fn();
    render(<ScoreView score={{ firstTry: 2, tried: 3, total: 3 }} onReset={onReset} />);
    const region = screen.getByRole('region', { name: 'Your predictions' });
    expect(region).toHaveTextContent('Right on the first try: 2 of 3.');
    expect(region).toHaveTextContent('Kept only in this browser');
    await userEvent.click(screen.getByRole('button', { name: 'Reset score' }));
    expect(onReset).toHaveBeenCalledTimes(1);
  });
});

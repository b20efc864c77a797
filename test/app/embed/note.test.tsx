import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { us } from '../../../src/core/trace';
import { fixtureSource } from '../../fixtures/fixtureSource';
import { renderVisualizer } from '../renderVisualizer';

const note = (text: string, t: string) =>
  `?scenario=fetch-square&predict=0&t=${t}&note=${encodeURIComponent(text)}`;

describe('a link’s note in the full page', () => {
  it('shows the sentence as text, prominent at its moment, and announces it there', () => {
    const text = 'Thread-1 runs the callback <b>not</b> MainThread';
    const { player } = renderVisualizer(fixtureSource, note(text, '5.003'));
    const callout = screen.getByRole('complementary', { name: 'Teacher’s note' });
    expect(callout).toHaveTextContent(`Now, at 5.003 s: ${text}`);
    expect(callout.querySelector('b')).toBeNull();
    expect(within(callout).getByRole('status')).toHaveTextContent(`Note at 5.003 s: ${text}`);
    expect(screen.getByTestId('note-marker')).toBeInTheDocument();
    // Elsewhere it stays visible, quieter, and says nothing new.
    act(() => player.getState().seek(us(1_000_000)));
    expect(callout).toHaveTextContent(`Note at 5.003 s: ${text}`);
    expect(callout).toHaveAttribute('data-here', 'false');
    expect(within(callout).getByRole('status')).toBeEmptyDOMElement();
    // Reaching it again announces it again.
    act(() => player.getState().seek(us(5_003_000)));
    expect(within(callout).getByRole('status')).toHaveTextContent(text);
  });

  it('stays in the link, and another scenario from the picker drops it', () => {
    history.replaceState(null, '', '/');
    renderVisualizer(fixtureSource, note('Look here', '2'));
    expect(new URLSearchParams(location.search).get('note')).toBe('Look here');
    fireEvent.change(screen.getByRole('combobox', { name: 'Scenario' }), {
      target: { value: 'done-callbacks' },
    });
    expect(screen.queryByRole('complementary', { name: 'Teacher’s note' })).toBeNull();
    expect(new URLSearchParams(location.search).get('note')).toBeNull();
  });

  it('cut to 280 characters, with a notice that says so', () => {
    renderVisualizer(fixtureSource, note('x'.repeat(300), '1'));
    expect(screen.getByRole('alert')).toHaveTextContent('note: 300 characters is more than 280');
    const callout = screen.getByRole('complementary', { name: 'Teacher’s note' });
    expect(callout.querySelector('.note-text')?.textContent).toBe('x'.repeat(280));
  });
});

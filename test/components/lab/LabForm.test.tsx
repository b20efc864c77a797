import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LabForm } from '../../../src/components/lab/LabForm';
import { DEFAULT_LAB } from '../../../src/scenarios/lab-params';

function setup(value = DEFAULT_LAB) {
  const onApply = vi.fn();
  const utils = render(<LabForm value={value} onApply={onApply} />);
  return { onApply, user: userEvent.setup(), ...utils };
}

describe('LabForm', () => {
  it('shows the current parameters in labelled fields', () => {
    setup();
    expect(screen.getByRole('form', { name: 'Lab parameters' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Numbers' })).toHaveValue('2,3,4');
    expect(screen.getByRole('textbox', { name: 'Timer intervals (s)' })).toHaveValue('5');
    expect(screen.getByRole('textbox', { name: 'Outcomes' })).toHaveValue('ok');
    expect(screen.getByRole('combobox', { name: 'Observe results with' })).toHaveValue('callbacks');
    expect(screen.getByRole('textbox', { name: 'Timeout for result() (s)' })).toHaveValue('');
  });

  it('applies valid parameters', async () => {
    const { user, onApply } = setup();
    const numbers = screen.getByRole('textbox', { name: 'Numbers' });
    await user.clear(numbers);
    await user.type(numbers, '2,-3,1e16');
    const delays = screen.getByRole('textbox', { name: 'Timer intervals (s)' });
    await user.clear(delays);
    await user.type(delays, '3,1,2');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Observe results with' }),
      'both',
    );
    await user.type(screen.getByRole('textbox', { name: 'Timeout for result() (s)' }), '1.5');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(onApply).toHaveBeenCalledWith({
      numbers: ['2', '-3', '1e16'],
      delays: [3, 1, 2],
      outcomes: ['ok', 'ok', 'ok'],
      observe: 'both',
      timeout: 1.5,
    });
  });

  it('explains a bad value beside its field and applies nothing', async () => {
    const { user, onApply } = setup();
    const numbers = screen.getByRole('textbox', { name: 'Numbers' });
    await user.clear(numbers);
    await user.type(numbers, '2,,3');
    const timeout = screen.getByRole('textbox', { name: 'Timeout for result() (s)' });
    await user.type(timeout, '0{Enter}');
    expect(onApply).not.toHaveBeenCalled();
    expect(numbers).toHaveAttribute('aria-invalid', 'true');
    expect(numbers).toHaveAccessibleDescription(
      expect.stringContaining('numbers: item 2 is empty'),
    );
    expect(timeout).toHaveAccessibleDescription(
      expect.stringContaining('timeout: 0 must be greater than 0'),
    );
    // Fixing the field clears its message as the user types.
    await user.clear(numbers);
    await user.type(numbers, '2,3');
    expect(numbers).toHaveAttribute('aria-invalid', 'false');
    expect(screen.queryByText('numbers: item 2 is empty')).not.toBeInTheDocument();
  });

  it('works from the keyboard alone', async () => {
    const { user, onApply } = setup();
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'Numbers' })).toHaveFocus();
    await user.keyboard('{End},5');
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Apply' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onApply).toHaveBeenCalledWith(
      expect.objectContaining({ numbers: ['2', '3', '4', '5'] }),
    );
  });

  it('keeps the draft when the parent re-renders with equal parameters', async () => {
    const { user, rerender, onApply } = setup();
    await user.type(screen.getByRole('textbox', { name: 'Numbers' }), ',5');
    rerender(<LabForm value={{ ...DEFAULT_LAB }} onApply={onApply} />);
    expect(screen.getByRole('textbox', { name: 'Numbers' })).toHaveValue('2,3,4,5');
  });

  it('takes new parameters from outside (a link) and drops the draft', async () => {
    const { user, rerender, onApply } = setup();
    await user.type(screen.getByRole('textbox', { name: 'Numbers' }), ',x');
    rerender(
      <LabForm
        value={{ ...DEFAULT_LAB, numbers: ['9'], delays: [1], outcomes: ['fail'] }}
        onApply={onApply}
      />,
    );
    expect(screen.getByRole('textbox', { name: 'Numbers' })).toHaveValue('9');
    expect(screen.getByRole('textbox', { name: 'Outcomes' })).toHaveValue('fail');
  });
});

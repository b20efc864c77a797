import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { App } from '../../src/app/App';

describe('App shell', () => {
  it('has a title, a main landmark and a footer naming the source material', () => {
    render(<App />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Futures Visualizer' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Python High Performance');
  });
});

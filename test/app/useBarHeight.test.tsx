import { render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BAR_HEIGHT_VAR, useBarHeight } from '../../src/app/useBarHeight';

// jsdom lays nothing out and has no ResizeObserver: a fake one reports the sizes a browser would.
type Report = (entries: Array<{ borderBoxSize: Array<{ blockSize: number }> }>) => void;
const observers: Array<{ report: Report; observed: Element[]; disconnected: boolean }> = [];

class FakeResizeObserver {
  private readonly record: (typeof observers)[number];
  constructor(report: Report) {
    this.record = { report, observed: [], disconnected: false };
    observers.push(this.record);
  }
  observe(element: Element) {
    this.record.observed.push(element);
  }
  disconnect() {
    this.record.disconnected = true;
  }
}

function Bar() {
  const bar = useRef<HTMLElement>(null);
  useBarHeight(bar);
  return (
    <section ref={bar} aria-label="Player">
      controls
    </section>
  );
}

const root = () => document.documentElement.style;

beforeEach(() => {
  observers.length = 0;
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
});
afterEach(() => vi.unstubAllGlobals());

describe('useBarHeight', () => {
  it('writes the bar’s measured height, rounded up, to --transport-h, and follows it', () => {
    const { getByRole } = render(<Bar />);
    expect(observers).toHaveLength(1);
    expect(observers[0]!.observed).toEqual([getByRole('region', { name: 'Player' })]);
    observers[0]!.report([{ borderBoxSize: [{ blockSize: 124.7 }] }]);
    expect(root().getPropertyValue(BAR_HEIGHT_VAR)).toBe('125px');
    // The bar wraps to two rows (a phone, a longer narration): the page's reserve follows.
    observers[0]!.report([{ borderBoxSize: [{ blockSize: 178 }] }]);
    expect(root().getPropertyValue(BAR_HEIGHT_VAR)).toBe('178px');
  });

  it('stops observing and leaves no stale height behind when the bar goes', () => {
    const { unmount } = render(<Bar />);
    observers[0]!.report([{ borderBoxSize: [{ blockSize: 90 }] }]);
    unmount();
    expect(observers[0]!.disconnected).toBe(true);
    expect(root().getPropertyValue(BAR_HEIGHT_VAR)).toBe('');
  });

  it('without ResizeObserver, leaves the CSS fallback in place and does not throw', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    render(<Bar />);
    expect(root().getPropertyValue(BAR_HEIGHT_VAR)).toBe('');
  });
});

/**
 * A lane's running, sleeping and busy boxes, drawn as paths: what the pointer is over is still
 * named in the tooltip, as each box's title did, and the blocked waits stay elements.
 */
import { fireEvent, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { VirtualUs } from '../../src/core/trace';
import type { SegmentBox, SegmentLook } from '../../src/layout/threadRowLayout';
import type { Segment } from '../../src/store/selectors/threadSegments';
import { SegmentShapes } from '../../src/components/timeline/SegmentShapes';

const seg = { kind: 'running', start: 0 as VirtualUs } as Segment;
const box = (look: SegmentLook, x: number, w: number, title: string): SegmentBox => ({
  x,
  w,
  seg,
  look,
  title,
  parts: 1,
});

describe('SegmentShapes', () => {
  const boxes = [
    box('running', 0, 10, 'running'),
    box('sleeping', 10, 100, 'sleeping 0.5 s · 0.2 s left'),
    box('blocked', 120, 40, 'blocked in result()'),
  ];

  it('names the box under the pointer in its tooltip, and nothing between boxes', () => {
    const { container } = render(<SegmentShapes segments={boxes} rowPx={43} />);
    const svg = container.querySelector('svg')!;
    const title = () => svg.querySelector('title')!.textContent;
    fireEvent.pointerMove(svg, { clientX: 50 });
    expect(title()).toBe('sleeping 0.5 s · 0.2 s left');
    fireEvent.pointerMove(svg, { clientX: 5 });
    expect(title()).toBe('running');
    fireEvent.pointerMove(svg, { clientX: 140 });
    expect(title()).toBe('');
  });

  it('draws one path per look, hidden from screen readers as the plain boxes were', () => {
    const { container } = render(<SegmentShapes segments={boxes} rowPx={43} />);
    expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    // running, and sleeping (its hatch and border in one); no path for the wait.
    expect(container.querySelectorAll('path')).toHaveLength(2);
  });

  it('draws nothing for a lane with only waits', () => {
    const { container } = render(<SegmentShapes segments={boxes.slice(2)} rowPx={43} />);
    expect(container.querySelector('svg')).toBeNull();
  });
});

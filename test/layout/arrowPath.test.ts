import { describe, expect, it } from 'vitest';
import { arrowPath } from '../../src/layout/arrowPath';

describe('arrowPath', () => {
  it('between lanes at one instant, bows back into the past and arrives pointing right', () => {
    const shape = arrowPath({ x: 100, y: 20 }, { x: 100, y: 80 }, 40);
    expect(shape.d).toBe('M 100 20 C 76 20, 76 80, 100 80');
    expect(shape.angle).toBe(0);
  });
  it('bows each further arrow between the same moments further out', () => {
    expect(arrowPath({ x: 100, y: 20 }, { x: 100, y: 80 }, 40, 1).d).toBe(
      'M 100 20 C 64 20, 64 80, 100 80',
    );
  });
  it('far apart in time, runs as an S from the cause to the effect', () => {
    expect(arrowPath({ x: 0, y: 20 }, { x: 300, y: 100 }, 40).d).toBe(
      'M 0 20 C 150 20, 150 100, 300 100',
    );
  });
  it('at the axis start, bows forward rather than over the lanes’ names', () => {
    const shape = arrowPath({ x: 0, y: 20 }, { x: 0, y: 80 }, 40);
    expect(shape.d).toBe('M 0 20 C 24 20, 24 80, 0 80');
    expect(shape.angle).toBe(180);
  });
  it('on one lane, an arch over the effect, wide enough to see, pointing down into it', () => {
    const shape = arrowPath({ x: 200, y: 60 }, { x: 200, y: 60 }, 40);
    expect(shape.start).toEqual({ x: 180, y: 60 });
    expect(shape.end).toEqual({ x: 200, y: 60 });
    expect(shape.d).toBe('M 180 60 C 180 40, 200 40, 200 60');
    expect(shape.angle).toBe(90);
  });
  it('on one lane at the axis start, moves the arch right of the axis', () => {
    const shape = arrowPath({ x: 0, y: 60 }, { x: 0, y: 60 }, 40);
    expect(shape.start.x).toBe(0);
    expect(shape.end.x).toBe(20);
  });
});

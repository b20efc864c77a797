import { memo, useId, useMemo, useRef, type PointerEvent } from 'react';
import { boxAt, chunkedPaths, type PathChunks, type SegmentPaths } from '../../layout/segmentPaths';
import type { SegmentBox } from '../../layout/threadRowLayout';
import './segments.css';

/** A segment box's height: the row less 0.45rem above and below (`.tl-seg`), 2.7rem rows. */
const SEG_SHARE_OF_ROW = 1.8 / 2.7;

/**
 * A lane's running, sleeping and busy boxes drawn as one SVG (a path per look), looking as
 * `.tl-seg` boxes do: solid, hatched with a border, striped. Hovering shows the box's words as
 * its tooltip, as the boxes' titles did. Pointer events reach the lane beneath (pan, probe).
 *
 * @example <SegmentShapes segments={layout.segments} rowPx={43} />
 */
export const SegmentShapes = memo(function SegmentShapes({
  segments,
  rowPx,
}: {
  segments: readonly SegmentBox[];
  rowPx: number;
}) {
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const height = rowPx * SEG_SHARE_OF_ROW;
  // The chunks of the last render: those whose boxes did not move are drawn by the same
  // elements, untouched (see chunkedPaths).
  const kept = useRef<PathChunks | null>(null);
  const paths = useMemo(
    () => (kept.current = chunkedPaths(segments, height, kept.current)),
    [segments, height],
  );
  const drawn = paths.boxes;
  if (drawn.length === 0) return null;
  // The tooltip follows the pointer: one <title>, its words set as the pointer moves.
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const svg = e.currentTarget;
    const x = e.clientX - svg.getBoundingClientRect().left;
    const words = boxAt(drawn, x)?.title ?? '';
    const title = svg.querySelector('title');
    if (title && title.textContent !== words) title.textContent = words;
  };
  return (
    <svg className="tl-segs" aria-hidden="true" onPointerMove={onPointerMove} style={{ height }}>
      <title />
      <defs>
        <pattern
          id={`${id}-hatch`}
          patternUnits="userSpaceOnUse"
          width={8}
          height={8}
          patternTransform="rotate(45)"
        >
          <rect className="tl-segs-hatch" width={3} height={8} />
        </pattern>
        <pattern id={`${id}-busy`} patternUnits="userSpaceOnUse" width={4} height={8}>
          <rect className="tl-segs-busy-on" width={2} height={8} />
          <rect className="tl-segs-busy-off" x={2} width={2} height={8} />
        </pattern>
      </defs>
      {paths.chunks.map((chunk, i) => (
        <Shapes key={i} paths={chunk} id={id} />
      ))}
    </svg>
  );
});

/** One set of paths, filled with the lane's patterns (`id`'s). */
const Shapes = memo(function Shapes({ paths, id }: { paths: SegmentPaths; id: string }) {
  return (
    <>
      {paths.running && <path className="tl-segs-running" d={paths.running} />}
      {paths.sleeping && (
        <path className="tl-segs-sleeping" d={paths.sleeping} fill={`url(#${id}-hatch)`} />
      )}
      {paths.busy && <path d={paths.busy} fill={`url(#${id}-busy)`} />}
    </>
  );
});

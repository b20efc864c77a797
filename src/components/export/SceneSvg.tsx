import { useId } from 'react';
import type { Scene, SceneItem } from '../../export/scene';
import {
  DASH,
  DOTS_PX,
  FONT_STACKS,
  HATCH_PX,
  patternOf,
  patternsOf,
} from '../../export/sceneStyle';

/**
 * A scene drawn as React SVG elements (the worksheet's pictures): the same items as the
 * exported SVG file, text as text, no markup injected. An image named by the scene's title;
 * it scales to its container's width. Pattern ids are made unique per picture, so many
 * pictures can share a page.
 *
 * @example <SceneSvg scene={timelineScene({ trace, t, width: 720 })} />
 */
export function SceneSvg({ scene, className }: { scene: Scene; className?: string }) {
  const prefix = useId().replace(/:/g, '');
  const idOf = (id: string) => `${prefix}-${id}`;
  const patterns = patternsOf(scene);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${scene.width} ${scene.height}`}
      width="100%"
      role="img"
      aria-label={scene.title}
      className={className}
      xmlSpace="preserve"
      style={{ maxWidth: scene.width, height: 'auto', whiteSpace: 'pre' }}
    >
      {patterns.length > 0 && (
        <defs>
          {patterns.map((u) =>
            u.kind === 'hatch' ? (
              <pattern
                key={u.id}
                id={idOf(u.id)}
                width={HATCH_PX}
                height={HATCH_PX}
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
              >
                <line
                  x1={0}
                  y1={0}
                  x2={0}
                  y2={HATCH_PX}
                  stroke={u.color}
                  strokeWidth={2.5}
                  strokeOpacity={0.6}
                />
              </pattern>
            ) : (
              <pattern
                key={u.id}
                id={idOf(u.id)}
                width={DOTS_PX}
                height={DOTS_PX}
                patternUnits="userSpaceOnUse"
              >
                <circle
                  cx={DOTS_PX / 2}
                  cy={DOTS_PX / 2}
                  r={1.3}
                  fill={u.color}
                  fillOpacity={0.75}
                />
              </pattern>
            ),
          )}
        </defs>
      )}
      <rect width={scene.width} height={scene.height} fill={scene.background} />
      {scene.items.map((item, i) => (
        <Item key={i} item={item} idOf={idOf} />
      ))}
    </svg>
  );
}

function Item({ item, idOf }: { item: SceneItem; idOf: (id: string) => string }) {
  switch (item.kind) {
    case 'rect': {
      const box = { x: item.x, y: item.y, width: item.w, height: item.h, rx: item.rx };
      const stroke = {
        stroke: item.stroke,
        strokeWidth: item.stroke ? (item.strokeWidth ?? 1) : undefined,
        strokeDasharray: item.dashed ? DASH.join(' ') : undefined,
      };
      const pattern = patternOf(item);
      if (!pattern) return <rect {...box} fill={item.fill} {...stroke} />;
      return (
        <>
          <rect {...box} fill={item.fill} />
          <rect {...box} fill={`url(#${idOf(pattern.id)})`} {...stroke} />
        </>
      );
    }
    case 'text':
      return (
        <text
          x={item.x}
          y={item.y}
          fontFamily={FONT_STACKS[item.font]}
          fontSize={item.size}
          fontWeight={item.weight === 'bold' ? 'bold' : undefined}
          textAnchor={item.anchor && item.anchor !== 'start' ? item.anchor : undefined}
          fill={item.fill}
        >
          {item.text}
        </text>
      );
    case 'line':
      return (
        <line
          x1={item.x1}
          y1={item.y1}
          x2={item.x2}
          y2={item.y2}
          stroke={item.stroke}
          strokeWidth={item.width}
          strokeDasharray={item.dashed ? DASH.join(' ') : undefined}
        />
      );
    case 'path':
      return (
        <path
          d={item.d}
          fill={item.fill ?? 'none'}
          stroke={item.stroke}
          strokeWidth={item.stroke ? (item.width ?? 1) : undefined}
          strokeLinecap={item.stroke ? 'round' : undefined}
          strokeLinejoin={item.stroke ? 'round' : undefined}
        />
      );
  }
}

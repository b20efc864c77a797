import type { Scene, SceneItem } from './scene';
import {
  DASH,
  DOTS_PX,
  FONT_STACKS,
  HATCH_PX,
  patternOf,
  patternsOf,
  type PatternUse,
} from './sceneStyle';
import { pxText } from '../layout/pxText';

/**
 * `text` safe inside an XML element or a quoted attribute: a program's print such as
 * `</text><script>` stays words.
 *
 * @example escapeXml('a < b & "c"'); // 'a &lt; b &amp; &quot;c&quot;'
 */
export const escapeXml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    // Characters XML 1.0 forbids (control codes a program may print) would make the file unreadable.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd');

const attrs = (pairs: Record<string, string | number | undefined>) =>
  Object.entries(pairs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(typeof v === 'number' ? pxText(v) : v!)}"`)
    .join('');

function patternDef(u: PatternUse): string {
  if (u.kind === 'hatch')
    return `<pattern${attrs({ id: u.id, width: HATCH_PX, height: HATCH_PX, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' })}><line x1="0" y1="0" x2="0" y2="${HATCH_PX}"${attrs({ stroke: u.color, 'stroke-width': 2.5, 'stroke-opacity': 0.6 })}/></pattern>`;
  const c = DOTS_PX / 2;
  return `<pattern${attrs({ id: u.id, width: DOTS_PX, height: DOTS_PX, patternUnits: 'userSpaceOnUse' })}><circle${attrs({ cx: c, cy: c, r: 1.3, fill: u.color, 'fill-opacity': 0.75 })}/></pattern>`;
}

function itemSvg(item: SceneItem): string {
  switch (item.kind) {
    case 'rect': {
      const box = { x: item.x, y: item.y, width: item.w, height: item.h, rx: item.rx };
      const stroke = {
        stroke: item.stroke,
        'stroke-width': item.stroke ? (item.strokeWidth ?? 1) : undefined,
        'stroke-dasharray': item.dashed ? DASH.join(' ') : undefined,
      };
      const pattern = patternOf(item);
      if (!pattern) return `<rect${attrs({ ...box, fill: item.fill, ...stroke })}/>`;
      return `<rect${attrs({ ...box, fill: item.fill })}/><rect${attrs({ ...box, fill: `url(#${pattern.id})`, ...stroke })}/>`;
    }
    case 'text':
      // Per element: Chromium keeps a code line's indentation only for xml:space on the text.
      return `<text${attrs({
        'xml:space': 'preserve',
        x: item.x,
        y: item.y,
        'font-family': FONT_STACKS[item.font],
        'font-size': item.size,
        'font-weight': item.weight === 'bold' ? 'bold' : undefined,
        'text-anchor': item.anchor && item.anchor !== 'start' ? item.anchor : undefined,
        fill: item.fill,
      })}>${escapeXml(item.text)}</text>`;
    case 'line':
      return `<line${attrs({
        x1: item.x1,
        y1: item.y1,
        x2: item.x2,
        y2: item.y2,
        stroke: item.stroke,
        'stroke-width': item.width,
        'stroke-dasharray': item.dashed ? DASH.join(' ') : undefined,
      })}/>`;
    case 'path':
      return `<path${attrs({
        d: item.d,
        fill: item.fill ?? 'none',
        stroke: item.stroke,
        'stroke-width': item.stroke ? (item.width ?? 1) : undefined,
        'stroke-linecap': item.stroke ? 'round' : undefined,
        'stroke-linejoin': item.stroke ? 'round' : undefined,
        'stroke-dasharray': item.stroke && item.dashed ? DASH.join(' ') : undefined,
      })}/>`;
  }
}

/**
 * A standalone SVG document of the scene: text stays `<text>` (searchable, selectable, read
 * by screen readers), fonts are the system's (nothing to download), the scene's title is the
 * `<title>`, patterns are `<pattern>`s. Every string from the program is escaped.
 *
 * @example new Blob([sceneToSvg(frameScene(input))], { type: 'image/svg+xml' });
 */
export function sceneToSvg(scene: Scene): string {
  const defs = patternsOf(scene).map(patternDef).join('');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({
      width: scene.width,
      height: scene.height,
      viewBox: `0 0 ${pxText(scene.width)} ${pxText(scene.height)}`,
      role: 'img',
      // Code keeps its indentation: xml:space for SVG readers, white-space for browsers.
      'xml:space': 'preserve',
      style: 'white-space: pre',
    })}>`,
    `<title>${escapeXml(scene.title)}</title>`,
    defs ? `<defs>${defs}</defs>` : '',
    `<rect${attrs({ width: scene.width, height: scene.height, fill: scene.background })}/>`,
    ...scene.items.map(itemSvg),
    '</svg>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}

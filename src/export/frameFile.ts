/**
 * A frame as a file to save: the code Export SVG / Export PNG load on click (never in the
 * first screen's script).
 */
import { exportFileName } from './fileName';
import { frameScene, type FrameInput } from './frameScene';
import { PNG_SCALE, scenePng } from './png';
import { sceneToSvg } from './svg';

export interface FrameFile {
  name: string;
  blob: Blob;
}

/**
 * The frame at the player's position as an SVG or a PNG (at 2×), named for the scenario
 * (`id`, e.g. `fetch-square`) and the moment.
 *
 * @example const { name, blob } = await frameFile('svg', input, 'fetch-square'); // name 'fetch-square-8.000s.svg'
 */
export async function frameFile(
  kind: 'svg' | 'png',
  input: FrameInput,
  id: string,
): Promise<FrameFile> {
  const scene = frameScene(input);
  const name = exportFileName(id, input.t, kind);
  if (kind === 'svg')
    return { name, blob: new Blob([sceneToSvg(scene)], { type: 'image/svg+xml;charset=utf-8' }) };
  return { name, blob: await scenePng(scene, PNG_SCALE) };
}

// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

const bridge = vi.hoisted(() => ({ preparePlayground: vi.fn(async () => null) }));
vi.mock('../../../src/playground/bridge', () => bridge);

let intent: typeof import('../../../src/playground/intent');

beforeEach(async () => {
  vi.resetModules();
  intent = await import('../../../src/playground/intent');
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.clearAllMocks();
});

const settle = () => vi.waitFor(() => expect(bridge.preparePlayground).toHaveBeenCalled());

describe('starting the playground on intent', () => {
  test('the first intent starts the runtime; later ones do nothing more', async () => {
    intent.warmPlaygroundOnIntent();
    intent.warmPlaygroundOnIntent();
    await settle();
    intent.warmPlaygroundOnIntent();
    await import('../../../src/playground/bridge');
    expect(bridge.preparePlayground).toHaveBeenCalledTimes(1);
  });

  test('never over a metered connection (Data Saver)', async () => {
    vi.stubGlobal('navigator', { connection: { saveData: true } });
    expect(intent.mayWarm()).toBe(false);
    intent.warmPlaygroundOnIntent();
    await import('../../../src/playground/bridge');
    expect(bridge.preparePlayground).not.toHaveBeenCalled();
  });

  test('a playground link starts the runtime at once; any other page does not', async () => {
    intent.warmIfPlaygroundLink('?scenario=pool_basic');
    intent.warmIfPlaygroundLink('');
    await import('../../../src/playground/bridge');
    expect(bridge.preparePlayground).not.toHaveBeenCalled();
    intent.warmIfPlaygroundLink('?scenario=playground&code=print%281%29');
    await settle();
  });

  test('a playground link over a metered connection starts nothing', async () => {
    vi.stubGlobal('navigator', { connection: { saveData: true } });
    intent.warmIfPlaygroundLink('?scenario=playground');
    await import('../../../src/playground/bridge');
    expect(bridge.preparePlayground).not.toHaveBeenCalled();
  });

  test('without the Network Information API (Firefox, Safari) it may start', () => {
    expect(intent.mayWarm({} as Navigator)).toBe(true);
    expect(intent.mayWarm({ connection: { saveData: false } } as unknown as Navigator)).toBe(true);
  });
});

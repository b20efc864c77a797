// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Trace } from '../../../src/core/trace';
import type { ErrorReport } from '../../../src/playground/report';

// The runtime itself is tested in Node and Chromium; here the bridge is a stand-in.
const bridge = vi.hoisted(() => ({
  runPython: vi.fn<(source: string) => Promise<Trace | ErrorReport>>(),
  preparePlayground: vi.fn<(onProgress?: (f: number) => void) => Promise<ErrorReport | null>>(),
  cancelPlayground: vi.fn(),
  CANCELLED_MESSAGE: 'Loading Python was cancelled. Press Run to load it again.',
}));
vi.mock('../../../src/playground/bridge', () => ({
  ...bridge,
  isErrorReport: (r: Trace | ErrorReport) => 'kind' in r,
}));

const { default: Playground } = await import('../../../src/components/playground/Playground');

const TRACE: Trace = { version: 2, source: 'print(1)\n', events: [], end: 0 as Trace['end'] };

beforeEach(() => {
  vi.stubGlobal('WebAssembly', { ...WebAssembly, Suspending: function Suspending() {} });
  bridge.preparePlayground.mockResolvedValue(null);
  bridge.runPython.mockResolvedValue(TRACE);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.clearAllMocks();
});

const editor = () => screen.findByRole('textbox', { name: 'Python program' });

describe('the Playground view', () => {
  test('starts with the seed program in a Python editor', async () => {
    render(<Playground onTrace={vi.fn()} />);
    expect((await editor()).textContent).toContain('fetch_square(2)');
    expect((await editor()).textContent).toContain('timer = threading.Timer(5.0,');
  });

  test('Run hands the trace and the source to onTrace', async () => {
    const onTrace = vi.fn();
    render(<Playground onTrace={onTrace} initialSource={'print("hi")\n'} />);
    await userEvent.click(screen.getByRole('button', { name: 'Run' }));
    await waitFor(() => expect(onTrace).toHaveBeenCalledWith(TRACE, 'print("hi")\n'));
    expect(bridge.runPython).toHaveBeenCalledWith('print("hi")\n', expect.anything());
  });

  test('autoRun runs the initial program once, as soon as the runtime is ready', async () => {
    const onTrace = vi.fn();
    render(<Playground onTrace={onTrace} initialSource={'print(2)\n'} autoRun />);
    await waitFor(() => expect(onTrace).toHaveBeenCalledWith(TRACE, 'print(2)\n'));
    await screen.findByRole('button', { name: 'Run' });
    expect(bridge.runPython).toHaveBeenCalledTimes(1);
  });

  test('without autoRun nothing runs until Run', async () => {
    render(<Playground onTrace={vi.fn()} initialSource={'print(2)\n'} />);
    await waitFor(() => expect(bridge.preparePlayground).toHaveBeenCalled());
    await editor();
    expect(bridge.runPython).not.toHaveBeenCalled();
  });

  test('Ctrl+Enter in the editor runs the program', async () => {
    const onTrace = vi.fn();
    render(<Playground onTrace={onTrace} initialSource={'x = 1\n'} />);
    (await editor()).focus();
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(onTrace).toHaveBeenCalledTimes(1));
  });

  test('a syntax error shows Python own message and its line', async () => {
    bridge.runPython.mockResolvedValue({
      kind: 'syntax',
      message: "SyntaxError: expected ':'",
      line: 2,
      column: 8,
      text: '  File "main.py", line 2\n    if True\n           ^\nSyntaxError: expected \':\'\n',
    });
    const onTrace = vi.fn();
    render(<Playground onTrace={onTrace} initialSource={'x = 1\nif True\n'} />);
    await userEvent.click(screen.getByRole('button', { name: 'Run' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "SyntaxError: expected ':' (line 2)",
    );
    expect(onTrace).not.toHaveBeenCalled();
    await waitFor(() =>
      expect(document.querySelector('.cm-error-line')?.textContent).toBe('if True'),
    );
  });

  test('program output is shown as text, never as HTML', async () => {
    bridge.runPython.mockResolvedValue({
      kind: 'internal',
      message: '<img src=x onerror=alert(1)>',
    });
    render(<Playground onTrace={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Run' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });

  test('a budget stop says which budget, and still shows what ran', async () => {
    bridge.runPython.mockResolvedValue({
      kind: 'budget',
      budget: 'steps',
      message: 'Stopped: the program ran more lines than the playground allows.',
      trace: TRACE,
    });
    const onTrace = vi.fn();
    render(<Playground onTrace={onTrace} />);
    await userEvent.click(screen.getByRole('button', { name: 'Run' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('more lines');
    expect(onTrace).toHaveBeenCalledWith(TRACE, expect.any(String));
  });

  test('a progress bar shows while the runtime downloads', async () => {
    let report: (f: number) => void = () => undefined;
    let finish: (r: null) => void = () => undefined;
    bridge.preparePlayground.mockImplementation((onProgress) => {
      report = onProgress ?? report;
      return new Promise((resolve) => (finish = resolve));
    });
    render(<Playground onTrace={vi.fn()} />);
    act(() => report(0.4));
    const bar = screen.getByRole('progressbar', { name: 'Loading the Python runtime' });
    expect(bar).toHaveAttribute('value', '0.4');
    await act(async () => finish(null));
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  test('the download shows its percentage, and Cancel stops it and says so', async () => {
    let report: (f: number) => void = () => undefined;
    let finish: (r: ErrorReport | null) => void = () => undefined;
    bridge.preparePlayground.mockImplementation((onProgress) => {
      report = onProgress ?? report;
      return new Promise((resolve) => (finish = resolve));
    });
    bridge.cancelPlayground.mockImplementation(() =>
      finish({ kind: 'internal', message: bridge.CANCELLED_MESSAGE }),
    );
    render(<Playground onTrace={vi.fn()} autoRun />);
    act(() => report(0.374));
    expect(screen.getByText(/Loading Python/)).toHaveTextContent('37%');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(bridge.cancelPlayground).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('status')).toHaveTextContent('cancelled');
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(bridge.runPython).not.toHaveBeenCalled(); // autoRun waits for a ready runtime
  });

  test('without stack switching it says so in one sentence and offers Download Python', async () => {
    vi.stubGlobal('WebAssembly', {});
    render(<Playground onTrace={vi.fn()} />);
    expect(screen.getByRole('status')).toHaveTextContent(/cannot run your own Python here/);
    expect(screen.getByRole('button', { name: 'Download Python' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Run' })).toBeNull();
    expect(bridge.preparePlayground).not.toHaveBeenCalled();
  });
});

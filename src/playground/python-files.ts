/**
 * The Python side of the playground, as text: written into Pyodide's file system at start.
 *
 * @example
 *   for (const [name, text] of Object.entries(PYTHON_FILES)) py.FS.writeFile(`/vt/${name}`, text);
 */
import vtAsyncio from './python/vt_asyncio.py?raw';
import vtAsyncioTrace from './python/vt_asyncio_trace.py?raw';
import vtBlocking from './python/vt_blocking.py?raw';
import vtGuard from './python/vt_guard.py?raw';
import vtHooks from './python/vt_hooks.py?raw';
import vtInstall from './python/vt_install.py?raw';
import vtRewrite from './python/vt_rewrite.py?raw';
import vtRun from './python/vt_run.py?raw';
import vtSched from './python/vt_sched.py?raw';
import vtTrace from './python/vt_trace.py?raw';
import vtWaits from './python/vt_waits.py?raw';

export const PYTHON_FILES: Readonly<Record<string, string>> = {
  'vt_asyncio.py': vtAsyncio,
  'vt_asyncio_trace.py': vtAsyncioTrace,
  'vt_blocking.py': vtBlocking,
  'vt_guard.py': vtGuard,
  'vt_hooks.py': vtHooks,
  'vt_install.py': vtInstall,
  'vt_rewrite.py': vtRewrite,
  'vt_run.py': vtRun,
  'vt_sched.py': vtSched,
  'vt_trace.py': vtTrace,
  'vt_waits.py': vtWaits,
};

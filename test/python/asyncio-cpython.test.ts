/**
 * The asyncio oracle: every program in ./asyncio-programs runs in the real python3 (at full
 * speed: its delays are a few hundredths of a second) and in the core, simulated for the same
 * version; stdout, stderr and the exit code must match, with addresses, thread idents, the
 * stdlib directory and the script path masked. Another interpreter is checked by putting it
 * first on PATH: `PATH=~/.pyenv/versions/3.8.18/bin:$PATH npx vitest run test/python/asyncio-cpython.test.ts`.
 */
import { ASYNCIO_PROGRAMS } from './asyncio-programs';
import { oracleSuite } from './support/oracleSuite';

// At full speed: its delays are a few hundredths of a second.
oracleSuite('asyncio oracle', ASYNCIO_PROGRAMS, 1);

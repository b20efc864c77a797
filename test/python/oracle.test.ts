/**
 * The CPython oracle: every program in ./programs runs in the real python3 on this machine
 * (waits shortened) and in the core, simulated for the same version; stdout, stderr and the
 * exit code must match, with addresses, thread idents, the stdlib directory and the script
 * path masked. Another interpreter can be checked by putting it first on PATH, e.g.
 * `PATH=~/.pyenv/versions/3.13.0/bin:$PATH npx vitest run test/python` (3.8.18, 3.9.18,
 * 3.10.13, 3.11.7, 3.12.1 and 3.13.0 all pass on the development machine).
 */
import { ORACLE_PROGRAMS } from './programs';
import { oracleSuite } from './support/oracleSuite';

oracleSuite('oracle', ORACLE_PROGRAMS, 0.5);

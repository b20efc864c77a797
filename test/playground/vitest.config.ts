import { defineConfig } from 'vitest/config';

// Pyodide needs WebAssembly stack switching (JSPI); Node 20 has it behind this flag.
// Run with `npx vitest run --config test/playground/vitest.config.ts`.
export default defineConfig({
  test: {
    include: ['test/playground/**/*.test.{ts,tsx}'],
    environment: 'node',
    pool: 'forks',
    execArgv: ['--experimental-wasm-stack-switching'],
    // One file at a time: the oracle's python3 runs use real timers, and a second Pyodide
    // loading beside them on a 2-core machine can delay one enough to reorder its output.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});

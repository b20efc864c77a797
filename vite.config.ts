import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './build/csp.ts';
import { offline } from './build/pwa.ts';
import { pyodideRuntime } from './build/pyodide.ts';
import { singleFile } from './build/single-file.ts';

// base './' makes every asset URL relative, so `dist/` works from any sub-path of a
// static host (GitHub Pages project sites, a school's web space, /demo/sub/ in our tests).
// `--mode single` (npm run build:single): one self-contained .html in dist/single/.
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [
    react(),
    pyodideRuntime(),
    ...(mode === 'single' ? singleFile({ favicon: 'public/icons/favicon-32.png' }) : [offline()]),
    contentSecurityPolicy(), // last: it hashes whatever the plugins above inlined
  ],
  publicDir: mode === 'single' ? false : 'public',
  build: {
    target: 'es2022',
    sourcemap: false,
    outDir: mode === 'single' ? 'dist/single' : 'dist',
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'test/{core,scenarios,python,store,layout,lint,predict,seed,export}/**/*.test.{ts,tsx}',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/{components,app}/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup-dom.ts'],
        },
      },
    ],
  },
}));

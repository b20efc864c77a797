import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './serve.mjs';

// Build the real site once, serve it from a sub-path, and hand its URL to every test file.
export default async function setup(project: TestProject) {
  // vitest sets NODE_ENV=test, and Vite would then build React's development flavour with
  // import.meta.env.PROD false: test the site people get, the production build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const server = await serveStatic('dist', '/demo/sub/');
  project.provide('baseURL', server.url);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

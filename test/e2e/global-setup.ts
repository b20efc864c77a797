import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './serve.mjs';

// Build the real site once, serve it from a sub-path, and hand its URL to every test file.
export default async function setup(project: TestProject) {
  await build({ logLevel: 'warn' });
  const server = await serveStatic('dist', '/demo/sub/');
  project.provide('baseURL', server.url);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

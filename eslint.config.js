import { statSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const ROOT = dirname(fileURLToPath(import.meta.url));

/**
 * The rooms of ARCHITECTURE.md and what each may import, checked by `rooms/imports` below.
 *
 * - `rooms`: other rooms whose modules it may import (its own is always allowed).
 * - `typeRooms`: rooms it may reach with `import type` only (erased from the bundle).
 * - `modules`: single modules of other rooms it may import values from all the same.
 * - `packages`: npm packages it may import, or '*' for any. Node's built-ins never, in src/.
 *
 * A file directly in src/ (main.tsx) counts as the app. Nothing in src/ may import build/,
 * test/ or bench/; build/ is Node-only and imports no src/ module.
 */
export const ROOMS = {
  core: { rooms: [], packages: [] },
  scenarios: { rooms: ['core'], packages: [] },
  predict: { rooms: ['core', 'scenarios'], packages: [] },
  playground: { rooms: [], typeRooms: ['core'], packages: ['pyodide'] },
  store: {
    rooms: ['core', 'scenarios', 'predict'],
    // The zoom window is player state (zoom, pan, follow the playhead); its arithmetic is the
    // layout's, pure and importing only core and the time scale, so there is one definition.
    modules: ['src/layout/zoomWindow'],
    packages: ['react', 'zustand'],
  },
  layout: { rooms: ['core', 'store'], packages: [] },
  // Exports (SVG, PNG, video, GIF, worksheet pictures) draw the layout model as plain items;
  // loaded on demand, never in the first screen's script.
  export: { rooms: ['core', 'scenarios', 'predict', 'store', 'layout'], packages: ['gifenc'] },
  // ARCHITECTURE.md: "src/store/ and core types". Today's components also import scenarios
  // (LabForm, DownloadButtons, CodePanel, ScenarioPicker), predict (components/predict/*) and
  // playground (components/playground/*); layout is theirs to draw. Narrow this as they move.
  components: {
    rooms: ['store', 'layout', 'scenarios', 'predict', 'playground', 'export'],
    typeRooms: ['core'],
    // How seconds read is one decision for the whole app (narration and Predict use it too).
    modules: ['src/core/seconds'],
    packages: '*',
  },
  app: {
    rooms: [
      'core',
      'scenarios',
      'predict',
      'playground',
      'store',
      'layout',
      'export',
      'components',
    ],
    packages: '*',
  },
  build: { rooms: [], packages: '*', node: true },
};

/** The room a project path (relative to the root, with '/') lies in, or undefined. */
function roomOf(path) {
  const [top, second, ...rest] = path.split('/');
  // 'src/core' is the room's index; 'src/main' (main.tsx) is a file of the app's.
  const isFolder = () => statSync(resolve(ROOT, path), { throwIfNoEntry: false })?.isDirectory();
  if (top === 'src') return rest.length > 0 || isFolder() ? second : 'app';
  if (top === 'build' || top === 'test' || top === 'bench') return top;
  return undefined;
}

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const roomsRule = {
  meta: {
    type: 'problem',
    docs: { description: "Each room imports only what ARCHITECTURE.md's Rooms table allows." },
    schema: [],
  },
  create(context) {
    const file = relative(ROOT, context.filename).split(sep).join('/');
    const from = roomOf(file);
    const allowed = ROOMS[from];
    if (!allowed) return {};
    const where = from === 'build' ? 'build/' : `src/${from}`;

    function check(node, specifier, typeOnly) {
      if (typeof specifier !== 'string') return;
      const path = specifier.split('?')[0];
      const report = (why) =>
        context.report({ node, message: `${where} may not import '${specifier}': ${why}.` });
      if (path.startsWith('.')) {
        const target = relative(ROOT, resolve(dirname(context.filename), path))
          .split(sep)
          .join('/');
        const room = roomOf(target);
        if (room === from || allowed.modules?.includes(target.replace(/\.tsx?$/, ''))) return;
        if (room === undefined || !(room in ROOMS)) {
          report(`${target} lies outside src/'s rooms (ARCHITECTURE.md)`);
        } else if (allowed.rooms.includes(room)) {
          return;
        } else if (allowed.typeRooms?.includes(room)) {
          if (!typeOnly) report(`it may reach src/${room} with \`import type\` only`);
        } else {
          const may = [...allowed.rooms, ...(allowed.typeRooms ?? []).map((r) => `${r} types`)];
          report(`it may import ${may.length ? may.join(', ') : 'nothing outside itself'}`);
        }
      } else if (isBuiltin(path)) {
        if (!allowed.node) report('Node built-ins belong in build/, not in the browser');
      } else if (allowed.packages !== '*' && !allowed.packages.includes(packageName(path))) {
        report(
          allowed.packages.length
            ? `its only packages are ${allowed.packages.join(', ')}`
            : 'it imports no package at all',
        );
      }
    }

    const source = (node) => node.source?.value;
    return {
      ImportDeclaration: (node) => check(node, source(node), node.importKind === 'type'),
      ExportNamedDeclaration: (node) => check(node, source(node), node.exportKind === 'type'),
      ExportAllDeclaration: (node) => check(node, source(node), node.exportKind === 'type'),
      ImportExpression: (node) => check(node, source(node), false),
      TSImportType: (node) => check(node, (node.source ?? node.argument?.literal)?.value, true),
    };
  },
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/**/*.{js,jsx,mjs,ts,tsx}', 'build/**/*.{js,mjs,ts}'],
    plugins: { rooms: { rules: { imports: roomsRule } } },
    rules: { 'rooms/imports': 'error' },
  },
);

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOMS } from '../../eslint.config.js';

// The rooms of ARCHITECTURE.md bite: in each room, a forbidden import is an ESLint error and
// an allowed one is not. The files need not exist; ESLint lints the text as if it were there.
const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function roomErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath });
  const messages = result?.messages ?? [];
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages.filter((m) => m.ruleId === 'rooms/imports').map((m) => m.message);
}

interface Case {
  file: string;
  forbidden: string[];
  allowed: string[];
}

const CASES: Record<keyof typeof ROOMS, Case> = {
  core: {
    file: 'src/core/x.ts',
    forbidden: [
      "import { usePlayer } from '../store/PlayerProvider';",
      "import { gatesFor } from '../predict';",
      "import { useState } from 'react';",
      "import { create } from 'zustand';",
      "import { readFileSync } from 'node:fs';",
    ],
    allowed: ["import { Future } from './future';", "export * from './trace';"],
  },
  scenarios: {
    file: 'src/scenarios/programs/x.ts',
    forbidden: [
      "import { gatesFor } from '../../predict';",
      "import { usePlayer } from '../../store/PlayerProvider';",
      "import { useState } from 'react';",
    ],
    allowed: [
      "import { simulate } from '../../core';",
      "import type { Trace } from '../../core/trace';",
      "import { scenarioRun } from '../run';",
    ],
  },
  predict: {
    file: 'src/predict/x.ts',
    forbidden: [
      "import { usePlayer } from '../store/PlayerProvider';",
      "import { Icon } from '../components/Icon';",
      "import { runPython } from '../playground/bridge';",
    ],
    allowed: [
      "import type { Trace } from '../core/trace';",
      "import { SCENARIOS } from '../scenarios';",
    ],
  },
  export: {
    file: 'src/export/x.ts',
    forbidden: [
      "import { useState } from 'react';",
      "import { Icon } from '../components/Icon';",
      "import { parseUrl } from '../app/urlState';",
      "import { runPython } from '../playground/bridge';",
    ],
    allowed: [
      "import { layoutTimeline } from '../layout/timelineLayout';",
      "import { consoleLinesAt } from '../store/selectors/consoleLinesAt';",
      "import { GIFEncoder } from 'gifenc';",
    ],
  },
  playground: {
    file: 'src/playground/x.ts',
    forbidden: [
      "import { simulate } from '../core';",
      "import { SCENARIOS } from '../scenarios';",
      "import { useState } from 'react';",
    ],
    allowed: [
      "import type { Trace } from '../core/trace';",
      "import { loadPyodide } from 'pyodide';",
    ],
  },
  store: {
    file: 'src/store/x.ts',
    forbidden: [
      "import { Icon } from '../components/Icon';",
      "import { parseUrl } from '../app/urlState';",
      "import { motion } from 'framer-motion';",
      "import { causeArrows } from '../layout/causeArrows';",
    ],
    allowed: [
      "import { gatesFor } from '../predict';",
      "import type { ScenarioRun } from '../scenarios/types';",
      "import { createStore } from 'zustand/vanilla';",
      "import { createContext } from 'react';",
      "import { zoomAround } from '../layout/zoomWindow';",
    ],
  },
  layout: {
    file: 'src/layout/x.ts',
    forbidden: [
      "import { SCENARIOS } from '../scenarios';",
      "import { Icon } from '../components/Icon';",
      "import { useState } from 'react';",
    ],
    allowed: [
      "import type { Trace } from '../core/trace';",
      "import { threadSegments } from '../store/selectors/threadSegments';",
    ],
  },
  components: {
    file: 'src/components/timeline/x.tsx',
    forbidden: [
      "import { parseUrl } from '../../app/urlState';",
      "import { simulate } from '../../core';",
      "import { readFileSync } from 'node:fs';",
    ],
    allowed: [
      "import type { Trace } from '../../core/trace';",
      "import { formatSeconds } from '../../core/seconds';",
      "import { usePlayer } from '../../store/PlayerProvider';",
      "import { motion } from 'framer-motion';",
    ],
  },
  app: {
    file: 'src/app/x.tsx',
    forbidden: [
      "import { contentSecurityPolicy } from '../../build/csp';",
      "import { seed } from '../../test/fixtures/fixtureSource';",
    ],
    allowed: [
      "import { CodePanel } from '../components/code/CodePanel';",
      "import { usePlayer } from '../store/PlayerProvider';",
      "import { simulate } from '../core';",
    ],
  },
  build: {
    file: 'build/x.ts',
    forbidden: ["import { simulate } from '../src/core';"],
    allowed: ["import { createHash } from 'node:crypto';", "import type { Plugin } from 'vite';"],
  },
};

describe('ESLint keeps each room to its imports (ARCHITECTURE.md, Rooms)', () => {
  it('has a case for every room the config names', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(ROOMS).sort());
  });

  for (const [room, { file, forbidden, allowed }] of Object.entries(CASES)) {
    it.each(forbidden)(`${room}: reports %s`, async (code) => {
      expect(await roomErrors(file, code)).toHaveLength(1);
    });
    it.each(allowed)(`${room}: allows %s`, async (code) => {
      expect(await roomErrors(file, code)).toEqual([]);
    });
  }

  it('counts a file directly in src/ (main.tsx) as the app', async () => {
    expect(await roomErrors('src/main.tsx', "import { App } from './app/App';")).toEqual([]);
    expect(await roomErrors('src/main.tsx', "import { csp } from '../build/csp';")).toHaveLength(1);
  });
});

/**
 * `npm run bench`: runs every benchmark section in turn and exits non-zero when a budget
 * fails. Add a section by exporting a `BenchSection` from its own file and listing it here.
 */
import { browserBench } from './browser';
import { bundleBench } from './bundle';
import { coreBench } from './core';
import { exportBench } from './export';
import { exportClipBench } from './export-clip';
import { playgroundBench } from './playground';
import { poolTimelineBench } from './pool-timeline';

/** One benchmark area: prints its figures and returns whether every budget passed. */
export interface BenchSection {
  name: string;
  run(): boolean | Promise<boolean>;
}

const SECTIONS: BenchSection[] = [
  coreBench,
  bundleBench,
  browserBench,
  playgroundBench,
  poolTimelineBench,
  exportBench,
  exportClipBench,
];

let ok = true;
for (const section of SECTIONS) {
  console.log(`\n== ${section.name} ==`);
  ok = (await section.run()) && ok;
}
console.log(ok ? '\nAll budgets PASS' : '\nSome budgets FAIL');
process.exitCode = ok ? 0 : 1;

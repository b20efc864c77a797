/**
 * `npm run bench`: runs each section in turn; each prints its figures against their budgets
 * (PASS / FAIL / INFO). Exits 1 when any budget is missed. Add a section with one line below.
 *
 * @example
 *   npm run bench
 */
import { browserSection } from './browser';
import { bundleSection } from './bundle';

/** A bench section prints its own figures and returns true when every budget is met. */
export interface BenchSection {
  name: string;
  run: () => Promise<boolean>;
}

const sections: BenchSection[] = [
  { name: 'bundle', run: bundleSection },
  { name: 'browser', run: browserSection },
];

let allMet = true;
for (const section of sections) {
  try {
    if (!(await section.run())) allMet = false;
  } catch (error) {
    allMet = false;
    console.log(
      `\n${section.name}: FAIL — could not run: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
console.log(allMet ? '\nEvery budget met.' : '\nSome budgets are not met (FAIL above).');
process.exit(allMet ? 0 : 1);

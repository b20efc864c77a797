import type { timeScale } from './scale';

/** The timeline's scale, as built by `timeScale`. */
export type TimeScale = ReturnType<typeof timeScale>;

import type { CheckContext } from './context.js';

/** One rule of the contract, run against a fresh fixture. */
export interface ConformanceCheck {
  name: string;
  run(t: CheckContext): Promise<void>;
}

export interface ConformanceGroup {
  name: string;
  checks: readonly ConformanceCheck[];
}

/** Keeps each checks file a flat list of `check('...', async t => ...)`. */
export function check(name: string, run: (t: CheckContext) => Promise<void>): ConformanceCheck {
  return { name, run };
}

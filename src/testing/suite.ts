import type { ConformanceGroup } from './check.js';
import { CheckContext, SkipCheck } from './context.js';
import type { ConformanceFixture, ConformanceOptions } from './fixture.js';

// The suite registers itself with whatever test framework is running, through the globals mocha, jasmine and
// vitest (with `globals: true`) all define. Only describe and it are common to the three (mocha has before/after,
// the others beforeAll/afterAll), so each check sets up and tears down its own fixture inside its `it`.
type TestBody = (this: unknown, ...args: unknown[]) => Promise<void>;
interface TestGlobals {
  describe(name: string, body: () => void): unknown;
  it(name: string, body: TestBody, timeout?: number): unknown;
  /** jasmine's way to skip from inside a spec. */
  pending?: (reason?: string) => void;
}

function testGlobals(): TestGlobals {
  const scope = globalThis as Partial<TestGlobals>;
  if (typeof scope.describe !== 'function' || typeof scope.it !== 'function') {
    throw new Error(
      'defineConformanceSuite() needs the global describe() and it() of mocha, jasmine or vitest (globals: true).'
    );
  }
  return scope as TestGlobals;
}

interface Skippable {
  skip(reason?: string): void;
}
interface Timeoutable {
  timeout(ms: number): void;
}

function hasMethod<K extends string>(value: unknown, key: K): value is Record<K, (...args: never[]) => unknown> {
  return typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)[key] === 'function';
}

/** mocha skips through `this.skip()`, vitest through its context argument, jasmine through the `pending` global. */
function skipInFramework(mochaThis: unknown, vitestContext: unknown, reason: string): void {
  if (hasMethod(mochaThis, 'skip')) (mochaThis as Skippable).skip(reason);
  else if (hasMethod(vitestContext, 'skip')) (vitestContext as Skippable).skip(reason);
  else if (typeof testGlobals().pending === 'function') testGlobals().pending?.(reason);
  // A framework without a way to skip counts the check as passed; say why in the log.
  else console.info(`conformance check skipped: ${reason}`);
}

async function runCheck(
  createFixture: () => Promise<ConformanceFixture>,
  run: (t: CheckContext) => Promise<void>
): Promise<string | undefined> {
  const fixture = await createFixture();
  let outcome: unknown;
  let failed = false;
  try {
    await run(new CheckContext(fixture));
  } catch (error) {
    outcome = error;
    failed = true;
  }
  try {
    await fixture.dispose?.();
  } catch (error) {
    // A failing dispose must not hide the check's own verdict.
    if (!failed) throw error;
  }
  if (outcome instanceof SkipCheck) return outcome.message;
  if (failed) throw outcome;
  return undefined;
}

export function registerGroups(
  name: string,
  groups: readonly ConformanceGroup[],
  createFixture: () => Promise<ConformanceFixture>,
  options: ConformanceOptions
): void {
  const { describe, it } = testGlobals();
  const timeout = options.timeout ?? 30_000;
  describe(name, () => {
    for (const group of groups) {
      describe(group.name, () => {
        for (const check of group.checks) {
          // A rest parameter keeps the function's length at 0, so mocha and jasmine do not wait for a `done`
          // callback, while vitest still passes its context as the first argument.
          const body: TestBody = async function (this: unknown, ...args: unknown[]) {
            if (hasMethod(this, 'timeout')) (this as Timeoutable).timeout(timeout);
            const skipped = await runCheck(createFixture, check.run);
            if (skipped !== undefined) skipInFramework(this, args[0], skipped);
          };
          it(check.name, body, timeout);
        }
      });
    }
  });
}

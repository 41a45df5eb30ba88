/**
 * The adapter conformance suite: the single place that says what a `HelpDeskAdapter` must do. Third parties run it
 * against their own adapter from mocha, jasmine or vitest:
 *
 * ```ts
 * import { defineConformanceSuite } from 'helpdesk-elements/testing';
 * defineConformanceSuite('my adapter', async () => ({ adapter: await makeAdapter(), customer, categoryId: 'billing' }));
 * ```
 */
import { accountChecks } from './checks/accounts.js';
import { caseChecks } from './checks/cases.js';
import { catalogChecks } from './checks/catalog.js';
import { commentChecks } from './checks/comments.js';
import { extraChecks } from './checks/extras.js';
import { pagingChecks } from './checks/paging.js';
import { sessionChecks } from './checks/session.js';
import type { ConformanceGroup } from './check.js';
import type { ConformanceFixture, ConformanceOptions } from './fixture.js';
import { registerGroups } from './suite.js';

export type {
  ConformanceAccount,
  ConformanceFixture,
  ConformanceMailKind,
  ConformanceOptions,
  ConformanceSupport
} from './fixture.js';
export type { ConformanceCheck, ConformanceGroup } from './check.js';
export { ConformanceFailure } from './assert.js';
export { buildCaseInput, type CaseInputSeed } from './valid-input.js';
export { guardAdapter } from './guarded-adapter.js';
export { withFaults, type FaultPlan } from './faults.js';
export {
  CSV_HEADER,
  CSV_ROW,
  CSV_SAMPLE,
  fileWithHead,
  latin1Bytes,
  MAGIC,
  PNG_1X1,
  sampleBytes,
  sampleFile,
  SEED_003_ATTACHMENTS,
  SEED_004_ATTACHMENTS,
  textFile,
  type SampleOptions
} from './sample-files.js';
export {
  defineFaultMatrix,
  describeReport,
  FAULT_MATRIX_TIMING,
  faultMatrix,
  runFaultScenario,
  type FaultExpectation,
  type FaultFixture,
  type FaultHarness,
  type FaultMatrixReport,
  type FaultOperation,
  type FaultScenario,
  type FaultSpec,
  type InjectedFault
} from './fault-matrix.js';

/** Every check, by group, in the order they are registered. */
export const conformanceGroups: readonly ConformanceGroup[] = [
  sessionChecks,
  accountChecks,
  catalogChecks,
  caseChecks,
  pagingChecks,
  commentChecks,
  extraChecks
];

/**
 * Registers one `describe` block named `name` with a nested block per group and one `it` per check. Each check calls
 * `createFixture()` for a fresh, isolated backend and disposes of it afterwards, so checks never depend on each
 * other's order. Checks that need what the fixture or the capabilities do not offer are reported as skipped.
 */
export function defineConformanceSuite(
  name: string,
  createFixture: () => Promise<ConformanceFixture>,
  options: ConformanceOptions = {}
): void {
  registerGroups(name, conformanceGroups, createFixture, options);
}

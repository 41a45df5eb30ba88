/**
 * The fault matrix: what a network and a backend do wrong, and what an adapter must make of it. It is data
 * (`faultMatrix`) plus a runner (`defineFaultMatrix`) that any adapter with a fake backend can use: the fake arms
 * the faults of `FaultSpec`, the harness counts cases on it, and the runner checks for each scenario that
 * - the call ends as expected: it recovers by itself, or fails with the HelpDeskError code the UI explains (and
 *   that every locale has a message for), or rejects with the caller's AbortError when cancelled;
 * - nothing is lost: the caller's input is never changed, and after a failed create the same input and idempotency
 *   key succeed on a retry with everything the user typed;
 * - nothing is duplicated: a create that was retried (by the adapter, by a double click or by the user) leaves
 *   exactly one case, and one that failed before the backend did the work leaves none.
 *
 * ```ts
 * import { defineFaultMatrix } from 'helpdesk-elements/testing';
 * defineFaultMatrix('my adapter', { createFixture: async ({ tokenRefresh }) => ({ adapter, inject, ... }) });
 * ```
 */
import type { HelpDeskAdapter } from '../core/adapter.js';
import { HelpDeskError, type HelpDeskErrorCode } from '../core/errors.js';
import { catalogs } from '../core/messages/catalogs.js';
import type { Case, CaseInput } from '../core/model/case.js';
import type { FieldValue } from '../core/model/form.js';
import { show } from './assert.js';
import { uniqueKey, uniqueWord } from './context.js';
import { buildCaseInput } from './valid-input.js';

/** What the fake backend does wrong, in one vocabulary every adapter's fake implements. */
export type FaultSpec =
  /** The connection is destroyed before any answer: offline, a dropped Wi-Fi. */
  | { kind: 'drop-connection' }
  /** An error answer, with `Retry-After` when given. */
  | { kind: 'status'; status: number; retryAfterSeconds?: number }
  /** Waits before handling the request, or handles it and then waits before answering. */
  | { kind: 'delay'; ms: number; when: 'before' | 'after' }
  /** Reads the request body at this pace: a slow upload. */
  | { kind: 'slow-request-body'; bytesPerSecond: number }
  /** Destroys the connection once this part of the request body has arrived: an upload cut halfway. */
  | { kind: 'cut-request-body'; fraction: number }
  /** Handles the request, then answers 200 with JSON that does not parse. */
  | { kind: 'malformed-json' }
  /** Handles the request, then leaves a required field out of the answer (and of a page's first item). */
  | { kind: 'drop-field'; field: string }
  /** Ends the request's session and answers 401, as an expired token does. */
  | { kind: 'expire-session' };

/** The adapter methods the matrix calls. */
export type FaultOperation = 'createCase' | 'listCases' | 'getCase' | 'uploadAttachment';

/** A fault armed on the fake backend for the requests of one adapter method. */
export interface InjectedFault {
  operation: FaultOperation;
  fault: FaultSpec;
  /** How many matching requests it hits: 1 by default, 0 for every one until the faults are cleared. */
  times?: number;
}

export type FaultExpectation =
  /** The adapter recovers by itself (retries, token refresh) and the call succeeds. */
  | { outcome: 'ok' }
  /** The call fails with this code (and reason, and retry-after, when given). */
  | { outcome: 'error'; code: HelpDeskErrorCode; reason?: string; retryAfterSeconds?: number }
  /** The caller cancelled: the call rejects with the signal's AbortError. */
  | { outcome: 'aborted' };

export interface FaultScenario {
  id: string;
  /** What goes wrong, as a person would say it. */
  title: string;
  operation: FaultOperation;
  inject?: InjectedFault[];
  /** The call goes through an adapter pointed at a host name that does not resolve. */
  unresolvableHost?: boolean;
  /** The fixture's adapter gets a `refreshToken` that works, or one that fails. */
  tokenRefresh?: 'works' | 'fails';
  /** This many identical calls at once, with one idempotency key (a double click on "send"). */
  concurrent?: number;
  /** The caller aborts the call this long after starting it. */
  cancelAfterMs?: number;
  /** Size of the uploaded file, for uploads. */
  fileBytes?: number;
  expect: FaultExpectation;
  /** For a failed create: the backend did the work although no intact answer came back (so a retry must replay it). */
  backendCreated?: boolean;
}

/**
 * Timing the harness gives the adapters it makes for the matrix, so delays here mean the same everywhere:
 * answers later than `timeoutMs` time out, retries wait about `retryDelayMs`.
 */
export const FAULT_MATRIX_TIMING = { timeoutMs: 1000, retries: 2, retryDelayMs: 50 } as const;

const ONE_MIB = 1024 * 1024;

/** Every scenario, in the order they run. */
export const faultMatrix: readonly FaultScenario[] = [
  {
    id: 'offline',
    title: 'the connection drops on every try',
    operation: 'createCase',
    inject: [{ operation: 'createCase', fault: { kind: 'drop-connection' }, times: 0 }],
    expect: { outcome: 'error', code: 'offline' }
  },
  {
    id: 'dns',
    title: "the backend's host name does not resolve",
    operation: 'createCase',
    unresolvableHost: true,
    expect: { outcome: 'error', code: 'offline' }
  },
  {
    id: 'http-500',
    title: 'the backend fails with 500 on every try',
    operation: 'createCase',
    inject: [{ operation: 'createCase', fault: { kind: 'status', status: 500 }, times: 0 }],
    expect: { outcome: 'error', code: 'server' }
  },
  {
    id: 'http-502-retry-after',
    title: 'a gateway answers 502 with Retry-After: 1 once',
    operation: 'listCases',
    inject: [{ operation: 'listCases', fault: { kind: 'status', status: 502, retryAfterSeconds: 1 } }],
    expect: { outcome: 'ok' }
  },
  {
    id: 'http-503-retry-after',
    title: 'the backend is unavailable once (503, Retry-After: 1) while a case is sent',
    operation: 'createCase',
    inject: [{ operation: 'createCase', fault: { kind: 'status', status: 503, retryAfterSeconds: 1 } }],
    expect: { outcome: 'ok' }
  },
  {
    id: 'http-503-long-retry-after',
    title: 'the backend is down for maintenance (503, Retry-After: 120)',
    operation: 'createCase',
    inject: [{ operation: 'createCase', fault: { kind: 'status', status: 503, retryAfterSeconds: 120 }, times: 0 }],
    expect: { outcome: 'error', code: 'server', retryAfterSeconds: 120 }
  },
  {
    id: 'http-429',
    title: 'too many requests (429, Retry-After: 30)',
    operation: 'createCase',
    inject: [{ operation: 'createCase', fault: { kind: 'status', status: 429, retryAfterSeconds: 30 }, times: 0 }],
    expect: { outcome: 'error', code: 'rate-limited', retryAfterSeconds: 30 }
  },
  {
    id: 'timeout',
    title: 'the backend creates the case but answers too late',
    operation: 'createCase',
    inject: [{ operation: 'createCase', fault: { kind: 'delay', ms: 2500, when: 'after' } }],
    expect: { outcome: 'error', code: 'timeout' },
    backendCreated: true
  },
  {
    id: 'slow-upload',
    title: 'an upload crawls at 1 MiB/s',
    operation: 'uploadAttachment',
    fileBytes: ONE_MIB,
    inject: [{ operation: 'uploadAttachment', fault: { kind: 'slow-request-body', bytesPerSecond: ONE_MIB } }],
    expect: { outcome: 'ok' }
  },
  {
    id: 'upload-cancelled',
    title: 'the user cancels a slow upload',
    operation: 'uploadAttachment',
    fileBytes: ONE_MIB,
    cancelAfterMs: 300,
    inject: [{ operation: 'uploadAttachment', fault: { kind: 'slow-request-body', bytesPerSecond: ONE_MIB / 4 } }],
    expect: { outcome: 'aborted' }
  },
  {
    id: 'upload-cut',
    title: 'the connection drops halfway through an upload',
    operation: 'uploadAttachment',
    fileBytes: ONE_MIB,
    inject: [{ operation: 'uploadAttachment', fault: { kind: 'cut-request-body', fraction: 0.5 }, times: 0 }],
    expect: { outcome: 'error', code: 'offline' }
  },
  {
    id: 'malformed-json',
    title: 'the backend creates the case but its answer is broken JSON',
    operation: 'createCase',
    inject: [{ operation: 'createCase', fault: { kind: 'malformed-json' } }],
    expect: { outcome: 'error', code: 'server', reason: 'malformed-response' },
    backendCreated: true
  },
  {
    id: 'missing-fields',
    title: "the backend's answer leaves out a required field",
    operation: 'getCase',
    inject: [{ operation: 'getCase', fault: { kind: 'drop-field', field: 'status' } }],
    expect: { outcome: 'error', code: 'server', reason: 'malformed-response' }
  },
  {
    id: 'expired-token',
    title: 'the token expires mid-form; the host refreshes it',
    operation: 'createCase',
    tokenRefresh: 'works',
    inject: [{ operation: 'createCase', fault: { kind: 'expire-session' } }],
    expect: { outcome: 'ok' }
  },
  {
    id: 'expired-token-upload',
    title: 'the token expires during an upload; the host refreshes it',
    operation: 'uploadAttachment',
    tokenRefresh: 'works',
    inject: [{ operation: 'uploadAttachment', fault: { kind: 'expire-session' } }],
    expect: { outcome: 'ok' }
  },
  {
    id: 'expired-token-refresh-fails',
    title: 'the token expires mid-form and cannot be refreshed',
    operation: 'createCase',
    tokenRefresh: 'fails',
    inject: [{ operation: 'createCase', fault: { kind: 'expire-session' } }],
    expect: { outcome: 'error', code: 'unauthorized' }
  },
  {
    id: 'double-submit',
    title: 'a double click sends the case twice at once',
    operation: 'createCase',
    concurrent: 2,
    inject: [{ operation: 'createCase', fault: { kind: 'delay', ms: 300, when: 'before' } }],
    expect: { outcome: 'ok' }
  }
];

/** One fresh backend for one scenario, with the customer signed in. */
export interface FaultFixture {
  /** Signed in; made with `FAULT_MATRIX_TIMING` and the token refresh the scenario asked for. */
  adapter: HelpDeskAdapter;
  /** A category whose form the runner fills by itself (see `buildCaseInput`). */
  categoryId: string;
  fieldValues?: Record<string, FieldValue>;
  /** Arms a fault on the fake backend. */
  inject(fault: InjectedFault): Promise<void>;
  clearFaults(): Promise<void>;
  /** Every case the backend holds, counted on the support side (not through the adapter). */
  countCases(): Promise<number>;
  /** An adapter like `adapter` whose base URL is on a host name that does not resolve; scenarios skip without it. */
  unresolvableAdapter?(): HelpDeskAdapter;
  /** Signs the customer in again after a scenario ended the session. */
  reauthenticate(): Promise<void>;
  /** How often the adapter asked the host for a new token. */
  refreshCount?(): number;
  dispose?(): Promise<void> | void;
}

export interface FaultHarness {
  createFixture(options: { tokenRefresh?: 'works' | 'fails' }): Promise<FaultFixture>;
}

/** Running totals, printed after the matrix as `fault matrix: N faults tried, N lost data, N duplicates`. */
export interface FaultMatrixReport {
  tried: number;
  lostData: number;
  duplicates: number;
  failed: string[];
}

export function describeReport(report: FaultMatrixReport): string {
  return `fault matrix: ${report.tried} faults tried, ${report.lostData} lost data, ${report.duplicates} duplicates`;
}

/** The checks of one scenario: what failed, and whether data was lost or duplicated. */
class Verdict {
  readonly problems: string[] = [];
  lost = false;
  duplicated = false;

  check(condition: unknown, message: string): void {
    if (!condition) this.problems.push(message);
  }

  loss(message: string): void {
    this.lost = true;
    this.problems.push(`lost data: ${message}`);
  }

  duplicate(message: string): void {
    this.duplicated = true;
    this.problems.push(`duplicate: ${message}`);
  }
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

async function settle(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    return { ok: false, error };
  }
}

function checkOutcome(verdict: Verdict, outcome: Outcome, expect: FaultExpectation, what: string): void {
  if (expect.outcome === 'ok') {
    verdict.check(outcome.ok, `${what} should succeed, but failed with ${outcome.ok ? '' : show(outcome.error)}`);
    return;
  }
  if (outcome.ok) {
    verdict.check(false, `${what} should fail (${expect.outcome}), but it resolved`);
    return;
  }
  const error = outcome.error;
  if (expect.outcome === 'aborted') {
    const aborted = error instanceof DOMException && error.name === 'AbortError';
    verdict.check(aborted, `${what} should reject with the caller's AbortError, not ${show(error)}`);
    return;
  }
  if (!(error instanceof HelpDeskError)) {
    verdict.check(false, `${what} threw ${show(error)}, which is not a HelpDeskError`);
    return;
  }
  verdict.check(error.code === expect.code, `${what} failed with ${error.code} (${error.message}), not ${expect.code}`);
  if (expect.reason !== undefined) {
    verdict.check(error.reason === expect.reason, `${what}: reason ${show(error.reason)}, not ${expect.reason}`);
  }
  if (expect.retryAfterSeconds !== undefined) {
    verdict.check(
      error.retryAfterSeconds === expect.retryAfterSeconds,
      `${what}: retryAfterSeconds ${show(error.retryAfterSeconds)}, not ${expect.retryAfterSeconds}`
    );
  }
  // The user sees a clear, localized message: every locale explains this code.
  for (const [locale, messages] of Object.entries(catalogs)) {
    const text = (messages as Record<string, string | undefined>)[`error.${error.code}`];
    verdict.check(typeof text === 'string' && text !== '', `locale ${locale} has no message error.${error.code}`);
  }
}

/** What the user typed came back: subject, description and every field value. */
function keepsInput(created: Case, input: CaseInput): boolean {
  if (created.subject !== input.subject.trim() || created.description !== input.description) return false;
  return Object.entries(created.fields).every(([id, value]) => show(value) === show(input.fields[id]));
}

async function createCaseScenario(fixture: FaultFixture, scenario: FaultScenario, verdict: Verdict): Promise<void> {
  const { adapter } = fixture;
  const form = await adapter.getForm(fixture.categoryId);
  const word = uniqueWord();
  const input = await buildCaseInput(adapter, form, {
    categoryId: fixture.categoryId,
    subject: `Fault matrix ${scenario.id} ${word}`,
    description: `Typed before the fault "${scenario.title}" (${word}).`,
    ...(fixture.fieldValues ? { fieldValues: fixture.fieldValues } : {})
  });
  const snapshot = JSON.stringify(input);
  const idempotencyKey = uniqueKey();
  const before = await fixture.countCases();
  for (const fault of scenario.inject ?? []) await fixture.inject(fault);

  const through = scenario.unresolvableHost ? fixture.unresolvableAdapter?.() : adapter;
  if (!through) throw new Error('unreachable adapter missing');
  const outcomes = await Promise.all(
    Array.from({ length: scenario.concurrent ?? 1 }, () => settle(() => through.createCase(input, { idempotencyKey })))
  );
  await fixture.clearFaults();
  outcomes.forEach((outcome, index) => checkOutcome(verdict, outcome, scenario.expect, `createCase() #${index + 1}`));
  if (JSON.stringify(input) !== snapshot) verdict.loss('createCase() changed the caller input');

  const succeeded = outcomes.flatMap(outcome => (outcome.ok ? [outcome.value as Case] : []));
  const ids = new Set(succeeded.map(created => created.id));
  if (ids.size > 1) verdict.duplicate(`one idempotency key gave the cases ${[...ids].join(', ')}`);
  const afterCall = await fixture.countCases();
  const expected = before + (succeeded.length > 0 || scenario.backendCreated ? 1 : 0);
  if (afterCall > before + 1) verdict.duplicate(`${afterCall - before} cases were created for one key`);
  else
    verdict.check(
      afterCall === expected,
      `after the call the backend holds ${afterCall - before} new cases, not ${expected - before}`
    );
  for (const created of succeeded)
    if (!keepsInput(created, input)) verdict.loss('the created case lost what was typed');
  if (succeeded.length > 0) return;

  // The user tries again with what the draft kept: the same input and the same key.
  if (scenario.expect.outcome === 'error' && scenario.expect.code === 'unauthorized') await fixture.reauthenticate();
  const retry = await settle(() => adapter.createCase(input, { idempotencyKey }));
  if (!retry.ok) {
    verdict.loss(`the retry with the same key failed: ${show(retry.error)}`);
    return;
  }
  if (!keepsInput(retry.value as Case, input)) verdict.loss('the retried case lost what was typed');
  const afterRetry = await fixture.countCases();
  if (afterRetry > before + 1) verdict.duplicate(`the retry made ${afterRetry - before} cases`);
  else if (afterRetry < before + 1) verdict.loss('the retry created no case');
}

function fileOf(bytes: number): File {
  const line = 'The fault matrix wrote this line to fill an attachment.\n';
  return new File([line.repeat(Math.ceil(bytes / line.length)).slice(0, bytes)], 'fault-matrix.txt', {
    type: 'text/plain'
  });
}

async function uploadScenario(fixture: FaultFixture, scenario: FaultScenario, verdict: Verdict): Promise<void> {
  const file = fileOf(scenario.fileBytes ?? 64 * 1024);
  for (const fault of scenario.inject ?? []) await fixture.inject(fault);
  const progress: [number, number][] = [];
  const controller = new AbortController();
  const timer =
    scenario.cancelAfterMs === undefined ? undefined : setTimeout(() => controller.abort(), scenario.cancelAfterMs);
  const outcome = await settle(() =>
    fixture.adapter.uploadAttachment(file, {
      signal: controller.signal,
      onProgress: (sent, total) => progress.push([sent, total])
    })
  );
  clearTimeout(timer);
  await fixture.clearFaults();
  checkOutcome(verdict, outcome, scenario.expect, 'uploadAttachment()');
  if (outcome.ok) {
    const reference = outcome.value as { size: number };
    verdict.check(reference.size === file.size, `the uploaded reference has size ${reference.size}, not ${file.size}`);
    for (let i = 1; i < progress.length; i++) {
      verdict.check(progress[i]![0] >= progress[i - 1]![0], 'upload progress went backwards');
    }
    verdict.check(
      show(progress.at(-1)) === show([file.size, file.size]),
      `the last progress was ${show(progress.at(-1))}`
    );
    return;
  }
  // The picker keeps the file: sending it again works.
  const retry = await settle(() => fixture.adapter.uploadAttachment(file));
  if (!retry.ok) verdict.loss(`uploading the same file again failed: ${show(retry.error)}`);
}

async function readScenario(fixture: FaultFixture, scenario: FaultScenario, verdict: Verdict): Promise<void> {
  const { adapter } = fixture;
  const form = await adapter.getForm(fixture.categoryId);
  const input = await buildCaseInput(adapter, form, {
    categoryId: fixture.categoryId,
    subject: `Fault matrix ${scenario.id} ${uniqueWord()}`,
    description: 'Read back under a fault.',
    ...(fixture.fieldValues ? { fieldValues: fixture.fieldValues } : {})
  });
  const created = await adapter.createCase(input, { idempotencyKey: uniqueKey() });
  for (const fault of scenario.inject ?? []) await fixture.inject(fault);
  const call =
    scenario.operation === 'getCase'
      ? () => adapter.getCase(created.id)
      : () => adapter.listCases({ scope: 'mine', size: 10 });
  const outcome = await settle(call);
  await fixture.clearFaults();
  checkOutcome(verdict, outcome, scenario.expect, `${scenario.operation}()`);
  const again = await settle(call);
  verdict.check(again.ok, `${scenario.operation}() without the fault failed: ${again.ok ? '' : show(again.error)}`);
}

/** Runs one scenario on a fresh fixture and adds its verdict to the report; throws when a check failed. */
export async function runFaultScenario(
  harness: FaultHarness,
  scenario: FaultScenario,
  report: FaultMatrixReport
): Promise<void> {
  const fixture = await harness.createFixture(scenario.tokenRefresh ? { tokenRefresh: scenario.tokenRefresh } : {});
  const verdict = new Verdict();
  report.tried += 1;
  try {
    if (scenario.operation === 'createCase') await createCaseScenario(fixture, scenario, verdict);
    else if (scenario.operation === 'uploadAttachment') await uploadScenario(fixture, scenario, verdict);
    else await readScenario(fixture, scenario, verdict);
    if (scenario.tokenRefresh === 'works' && fixture.refreshCount) {
      verdict.check(fixture.refreshCount() === 1, `the token was refreshed ${fixture.refreshCount()} times, not once`);
    }
  } finally {
    await fixture.clearFaults().catch(() => undefined);
    await fixture.dispose?.();
  }
  if (verdict.lost) report.lostData += 1;
  if (verdict.duplicated) report.duplicates += 1;
  if (verdict.problems.length > 0) {
    report.failed.push(scenario.id);
    throw new Error(`fault "${scenario.title}":\n  - ${verdict.problems.join('\n  - ')}`);
  }
}

interface MatrixGlobals {
  describe(name: string, body: () => void): unknown;
  it(name: string, body: (this: unknown) => Promise<void>): unknown;
  after?: (body: () => void) => unknown;
  afterAll?: (body: () => void) => unknown;
}

/**
 * Registers one `describe` with an `it` per scenario (with mocha's, jasmine's or vitest's globals) and logs the
 * report's line after them. Returns the report, so the caller can assert on it too.
 */
export function defineFaultMatrix(
  name: string,
  harness: FaultHarness,
  scenarios: readonly FaultScenario[] = faultMatrix
): FaultMatrixReport {
  const scope = globalThis as unknown as Partial<MatrixGlobals>;
  if (typeof scope.describe !== 'function' || typeof scope.it !== 'function') {
    throw new Error('defineFaultMatrix() needs the global describe() and it() of mocha, jasmine or vitest.');
  }
  const { describe, it } = scope as MatrixGlobals;
  const report: FaultMatrixReport = { tried: 0, lostData: 0, duplicates: 0, failed: [] };
  describe(`${name}: fault matrix`, () => {
    for (const scenario of scenarios) {
      it(`${scenario.id}: ${scenario.title}`, async function (this: unknown) {
        const context = this as { timeout?: (ms: number) => void; skip?: () => void } | undefined;
        context?.timeout?.(20_000);
        if (scenario.unresolvableHost) {
          const probe = await harness.createFixture({});
          const available = typeof probe.unresolvableAdapter === 'function';
          await probe.dispose?.();
          if (!available) {
            context?.skip?.();
            return;
          }
        }
        await runFaultScenario(harness, scenario, report);
      });
    }
    const afterHook = scope.after ?? scope.afterAll;
    afterHook?.(() => console.log(describeReport(report)));
  });
  return report;
}

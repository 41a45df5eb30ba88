// The shared fault matrix (src/testing/fault-matrix.ts) against the Jira adapter and the Jira fake. Jira has no
// idempotency key, so the scenarios where the backend did the work but the answer was lost (timeout, broken JSON)
// and the refusals the adapter retries by itself (503 with a short Retry-After) exercise its guard: the retry must
// find the request the first try raised instead of raising another.
import { expect } from '@open-wc/testing';
import { createJiraServiceManagementAdapter } from '../../../src/adapters/jira-service-management/index.js';
import {
  defineFaultMatrix,
  FAULT_MATRIX_TIMING,
  type FaultHarness,
  type FaultOperation,
  type FaultSpec
} from '../../../src/testing/fault-matrix.js';
import { JiraFakeSite, type FakeFault } from './fake-site.js';

/** The Jira requests each adapter method makes that a fault should hit. */
const TARGETS: Record<FaultOperation, { method: string; path: string }> = {
  createCase: { method: 'POST', path: '^/rest/servicedeskapi/request$' },
  listCases: { method: 'GET', path: '^/rest/servicedeskapi/request$' },
  getCase: { method: 'GET', path: '^/rest/servicedeskapi/request/[^/]+$' },
  uploadAttachment: { method: 'POST', path: '/attachTemporaryFile$' }
};

/** The contract's field names where Jira's answer calls them otherwise. */
const JIRA_FIELD: Record<string, string> = { status: 'currentStatus', createdAt: 'createdDate', id: 'issueKey' };

function fakeFault(fault: FaultSpec): FakeFault {
  switch (fault.kind) {
    case 'drop-connection':
      return { when: 'before', drop: true };
    case 'status':
      return {
        when: 'before',
        status: fault.status,
        body: { errorMessage: `Injected ${fault.status}.` },
        ...(fault.retryAfterSeconds === undefined
          ? {}
          : { headers: { 'Retry-After': String(fault.retryAfterSeconds) } })
      };
    case 'delay':
      return { when: fault.when, delayMs: fault.ms };
    case 'slow-request-body':
      return { when: 'before', throttle: fault.bytesPerSecond };
    case 'cut-request-body':
      return { when: 'before', cutAt: fault.fraction };
    case 'malformed-json':
      return { when: 'after', malformed: true };
    case 'drop-field':
      return { when: 'after', dropField: JIRA_FIELD[fault.field] ?? fault.field };
    case 'expire-session':
      return { when: 'before', expireSession: true };
  }
}

const harness: FaultHarness = {
  async createFixture({ tokenRefresh }) {
    const site = await JiraFakeSite.create();
    let refreshes = 0;
    const refreshToken = async () => {
      refreshes += 1;
      // The host page signs its customer in again and hands the adapter the new token.
      return tokenRefresh === 'works' ? site.issueToken('ana') : null;
    };
    const options = {
      serviceDeskId: '1',
      idempotencyStore: 'memory' as const,
      ...FAULT_MATRIX_TIMING,
      ...(tokenRefresh ? { refreshToken } : {})
    };
    const adapter = site.adapter(options);
    const signIn = async () => {
      await adapter.signIn({ kind: 'token', token: await site.issueToken('ana') });
    };
    await signIn();
    return {
      adapter,
      categoryId: 'type:1:1:10',
      inject: ({ operation, fault, times }) =>
        site.inject({
          ...TARGETS[operation],
          ...fakeFault(fault),
          // 0 means "every matching request until cleared".
          times: times === 0 ? 1e9 : (times ?? 1)
        }),
      clearFaults: () => site.clearFaults(),
      countCases: async () => (await site.requests()).length,
      // `.invalid` never resolves (RFC 6761): a typo in the proxy's URL, or DNS down.
      unresolvableAdapter: () =>
        createJiraServiceManagementAdapter({
          ...options,
          baseUrl: 'http://jira-proxy.unresolvable.invalid/',
          token: site.user('ana').token
        }),
      reauthenticate: signIn,
      refreshCount: () => refreshes,
      dispose: () => site.dispose()
    };
  }
};

const report = defineFaultMatrix('jira-service-management adapter', harness);

describe('jira-service-management adapter: fault matrix totals', () => {
  it('lost no data and duplicated nothing', () => {
    expect(report.tried, 'scenarios tried').to.be.greaterThan(0);
    expect(report.lostData, 'scenarios that lost data').to.equal(0);
    expect(report.duplicates, 'scenarios that duplicated a case').to.equal(0);
  });
});

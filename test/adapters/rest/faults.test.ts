// The fault matrix (src/testing/fault-matrix.ts) against the REST adapter and the loopback reference server, which
// arms each fault on a fresh tenant. Every scenario checks the error code the UI explains, that nothing typed is
// lost and that no case is created twice; the last line of the run says how many faults were tried.
import { expect } from '@open-wc/testing';
import { createRestAdapter } from '../../../src/adapters/rest/index.js';
import { defineFaultMatrix, FAULT_MATRIX_TIMING, type FaultHarness } from '../../../src/testing/fault-matrix.js';
import { CATEGORY_ID, CUSTOMER, RestTenant } from './reference-server.js';

const harness: FaultHarness = {
  async createFixture({ tokenRefresh }) {
    const tenant = await RestTenant.create();
    let refreshes = 0;
    const refreshToken = async () => {
      refreshes += 1;
      // The host page signs its customer in again (here: the server's side door mints a session).
      return tokenRefresh === 'works' ? tenant.accessToken(CUSTOMER.login) : null;
    };
    const adapter = createRestAdapter({
      baseUrl: tenant.baseUrl,
      ...FAULT_MATRIX_TIMING,
      ...(tokenRefresh ? { refreshToken } : {})
    });
    const signIn = async () => {
      await adapter.signIn({ kind: 'password', ...CUSTOMER });
    };
    await signIn();
    return {
      adapter,
      categoryId: CATEGORY_ID,
      inject: ({ operation, fault, times }) =>
        tenant.injectFault({ ...fault, operation, ...(times === undefined ? {} : { times }) }),
      clearFaults: () => tenant.clearFaults(),
      countCases: async () => (await tenant.stats()).cases,
      // `.invalid` never resolves (RFC 6761): what a typo in the base URL or a DNS outage looks like.
      unresolvableAdapter: () =>
        createRestAdapter({ baseUrl: 'http://helpdesk.unresolvable.invalid/v1/', ...FAULT_MATRIX_TIMING }),
      reauthenticate: signIn,
      refreshCount: () => refreshes,
      dispose: () => tenant.dispose()
    };
  }
};

const report = defineFaultMatrix('rest adapter', harness);

describe('rest adapter: fault matrix totals', () => {
  it('lost no data and duplicated nothing', () => {
    expect(report.lostData, 'scenarios that lost data').to.equal(0);
    expect(report.duplicates, 'scenarios that duplicated a case').to.equal(0);
  });
});

// The shared fault matrix (src/testing/fault-matrix.ts) against the Zendesk adapter and the fake Zendesk, which arms
// each fault on a fresh account. Every scenario checks the error code the UI explains, that nothing typed is lost
// and that no request is created twice. The fake ignores Idempotency-Key on requests (Zendesk documents it for
// tickets only), so what keeps a key to one request here is the adapter's own guard.
import { expect } from '@open-wc/testing';
import { createZendeskAdapter } from '../../../src/adapters/zendesk/index.js';
import {
  defineFaultMatrix,
  FAULT_MATRIX_TIMING,
  type FaultHarness,
  type FaultOperation
} from '../../../src/testing/fault-matrix.js';
import { BILLING_FORM, CUSTOMER, requireSpec, ZendeskFake } from './fake.js';

/** The Zendesk operation behind each adapter method the matrix calls. */
const OPERATIONS: Record<FaultOperation, string> = {
  createCase: 'CreateRequest',
  listCases: 'ListRequests',
  getCase: 'ShowRequest',
  uploadAttachment: 'UploadFiles'
};

before(async function () {
  this.timeout(30_000);
  await requireSpec();
});

const harness: FaultHarness = {
  async createFixture({ tokenRefresh }) {
    const fake = await ZendeskFake.create();
    let refreshes = 0;
    const refreshToken = async () => {
      refreshes += 1;
      // The host page gets a new access token from Zendesk (here: the fake's side door).
      return tokenRefresh === 'works' ? fake.token(CUSTOMER.login) : null;
    };
    const adapter = fake.adapter({ ...FAULT_MATRIX_TIMING, ...(tokenRefresh ? { refreshToken } : {}) });
    const signIn = async () => {
      await adapter.signIn({ kind: 'token', token: await fake.token(CUSTOMER.login) });
    };
    await signIn();
    return {
      adapter,
      categoryId: String(BILLING_FORM),
      inject: ({ operation, fault, times }) =>
        fake.inject({ ...fault, operation: OPERATIONS[operation], ...(times === undefined ? {} : { times }) }),
      clearFaults: () => fake.clearFaults(),
      countCases: async () => (await fake.requests()).length,
      // `.invalid` never resolves (RFC 6761): a typo in the subdomain or a DNS outage.
      unresolvableAdapter: () =>
        createZendeskAdapter({
          baseUrl: 'http://zendesk.unresolvable.invalid/',
          token: 'any-token',
          ...FAULT_MATRIX_TIMING
        }),
      reauthenticate: signIn,
      refreshCount: () => refreshes,
      dispose: () => fake.dispose()
    };
  }
};

const report = defineFaultMatrix('zendesk adapter', harness);

describe('zendesk adapter: fault matrix totals', () => {
  it('lost no data and duplicated nothing', () => {
    expect(report.lostData, 'scenarios that lost data').to.equal(0);
    expect(report.duplicates, 'scenarios that duplicated a request').to.equal(0);
  });
});

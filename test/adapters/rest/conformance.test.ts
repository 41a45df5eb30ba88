// The REST adapter must pass the whole conformance suite against the loopback reference server, one fresh tenant
// per check; the tenant's dispose fails the check if the server saw a request or sent an answer off the contract.
import { createRestAdapter } from '../../../src/adapters/rest/index.js';
import { defineConformanceSuite } from '../../../src/testing/index.js';
import { CATEGORY_ID, COLLEAGUE, CUSTOMER, OUTSIDER, RestTenant } from './reference-server.js';

defineConformanceSuite('rest adapter', async () => {
  const tenant = await RestTenant.create();
  return {
    adapter: createRestAdapter({ baseUrl: tenant.baseUrl }),
    customer: CUSTOMER,
    colleague: COLLEAGUE,
    outsider: OUTSIDER,
    categoryId: CATEGORY_ID,
    readEmailLink: (email, kind) => tenant.mailToken(email, kind),
    issueHostToken: login => tenant.hostToken(login),
    support: {
      reply: (caseId, body) => tenant.reply(caseId, body),
      setStatus: (caseId, category) => tenant.setStatus(caseId, category)
    },
    dispose: () => tenant.dispose()
  };
});

// The Jira Service Management adapter against the conformance suite, on a fresh site of the Jira fake per check
// (every request and answer validated against the official OpenAPI document: a mismatch fails the check in dispose).
//
// Capabilities say what Jira cannot do, and the suite skips those checks: account flows are hosted pages (signup,
// reset, password change) and password sign-in is not in the API; entitlements, invoices and live updates do not
// exist; search is `subject` (summary only), so the full-text check skips.
//
// Sign-in: the suite signs in with a password unless told otherwise, which would skip nearly every check against a
// backend that signs customers in with a host token. Until the suite learns it (proposed: CheckContext.signIn falls
// back to `issueHostToken` when password sign-in is not in the API and host tokens are), this file teaches it, for
// this page only.
import type { StatusCategory } from '../../../src/core/index.js';
import { CheckContext } from '../../../src/testing/context.js';
import { defineConformanceSuite } from '../../../src/testing/index.js';
import { JiraFakeSite } from './fake-site.js';

const passwordSignIn = CheckContext.prototype.signIn;
CheckContext.prototype.signIn = async function (this: CheckContext, account = this.fixture.customer) {
  const { accounts } = await this.capabilities();
  if (accounts.passwordSignIn.mode !== 'api' && accounts.hostToken && this.fixture.issueHostToken) {
    return this.adapter.signIn({ kind: 'token', token: await this.fixture.issueHostToken(account.login) });
  }
  return passwordSignIn.call(this, account);
};

/** A status of the fake's workflow in each category the suite may ask for. */
const STATUS_OF: Record<StatusCategory, string> = {
  new: 'Waiting for support',
  open: 'In progress',
  'waiting-on-customer': 'Waiting for customer',
  'waiting-on-support': 'Waiting for support',
  resolved: 'Resolved',
  closed: 'Closed'
};

defineConformanceSuite(
  'jira-service-management adapter',
  async () => {
    const site = await JiraFakeSite.create();
    const adapter = site.adapter({
      serviceDeskId: '1',
      portalUrl: 'https://scan.atlassian.net/servicedesk/customer/portal/1',
      transitions: { close: ['Resolve this issue'], reopen: ['Reopen'] }
    });
    const account = (key: string) => ({ login: site.user(key).email, password: 'not-used-host-token' });
    return {
      adapter,
      customer: account('ana'),
      colleague: account('beto'),
      outsider: account('carla'),
      // Servicio Técnico > Soporte Técnico (seed 000's request type: text fields, a brand select, files).
      categoryId: 'type:1:1:10',
      issueHostToken: async login => site.issueToken(site.userByEmail(login)[0]),
      support: {
        reply: (caseId, body) => site.agentComment(caseId, body),
        setStatus: (caseId, category) => site.setStatus(caseId, STATUS_OF[category])
      },
      dispose: () => site.dispose()
    };
  },
  { timeout: 20_000 }
);

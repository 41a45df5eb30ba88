// The Zendesk adapter against the conformance suite, on the fake Zendesk: one fresh account per check, and the
// check fails when a request or an answer broke the official Zendesk document (the account's dispose says which).
// Capabilities are Zendesk's real ones, so checks of what Zendesk cannot do skip (password sign-in, signup and reset
// are hosted pages; no organization listing, no reopen, no live updates, no entitlements or invoices).
import { defineConformanceSuite } from '../../../src/testing/index.js';
import { COLLEAGUE, CUSTOMER, OUTSIDER, requireSpec, TECHNICAL_FORM, ZendeskFake } from './fake.js';

const STATUS_OF_CATEGORY = {
  new: 'new',
  open: 'open',
  'waiting-on-customer': 'pending',
  'waiting-on-support': 'hold',
  resolved: 'solved',
  closed: 'closed'
} as const;

before(async function () {
  this.timeout(30_000); // the first request loads and compiles the 1.2 MB document
  await requireSpec();
});

defineConformanceSuite(
  'zendesk adapter',
  async () => {
    const fake = await ZendeskFake.create();
    return {
      // The Product drop-down's options become subcategories; "Mobile app" reveals a required conditional field.
      adapter: fake.adapter({
        subcategoryField: 101,
        hostedPages: { signIn: 'https://example.zendesk.com/access/login' }
      }),
      customer: CUSTOMER,
      colleague: COLLEAGUE,
      outsider: OUTSIDER,
      categoryId: `${TECHNICAL_FORM}:app_mobile`,
      issueHostToken: login => fake.token(login),
      checkPassword: (login, password) => fake.checkPassword(login, password),
      support: {
        reply: (caseId, body) => fake.reply(caseId, body),
        setStatus: (caseId, category) => fake.setStatus(caseId, STATUS_OF_CATEGORY[category])
      },
      dispose: () => fake.dispose()
    };
  },
  { timeout: 20_000 }
);

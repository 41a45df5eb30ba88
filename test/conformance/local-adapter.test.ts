// The local adapter must pass the whole conformance suite, exactly as a third party's adapter would.
import { createLocalAdapter } from '../../src/adapters/local/index.js';
import type { Preset } from '../../src/core/preset.js';
import { defineConformanceSuite } from '../../src/testing/index.js';
import { categoryCards } from '../../src/widget/presets/category-cards.js';

const [customer, colleague] = categoryCards.users;
if (!customer || !colleague) throw new Error('the category-cards preset needs two users of one organization');

// The preset has one organization; the outsider checks need a customer of another one.
const OUTSIDER = { login: 'ajeno@example.com', password: 'Otra-Empresa-2026!' };
const preset: Preset = {
  ...categoryCards,
  organizations: [...categoryCards.organizations, { id: 'org-otra', name: 'Otra Empresa S.A.S.' }],
  users: [
    ...categoryCards.users,
    {
      id: 'user-ajeno',
      name: 'Persona Ajena',
      email: OUTSIDER.login,
      password: OUTSIDER.password,
      organizationId: 'org-otra'
    }
  ]
};

let counter = 0;

function deleteDatabase(name: string): Promise<void> {
  return new Promise(resolve => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

defineConformanceSuite('local adapter', async () => {
  const databaseName = `hd-conformance-${Date.now()}-${(counter += 1)}-${Math.random().toString(36).slice(2)}`;
  const adapter = createLocalAdapter({ preset, databaseName, passwordIterations: 1000, sessionStorage: 'memory' });
  await adapter.ready;
  return {
    adapter,
    customer: { login: customer.email, password: customer.password },
    colleague: { login: colleague.email, password: colleague.password },
    outsider: OUTSIDER,
    categoryId: 'inconveniente-tecnico-lentitud',
    async readEmailLink(email, kind) {
      const mails = await adapter.mailbox.list(); // newest first
      const mail = mails.find(item => item.to.toLowerCase() === email.toLowerCase() && item.link?.kind === kind);
      return mail?.link?.token;
    },
    issueHostToken: login => adapter.support.issueHostToken(login),
    support: {
      reply: (caseId, body) => adapter.support.reply(caseId, { body }),
      setStatus: (caseId, category) => {
        const status = preset.statuses.find(item => item.category === category);
        if (!status) throw new Error(`the preset has no status in the category ${category}`);
        return adapter.support.setStatus(caseId, status.id);
      }
    },
    async dispose() {
      adapter.close();
      await deleteDatabase(databaseName);
    }
  };
});

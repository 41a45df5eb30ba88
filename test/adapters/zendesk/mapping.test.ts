// How Zendesk maps onto the contract, against the fake Zendesk (every request and answer validated against the
// official document; each test's dispose fails on a mismatch): ticket forms as cards, ticket field types as field
// kinds, end-user conditions as visibility rules the core agrees with, upload tokens, statuses, search, sessions.
import { expect } from '@open-wc/testing';
import type { ZendeskAdapter } from '../../../src/adapters/zendesk/index.js';
import { isFieldVisible, validateFieldValues, type CaseInput, type FormDefinition } from '../../../src/core/index.js';
import { BILLING_FORM, CUSTOMER, requireSpec, TECHNICAL_FORM, ZendeskFake } from './fake.js';

let fake: ZendeskFake;

before(async function () {
  this.timeout(30_000);
  await requireSpec();
});

beforeEach(async () => {
  fake = await ZendeskFake.create();
});

afterEach(async () => {
  await fake.dispose();
});

async function signedIn(options: Parameters<ZendeskFake['adapter']>[0] = {}): Promise<ZendeskAdapter> {
  return fake.adapter({ token: await fake.token(CUSTOMER.login), ...options });
}

function field(form: FormDefinition, id: string) {
  const found = form.fields.find(item => item.id === id);
  if (!found) throw new Error(`form ${form.id} has no field ${id}`);
  return found;
}

function input(form: FormDefinition, categoryId: string, fields: CaseInput['fields'] = {}): CaseInput {
  return {
    categoryId,
    formId: form.id,
    subject: 'Printer on fire',
    description: 'It started smoking after the update.',
    channel: 'ticket',
    fields: { subject: 'Printer on fire', description: 'It started smoking after the update.', ...fields },
    attachments: []
  };
}

let keys = 0;
const key = () => `test-key-${Date.now()}-${(keys += 1)}`;

describe('zendesk adapter: ticket forms as cards', () => {
  it('makes one card per active end-user form, in the forms order', async () => {
    const adapter = await signedIn();
    const cards = await adapter.listCategories();
    expect(cards.map(card => [card.id, card.name, card.formId])).to.deep.equal([
      [String(TECHNICAL_FORM), 'Report a technical problem', String(TECHNICAL_FORM)],
      [String(BILLING_FORM), 'Billing question', String(BILLING_FORM)]
    ]);
  });

  it("turns a drop-down's options into subcategories that decide its value", async () => {
    const adapter = await signedIn({ subcategoryField: 101 });
    const [technical, billing] = await adapter.listCategories();
    expect(technical?.children?.map(child => [child.id, child.name])).to.deep.equal([
      ['201:app_web', 'Web app'],
      ['201:app_mobile', 'Mobile app'],
      ['201:api', 'Public API']
    ]);
    expect(billing?.children, 'the billing form has no Product field').to.equal(undefined);
    const form = await adapter.getForm('201:app_mobile');
    expect(form.id).to.equal('201:app_mobile');
    expect(field(form, '101').options?.map(option => option.value)).to.deep.equal(['app_mobile']);
    expect(field(form, '101').defaultValue).to.equal('app_mobile');
  });

  it('follows a configured tree: names, priority, emergency, decided values; forms that are gone drop out', async () => {
    const adapter = await signedIn({
      categories: [
        {
          id: 'outage',
          name: 'Platform down',
          formId: TECHNICAL_FORM,
          emergency: true,
          defaultPriority: 'urgent',
          fieldValues: { '107': true }
        },
        {
          id: 'billing',
          formId: BILLING_FORM,
          children: [
            { id: 'invoices', name: 'Invoices', fieldValues: { '114': 'billing_invoice' } },
            { id: 'refunds', name: 'Refunds', fieldValues: { '114': 'billing_refund' } }
          ]
        },
        { id: 'retired', name: 'Retired', formId: 203 }
      ]
    });
    const tree = await adapter.listCategories();
    expect(tree.map(card => card.id)).to.deep.equal(['outage', 'billing']);
    expect(tree[0]).to.include({ name: 'Platform down', emergency: true, defaultPriority: 'urgent' });
    expect(tree[1]?.name, 'the form name when none is configured').to.equal('Billing question');

    const form = await adapter.getForm('refunds');
    const created = await adapter.createCase(input(form, 'refunds', { '114': 'billing_refund' }), {
      idempotencyKey: key()
    });
    expect(created.categoryPath.map(item => item.id)).to.deep.equal(['billing', 'refunds']);
    expect(created.fields['114']).to.equal('billing_refund');
    const read = await adapter.getCase(created.id);
    expect(
      read.categoryPath.map(item => item.id),
      'the path comes back from the decided value'
    ).to.deep.equal(['billing', 'refunds']);

    const outage = await adapter.getForm('outage');
    const urgent = await adapter.createCase(input(outage, 'outage', { '101': 'app_web' }), { idempotencyKey: key() });
    expect(urgent.priority).to.equal('urgent');
    expect(urgent.fields['107'], 'the decided checkbox is sent').to.equal(true);
  });
});

describe('zendesk adapter: ticket fields as form fields', () => {
  it('maps every type a customer can fill, and leaves out what they cannot', async () => {
    const form = await (await signedIn()).getForm(String(TECHNICAL_FORM));
    const kinds = Object.fromEntries(form.fields.map(item => [item.id, item.kind]));
    expect(kinds).to.deep.equal({
      subject: 'text',
      description: 'textarea',
      '101': 'select',
      '112': 'text',
      '102': 'text',
      '103': 'textarea',
      '104': 'number',
      '105': 'number',
      '106': 'date',
      '107': 'checkbox',
      '113': 'textarea',
      '108': 'multiselect',
      '109': 'text',
      type: 'select'
    });
    expect(form).to.include({ subjectField: 'subject', descriptionField: 'description', priorityField: true });
    expect(field(form, 'description').label, "the field's title in the portal").to.equal('How can we help?');
    expect(field(form, '101')).to.include({ required: true, help: 'Which product is affected' });
    expect(field(form, '101').options?.map(option => option.label)).to.deep.equal([
      'Web app',
      'Mobile app',
      'Public API'
    ]);
    expect(field(form, '109').pattern, 'the Ruby anchors are dropped').to.equal('[A-Z]{2}\\d{6}');
    expect(field(form, '104').pattern).to.equal('-?[0-9]+');
    expect(field(form, 'type').options?.map(option => option.value)).to.deep.equal([
      'question',
      'incident',
      'problem',
      'task'
    ]);
    expect(form.attachments).to.deep.include({ maxFiles: 10, maxFileBytes: 50 * 1024 * 1024 });
  });

  it('offers lookup fields only when asked, and their autocomplete is for agents', async () => {
    const adapter = await signedIn({ lookups: 'autocomplete' });
    const form = await adapter.getForm(String(TECHNICAL_FORM));
    expect(field(form, '111')).to.include({ kind: 'lookup', remoteOptions: true });
    const error = await adapter.getFieldOptions(form.id, '111', { query: 'Router' }).catch((thrown: unknown) => thrown);
    expect(error).to.have.property('code', 'forbidden');
  });

  it('adds a CC field whose addresses become the collaborators', async () => {
    const adapter = await signedIn({ ccField: { label: 'Copy to' } });
    const form = await adapter.getForm(String(BILLING_FORM));
    expect(field(form, 'collaborators')).to.include({ kind: 'recipients', label: 'Copy to' });
    const created = await adapter.createCase(
      { ...input(form, String(BILLING_FORM), { '114': 'billing_invoice', collaborators: ['beto@example.com'] }) },
      { idempotencyKey: key() }
    );
    expect(created.recipients).to.deep.equal(['beto@example.com']);
    const read = await adapter.getCase(created.id);
    expect(read.recipients).to.deep.equal(['beto@example.com']);
    expect(read.fields['collaborators']).to.deep.equal(['beto@example.com']);
  });

  it('sends every kind as Zendesk takes it and reads each back as the form holds it', async () => {
    const adapter = await signedIn();
    const form = await adapter.getForm(String(TECHNICAL_FORM));
    const values = {
      '101': 'app_mobile',
      '112': 'Android 15',
      '102': 'ORD-1',
      '103': 'Open the app.',
      '104': 7,
      '105': 2.5,
      '106': '2026-01-31',
      '107': true,
      '113': 'Nothing loads.',
      '108': ['browser_chrome', 'browser_safari'],
      '109': 'AB123456',
      type: 'incident'
    };
    const created = await adapter.createCase(input(form, String(TECHNICAL_FORM), values), { idempotencyKey: key() });
    const read = await adapter.getCase(created.id);
    for (const [id, value] of Object.entries(values)) {
      expect(read.fields[id], `field ${id}`).to.deep.equal(value);
    }
  });
});

describe('zendesk adapter: end-user conditions as visibility rules', () => {
  it('makes visibleWhen rules the core evaluates as Zendesk does', async () => {
    const form = await (await signedIn()).getForm(String(TECHNICAL_FORM));
    expect(field(form, '112').visibleWhen).to.deep.equal([{ field: '101', in: ['app_mobile'] }]);
    expect(field(form, '112').required, 'required while shown, as the condition says').to.equal(true);
    expect(field(form, '113').visibleWhen).to.deep.equal([{ field: '107', in: ['true'] }]);
    expect(field(form, '113').required).to.equal(undefined);
    expect(field(form, '102').visibleWhen).to.equal(undefined);

    const osVersion = field(form, '112');
    expect(isFieldVisible(osVersion, { '101': 'app_web' })).to.equal(false);
    expect(isFieldVisible(osVersion, { '101': 'app_mobile' })).to.equal(true);
    expect(isFieldVisible(field(form, '113'), { '107': true })).to.equal(true);
    expect(isFieldVisible(field(form, '113'), { '107': false })).to.equal(false);

    const base = { subject: 'x', description: 'y' };
    expect(Object.keys(validateFieldValues(form, { ...base, '101': 'app_web' }))).to.deep.equal([]);
    expect(Object.keys(validateFieldValues(form, { ...base, '101': 'app_mobile' }))).to.deep.equal(['112']);
  });

  it('refuses what the form refuses before sending, and never sends a hidden field', async () => {
    const adapter = await signedIn();
    const form = await adapter.getForm(String(TECHNICAL_FORM));
    const error = await adapter
      .createCase(input(form, String(TECHNICAL_FORM), { '101': 'app_mobile' }), { idempotencyKey: key() })
      .catch((thrown: unknown) => thrown);
    expect(error).to.have.property('code', 'invalid');
    expect((error as { fieldErrors: Record<string, string> }).fieldErrors).to.have.keys(['112']);
    expect(await fake.requests()).to.have.length(0);

    const created = await adapter.createCase(
      input(form, String(TECHNICAL_FORM), { '101': 'app_web', '112': 'iOS 18' }),
      {
        idempotencyKey: key()
      }
    );
    expect(created.fields, 'the OS version is hidden for the web app').to.not.have.property('112');
  });
});

describe('zendesk adapter: uploads, statuses, search', () => {
  it('uploads the raw file for a token and attaches it on create and on reply', async () => {
    const adapter = await signedIn();
    const file = new File(['crash log\n'], 'crash.log', { type: 'text/plain' });
    const reference = await adapter.uploadAttachment(file);
    expect(reference).to.include({ name: 'crash.log', size: file.size, mimeType: 'text/plain' });
    const form = await adapter.getForm(String(BILLING_FORM));
    const created = await adapter.createCase(
      { ...input(form, String(BILLING_FORM), { '114': 'billing_invoice' }), attachments: [reference] },
      { idempotencyKey: key() }
    );
    expect(created.attachments.map(item => item.name)).to.deep.equal(['crash.log']);
    const read = await adapter.getCase(created.id);
    expect(read.attachments[0]).to.include({ name: 'crash.log', size: file.size, mimeType: 'text/plain' });
    expect(await (await fetch(read.attachments[0]!.url!)).text()).to.equal('crash log\n');

    const second = await adapter.uploadAttachment(new File(['again'], 'again.txt', { type: 'text/plain' }));
    const reply = await adapter.addComment(
      created.id,
      { body: 'See file', attachments: [second] },
      { idempotencyKey: key() }
    );
    expect(reply.attachments.map(item => item.name)).to.deep.equal(['again.txt']);
    const uploads = (await fake.log()).filter(entry => entry.operation === 'UploadFiles');
    expect(uploads.map(entry => entry.path)).to.deep.equal(['/api/v2/uploads', '/api/v2/uploads']);
  });

  it('maps the six statuses to their categories and filters by them', async () => {
    const adapter = await signedIn({ statusLabels: { pending: 'Waiting for you' } });
    const form = await adapter.getForm(String(BILLING_FORM));
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      ids.push(
        (
          await adapter.createCase(input(form, String(BILLING_FORM), { '114': 'billing_invoice' }), {
            idempotencyKey: key()
          })
        ).id
      );
    }
    const statuses = ['new', 'open', 'pending', 'hold', 'solved', 'closed'];
    for (const [index, status] of statuses.entries()) await fake.setStatus(ids[index]!, status);
    const read = await Promise.all(ids.map(id => adapter.getCase(id)));
    expect(read.map(item => [item.status.id, item.status.category])).to.deep.equal([
      ['new', 'new'],
      ['open', 'open'],
      ['pending', 'waiting-on-customer'],
      ['hold', 'waiting-on-support'],
      ['solved', 'resolved'],
      ['closed', 'closed']
    ]);
    expect(read[2]?.status.label).to.equal('Waiting for you');
    const waiting = await adapter.listCases({ scope: 'mine', statusCategories: ['waiting-on-customer', 'resolved'] });
    expect(waiting.items.map(item => item.id).sort()).to.deep.equal([ids[2], ids[4]].sort());
    expect((await fake.log()).some(entry => entry.operation === 'ListRequests')).to.equal(true);
    const none = await adapter.listCases({ scope: 'mine', statusCategories: ['new'], statusIds: ['closed'] });
    expect(none.items, 'no status is in both').to.deep.equal([]);
  });

  it("searches with Zendesk's search, pages by offset, and sorts a search itself", async () => {
    const adapter = await signedIn();
    const form = await adapter.getForm(String(BILLING_FORM));
    for (const subject of ['Beta invoice zqfind', 'Alpha invoice zqfind', 'Gamma invoice zqfind', 'Other']) {
      await adapter.createCase(
        {
          ...input(form, String(BILLING_FORM), { '114': 'billing_invoice' }),
          subject,
          fields: { subject, '114': 'billing_invoice' }
        },
        { idempotencyKey: key() }
      );
    }
    const first = await adapter.listCases({ scope: 'mine', search: 'zqfind', size: 2 });
    expect(first.items).to.have.length(2);
    expect(first.total).to.equal(3);
    const second = await adapter.listCases({ scope: 'mine', search: 'zqfind', size: 2, cursor: first.nextCursor });
    expect(second.items).to.have.length(1);
    expect(second.nextCursor).to.equal(null);
    const sorted = await adapter.listCases({
      scope: 'mine',
      search: 'zqfind',
      sort: { field: 'subject', direction: 'asc' }
    });
    expect(sorted.items.map(item => item.subject)).to.deep.equal([
      'Alpha invoice zqfind',
      'Beta invoice zqfind',
      'Gamma invoice zqfind'
    ]);
    const searches = (await fake.log()).filter(entry => entry.operation === 'SearchRequests');
    expect(searches.length).to.be.greaterThan(0);
    const organization = await adapter.listCases({ scope: 'organization' }).catch((thrown: unknown) => thrown);
    expect(organization).to.have.property('code', 'unsupported');
  });

  it('suggests Help Center articles with plain-text excerpts', async () => {
    const articles = await (await signedIn()).suggestArticles('password');
    expect(articles.map(article => article.title)).to.deep.equal([
      'How to reset your password',
      'Change the password of your account'
    ]);
    expect(articles[0]?.excerpt).to.equal('Open the sign-in page and choose Forgot password.');
    expect(articles[0]?.url).to.match(/^https:\/\/.+\/hc\/en-us\/articles\/360001$/);
  });
});

describe('zendesk adapter: session, accounts, idempotency', () => {
  it('reports hosted pages for the flows end users cannot do through the API', async () => {
    const adapter = fake.adapter({
      hostedPages: { signIn: 'https://acme.zendesk.com/access/login', passwordReset: 'https://acme.zendesk.com/reset' }
    });
    const { accounts } = await adapter.capabilities();
    expect(accounts).to.deep.equal({
      passwordSignIn: { mode: 'hosted', url: 'https://acme.zendesk.com/access/login' },
      hostToken: true,
      signup: { mode: 'none' },
      passwordReset: { mode: 'hosted', url: 'https://acme.zendesk.com/reset' },
      changePassword: { mode: 'api' }
    });
  });

  it("uses the host's getToken, and stops using it after signOut() until the next signIn()", async () => {
    const token = await fake.token(CUSTOMER.login);
    const adapter = fake.adapter({ getToken: () => token });
    expect((await adapter.getSession())?.user).to.include({ id: '1001', name: 'Ana Cliente', email: CUSTOMER.login });
    await adapter.signOut();
    expect(await adapter.getSession()).to.equal(null);
    await adapter.signIn({ kind: 'token', token });
    expect((await adapter.getSession())?.user.id).to.equal('1001');
  });

  it('changes the password through the API and names the wrong current one', async () => {
    const adapter = await signedIn();
    const wrong = await adapter.changePassword({ current: 'nope', next: 'New-Password-1' }).catch((e: unknown) => e);
    expect(wrong).to.have.property('code', 'invalid');
    expect((wrong as { fieldErrors: Record<string, string> }).fieldErrors).to.have.property('current');
    await adapter.changePassword({ current: CUSTOMER.password, next: 'New-Password-1' });
    expect(await fake.checkPassword(CUSTOMER.login, 'New-Password-1')).to.equal(true);
  });

  it('sends the Idempotency-Key header unless told not to', async () => {
    const form = await (await signedIn()).getForm(String(BILLING_FORM));
    await (
      await signedIn()
    ).createCase(input(form, String(BILLING_FORM), { '114': 'billing_invoice' }), { idempotencyKey: 'k-1' });
    await (
      await signedIn({ idempotencyHeader: false })
    ).createCase(input(form, String(BILLING_FORM), { '114': 'billing_invoice' }), {
      idempotencyKey: 'k-2'
    });
    const creates = (await fake.log()).filter(entry => entry.operation === 'CreateRequest');
    expect(creates.map(entry => entry.idempotencyKey ?? null)).to.deep.equal(['k-1', null]);
  });

  it('lets customers solve a request an agent has, when allowed', async () => {
    const adapter = await signedIn({ solveByCustomer: true });
    const form = await adapter.getForm(String(BILLING_FORM));
    const created = await adapter.createCase(input(form, String(BILLING_FORM), { '114': 'billing_invoice' }), {
      idempotencyKey: key()
    });
    const early = await adapter.closeCase(created.id).catch((thrown: unknown) => thrown);
    expect(early, 'nobody has the request yet').to.have.property('code', 'invalid');
    await fake.assign(created.id);
    expect((await adapter.closeCase(created.id)).status.category).to.equal('resolved');
  });
});

describe('the fake Zendesk validates against the official document', () => {
  it('records a request the document does not allow', async () => {
    const token = await fake.token(CUSTOMER.login);
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const answer = await fetch(`${fake.baseUrl}/api/v2/requests`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ request: { id: 5, subject: 'x', comment: { body: 'y' } } })
    });
    expect(answer.status).to.equal(400);
    await fetch(`${fake.baseUrl}/api/v2/requests?page%5Bsize%5D=500`, { headers });
    await fetch(`${fake.baseUrl}/api/v2/requests/abc`, { headers });
    await fetch(`${fake.baseUrl}/api/v2/tickets/1/macros`, { headers });
    const { violations } = await fake.violations();
    expect(violations.map(v => v.details.join(' '))).to.deep.equal([
      'body /request must NOT have additional properties (id)',
      'query parameter page[size]="500" (root) must be <= 100',
      'path parameter request_id (root) must be integer',
      'GET /api/v2/tickets/1/macros is not in the Zendesk document'
    ]);
    // Recorded on purpose: the account is thrown away, and afterEach checks a clean one.
    const broken = fake;
    fake = await ZendeskFake.create();
    await broken.discard();
  });
});

// How the Jira Service Management adapter maps Jira onto the contract, beyond what the conformance suite checks:
// groups and request types as cards, request type fields as form fields (cascades, defaults, required flags),
// field values as Jira expects them, files through temporary attachments, statuses, comments, suggestions and the
// session. Every site checks at the end that all traffic matched the official OpenAPI document.
import { expect } from '@open-wc/testing';
import type { JiraServiceManagementOptions } from '../../../src/adapters/jira-service-management/index.js';
import { mapStatus, statusTable } from '../../../src/adapters/jira-service-management/statuses.js';
import { htmlToWiki } from '../../../src/adapters/jira-service-management/wiki.js';
import { HelpDeskError, type Category, type FieldDefinition } from '../../../src/core/index.js';
import { JiraFakeSite } from './fake-site.js';

const sites: JiraFakeSite[] = [];

async function site(): Promise<JiraFakeSite> {
  const made = await JiraFakeSite.create();
  sites.push(made);
  return made;
}

afterEach(async () => {
  for (const made of sites.splice(0)) await made.dispose();
});

async function signedIn(options: Partial<JiraServiceManagementOptions> = {}, key = 'ana') {
  const fake = await site();
  const adapter = fake.adapter({ serviceDeskId: '1', ...options });
  await adapter.signIn({ kind: 'token', token: fake.user(key).token });
  return { fake, adapter };
}

async function rejection(promise: Promise<unknown>): Promise<HelpDeskError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HelpDeskError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

function field(fields: FieldDefinition[], id: string): FieldDefinition {
  const found = fields.find(item => item.id === id);
  if (!found) throw new Error(`no field ${id} in ${fields.map(item => item.id).join(', ')}`);
  return found;
}

const SOPORTE = 'type:1:1:10';
const CONSULTA = 'type:1:1:11';
const NUBE = 'type:1:2:12';

const SOPORTE_FIELDS = {
  customfield_10050: 'Acme S.A.S.',
  customfield_10051: '900123456-8',
  customfield_10053: 'Calle 1 # 2-3',
  customfield_10054: '+57 300 1234567',
  customfield_10055: '10202',
  customfield_10056: 'MC3300',
  customfield_10057: 'SN-0001'
};

function textFile(name: string, text = 'Adjunto de prueba.\n', type = 'text/plain'): File {
  return new File([text], name, { type });
}

describe('jira-service-management adapter: catalog', () => {
  it('makes request type groups the cards and request types their subcategories, in portal order', async () => {
    const { adapter } = await signedIn();
    const tree = await adapter.listCategories();
    expect(tree.map(card => card.name)).to.deep.equal(['Servicio Técnico', 'Consultas']);
    expect(tree[0]!.children!.map(item => item.name)).to.deep.equal(['Soporte Técnico', 'Consulta general']);
    expect(tree[1]!.children!.map(item => item.name)).to.deep.equal(['Consulta general', 'Servicios en la nube']);
    // A request type in two groups appears under both, with distinct ids and one form.
    const [a, b] = [tree[0]!.children![1]!, tree[1]!.children![0]!];
    expect(a.id).to.not.equal(b.id);
    expect(a.formId).to.equal('form:1:11');
    expect(b.formId).to.equal('form:1:11');
    expect(tree[0]!.children![0]!.description).to.equal('Reporte una falla o un incidente de garantía.');
    // The request type in no group is hidden on the portal.
    const names = tree.flatMap(card => (card.children ?? []).map(item => item.name));
    expect(names).to.not.include('Uso interno');
  });

  it('puts a card per service desk above the groups when several desks are visible, and lets the vendor decorate', async () => {
    const fake = await site();
    const adapter = fake.adapterAs('ana', {
      decorateCategory: (category: Category, source) =>
        source.kind === 'group' && source.groupId === '3'
          ? { ...category, icon: '💳', defaultPriority: 'high' }
          : category
    });
    const tree = await adapter.listCategories();
    expect(tree.map(card => [card.id, card.name])).to.deep.equal([
      ['sd:1', 'Soporte Técnico'],
      ['sd:2', 'Facturación']
    ]);
    const pagos = tree[1]!.children![0]!;
    expect(pagos).to.include({ name: 'Pagos', icon: '💳', defaultPriority: 'high' });
    expect(pagos.children!.map(item => item.formId)).to.deep.equal(['form:2:20']);
    const created = await adapter.createCase(
      {
        categoryId: 'type:2:3:20',
        formId: 'form:2:20',
        subject: 'Factura duplicada',
        description: 'Me cobraron dos veces.',
        channel: 'ticket',
        fields: {},
        attachments: []
      },
      { idempotencyKey: 'multi-desk' }
    );
    expect(created.reference).to.match(/^FAC-\d+$/);
    expect(created.categoryPath.map(item => item.name)).to.deep.equal(['Facturación', 'Pagos', 'Duda de factura']);
  });

  it('maps request type fields by their jiraSchema, with required flags and options', async () => {
    const { adapter } = await signedIn();
    const form = await adapter.getForm(SOPORTE);
    expect(form).to.include({ id: 'form:1:10', title: 'Soporte Técnico', subjectField: 'summary' });
    expect(form.description).to.equal('Diligencie los datos del equipo afectado.');
    expect(form.descriptionField).to.equal('description');
    expect(form.channels).to.deep.equal(['ticket']);
    expect(form.fields.map(item => [item.id, item.kind, item.required])).to.deep.equal([
      ['summary', 'text', true],
      ['customfield_10050', 'text', true],
      ['customfield_10051', 'text', true],
      ['customfield_10052', 'text', false],
      ['customfield_10053', 'text', true],
      ['customfield_10054', 'text', true],
      ['customfield_10055', 'select', true],
      ['customfield_10056', 'text', true],
      ['customfield_10057', 'text', true],
      ['description', 'textarea', false]
    ]);
    expect(field(form.fields, 'summary')).to.include({ label: 'Asunto', maxLength: 255 });
    expect(field(form.fields, 'customfield_10055').options).to.deep.equal([
      { value: '10200', label: 'Zebra' },
      { value: '10201', label: 'Honeywell' },
      { value: '10202', label: 'OTROS' }
    ]);
    // The attachment field is the form's attachment policy, not a field; optional here.
    expect(form.attachments).to.deep.include({ maxFiles: 10, maxFileBytes: 10 * 1024 * 1024, accept: [] });
    expect(form.attachments?.required).to.equal(undefined);
  });

  it('maps cascading selects with their children, multi selects, numbers, dates, priorities and defaults', async () => {
    const { adapter } = await signedIn({ attachments: { maxFiles: 3, accept: ['image/*', '.pdf', '.txt'] } });
    const form = await adapter.getForm(NUBE);
    const servicio = field(form.fields, 'customfield_10060');
    expect(servicio).to.include({ kind: 'cascade', required: true, label: 'Servicio' });
    expect(servicio.options).to.deep.equal([
      {
        value: '10300',
        label: 'Cómputo',
        children: [
          { value: '10310', label: 'Máquinas virtuales' },
          { value: '10311', label: 'Contenedores' }
        ]
      },
      { value: '10301', label: 'Almacenamiento', children: [{ value: '10320', label: 'Objetos' }] }
    ]);
    expect(field(form.fields, 'customfield_10061')).to.include({ kind: 'multiselect', required: false });
    expect(field(form.fields, 'customfield_10062').kind).to.equal('number');
    expect(field(form.fields, 'customfield_10063').kind).to.equal('date');
    expect(field(form.fields, 'customfield_10065').kind).to.equal('textarea');
    expect(field(form.fields, 'priority')).to.include({ kind: 'select', defaultValue: '3' });
    // A user picker cannot be filled by a customer (no user search): left out while optional.
    expect(form.fields.map(item => item.id)).to.not.include('customfield_10064');
    // A required attachment field makes files required; the vendor's limits apply.
    expect(form.attachments).to.deep.equal({
      maxFiles: 3,
      maxFileBytes: 10 * 1024 * 1024,
      accept: ['image/*', '.pdf', '.txt'],
      required: true
    });

    expect((await adapter.getFieldOptions(form.id, 'customfield_10060')).map(item => item.value)).to.deep.equal([
      '10300',
      '10301'
    ]);
    const next = await adapter.getFieldOptions(form.id, 'customfield_10060', {
      parentValues: { customfield_10060: ['10300'] }
    });
    expect(next.map(item => item.label)).to.deep.equal(['Máquinas virtuales', 'Contenedores']);
    expect((await rejection(adapter.getFieldOptions(form.id, 'customfield_99999'))).code).to.equal('not-found');
    expect((await rejection(adapter.getForm('group:1:1'))).code).to.equal('not-found');
  });
});

describe('jira-service-management adapter: creating requests', () => {
  it('sends field values in Jira input formats and reads them back as form values, files attached on create', async () => {
    const { fake, adapter } = await signedIn();
    const form = await adapter.getForm(NUBE);
    const file = await adapter.uploadAttachment(textFile('evidencia.txt'));
    expect(file.id).to.match(/^jsm-temp:1:temp\d+$/);
    const created = await adapter.createCase(
      {
        categoryId: NUBE,
        formId: form.id,
        subject: 'Contenedores caídos',
        description: 'Desde las <b>9:00</b>, sin <i>servicio</i>.',
        descriptionFormat: 'html',
        channel: 'ticket',
        fields: {
          customfield_10060: ['10300', '10311'],
          customfield_10061: ['10400', '10401'],
          customfield_10062: 12,
          customfield_10063: '2026-11-20',
          priority: '2'
        },
        attachments: [file]
      },
      { idempotencyKey: 'create-formats' }
    );
    expect(created.fields).to.deep.equal({
      customfield_10060: ['10300', '10311'],
      customfield_10061: ['10400', '10401'],
      customfield_10062: 12,
      customfield_10063: '2026-11-20',
      priority: '2'
    });
    expect(created.priority).to.equal('high');
    expect(created.description).to.equal('Desde las *9:00*, sin _servicio_.');
    expect(created.categoryPath.map(item => item.id)).to.deep.equal(['group:1:2', NUBE]);
    expect(created.attachments.map(item => [item.name, item.size])).to.deep.equal([['evidencia.txt', file.size]]);
    expect(created.attachments[0]!.url).to.equal(
      `${fake.baseUrl}rest/servicedeskapi/request/${created.id}/attachment/${created.attachments[0]!.id}`
    );
    const log = await fake.log();
    const operations = log.map(entry => entry.operation);
    expect(operations.filter(item => item === 'createCustomerRequest')).to.have.length(1);
    // With an attachment field, files go in with the create: no second call to attach them.
    expect(operations).to.not.include('createAttachment');
  });

  it('attaches files after the create when the request type has no attachment field', async () => {
    const { fake, adapter } = await signedIn();
    const form = await adapter.getForm(CONSULTA);
    expect(form.attachments?.required).to.equal(undefined);
    const file = await adapter.uploadAttachment(textFile('pregunta.txt'));
    const created = await adapter.createCase(
      {
        categoryId: CONSULTA,
        formId: form.id,
        subject: 'Pregunta con adjunto',
        description: 'Ver archivo.',
        channel: 'ticket',
        fields: {},
        attachments: [file]
      },
      { idempotencyKey: 'attach-after' }
    );
    expect(created.attachments.map(item => item.name)).to.deep.equal(['pregunta.txt']);
    const operations = (await fake.log()).map(entry => entry.operation);
    expect(operations).to.include('createAttachment');
  });

  it('uploads a file again when it was kept on another service desk', async () => {
    const fake = await site();
    const adapter = fake.adapterAs('ana');
    await adapter.getForm('type:2:3:20'); // the customer looked at a Facturación form first
    const file = await adapter.uploadAttachment(textFile('factura.pdf', '%PDF-1.4\n', 'application/pdf'));
    expect(file.id).to.match(/^jsm-temp:2:/);
    const form = await adapter.getForm(CONSULTA);
    const created = await adapter.createCase(
      {
        categoryId: CONSULTA,
        formId: form.id,
        subject: 'Cambio de mesa',
        description: 'El archivo se subió a otra mesa.',
        channel: 'ticket',
        fields: {},
        attachments: [file]
      },
      { idempotencyKey: 'other-desk' }
    );
    expect(created.attachments.map(item => item.name)).to.deep.equal(['factura.pdf']);
    const uploads = (await fake.log()).filter(entry => entry.operation === 'attachTemporaryFile');
    expect(uploads.map(entry => entry.path)).to.deep.equal([
      '/rest/servicedeskapi/servicedesk/2/attachTemporaryFile',
      '/rest/servicedeskapi/servicedesk/1/attachTemporaryFile'
    ]);
  });

  it('refuses what the form refuses before asking Jira, naming the fields', async () => {
    const { fake, adapter } = await signedIn();
    const form = await adapter.getForm(NUBE);
    const error = await rejection(
      adapter.createCase(
        {
          categoryId: NUBE,
          formId: form.id,
          subject: ' ',
          description: '',
          channel: 'ticket',
          fields: { customfield_10060: ['10300', '10320'] },
          attachments: []
        },
        { idempotencyKey: 'refused' }
      )
    );
    expect(error.code).to.equal('invalid');
    expect(Object.keys(error.fieldErrors).sort()).to.deep.equal(['attachments', 'customfield_10060', 'summary']);
    expect((await fake.log()).map(entry => entry.operation)).to.not.include('createCustomerRequest');
  });

  it("shows Jira's own words when it refuses a request", async () => {
    const { fake, adapter } = await signedIn();
    const form = await adapter.getForm(CONSULTA);
    const file = await adapter.uploadAttachment(textFile('caducado.txt'));
    await fake.expireTemporaryFiles();
    // The adapter still holds the file and sends it again, so an expired temporary file is no failure.
    const created = await adapter.createCase(
      {
        categoryId: CONSULTA,
        formId: form.id,
        subject: 'Caducado',
        description: 'x',
        channel: 'ticket',
        fields: {},
        attachments: [file]
      },
      { idempotencyKey: 'expired-temp' }
    );
    expect(created.attachments).to.have.length(1);
    await fake.inject({
      method: 'GET',
      path: '^/rest/servicedeskapi/request/[^/]+$',
      status: 403,
      body: { errorMessage: 'No tiene permiso para ver esta solicitud.' }
    });
    const error = await rejection(adapter.getCase(created.id));
    expect(error.code).to.equal('forbidden');
    expect(error.message).to.equal('No tiene permiso para ver esta solicitud.');
  });
});

describe('jira-service-management adapter: idempotency', () => {
  function input(subject: string) {
    return {
      categoryId: SOPORTE,
      formId: 'form:1:10',
      subject,
      description: 'El lector no enciende.',
      channel: 'ticket' as const,
      fields: SOPORTE_FIELDS,
      attachments: []
    };
  }

  it('finds the request of a timed-out create after a reload, instead of raising another', async () => {
    const fake = await site();
    const storage = new Map<string, string>();
    // A Storage the two page loads share, as sessionStorage would.
    const shared = {
      getItem: (key: string) => storage.get(key) ?? null,
      setItem: (key: string, value: string) => void storage.set(key, value),
      removeItem: (key: string) => void storage.delete(key),
      key: (index: number) => [...storage.keys()][index] ?? null,
      get length() {
        return storage.size;
      },
      clear: () => storage.clear()
    } as Storage;
    const first = fake.adapterAs('ana', { serviceDeskId: '1', idempotencyStore: shared, timeoutMs: 400 });
    await fake.inject({ method: 'POST', path: '^/rest/servicedeskapi/request$', when: 'after', delayMs: 1500 });
    expect(
      (await rejection(first.createCase(input('Lector apagado'), { idempotencyKey: 'reload-key' }))).code
    ).to.equal('timeout');
    const second = fake.adapterAs('ana', { serviceDeskId: '1', idempotencyStore: shared });
    const created = await second.createCase(input('Lector apagado'), { idempotencyKey: 'reload-key' });
    expect((await fake.requests()).map(item => item.issueKey)).to.deep.equal([created.id]);
    expect((await fake.log()).filter(entry => entry.operation === 'createCustomerRequest')).to.have.length(1);
    // Once found, the key is settled: a third try answers from the record.
    expect((await second.createCase(input('Lector apagado'), { idempotencyKey: 'reload-key' })).id).to.equal(
      created.id
    );
  });

  it('never claims a request another key raised, even with the same words', async () => {
    const { fake, adapter } = await signedIn({ timeoutMs: 400 });
    const earlier = await adapter.createCase(input('Mismo texto'), { idempotencyKey: 'key-one' });
    await fake.inject({ method: 'POST', path: '^/rest/servicedeskapi/request$', when: 'after', delayMs: 1500 });
    await rejection(adapter.createCase(input('Mismo texto'), { idempotencyKey: 'key-two' }));
    const retried = await adapter.createCase(input('Mismo texto'), { idempotencyKey: 'key-two' });
    expect(retried.id).to.not.equal(earlier.id);
    expect((await fake.requests()).map(item => item.issueKey).sort()).to.deep.equal([earlier.id, retried.id].sort());
  });

  it('raises the request when the failed try never reached Jira', async () => {
    const { fake, adapter } = await signedIn({ retries: 0 });
    await fake.inject({ method: 'POST', path: '^/rest/servicedeskapi/request$', status: 500 });
    expect((await rejection(adapter.createCase(input('Nunca llegó'), { idempotencyKey: 'k' }))).code).to.equal(
      'server'
    );
    const created = await adapter.createCase(input('Nunca llegó'), { idempotencyKey: 'k' });
    expect((await fake.requests()).map(item => item.issueKey)).to.deep.equal([created.id]);
  });

  it('sends Idempotency-Key to the proxy on creates and replies, and never repeats a create by itself on a timeout', async () => {
    const { fake, adapter } = await signedIn({ timeoutMs: 300 });
    await fake.inject({ method: 'POST', path: '^/rest/servicedeskapi/request$', delayMs: 800 });
    await rejection(adapter.createCase(input('Lento'), { idempotencyKey: 'slow' }));
    await new Promise(resolve => setTimeout(resolve, 700));
    const creates = (await fake.log()).filter(
      entry => entry.method === 'POST' && entry.path === '/rest/servicedeskapi/request'
    );
    expect(creates).to.have.length(1);
  });
});

describe('jira-service-management adapter: listing, statuses and threads', () => {
  it('maps status names and Jira status categories onto the contract categories', () => {
    const table = statusTable({ 'Esperando proveedor': 'waiting-on-support' });
    const of = (status: string, statusCategory: string) => mapStatus(table, { status, statusCategory }).category;
    expect(of('Waiting for support', 'NEW')).to.equal('waiting-on-support');
    expect(of('Waiting for customer', 'INDETERMINATE')).to.equal('waiting-on-customer');
    expect(of('In progress', 'INDETERMINATE')).to.equal('open');
    expect(of('Resolved', 'DONE')).to.equal('resolved');
    expect(of('Canceled', 'DONE')).to.equal('closed');
    expect(of('Esperando proveedor', 'INDETERMINATE')).to.equal('waiting-on-support');
    expect(of('Nuevo flujo', 'NEW')).to.equal('new');
    expect(of('Nuevo flujo', 'INDETERMINATE')).to.equal('open');
    expect(of('Archivado', 'DONE')).to.equal('resolved');
    // A name that says "open" never makes a DONE status open, nor "done" a status that is not.
    expect(of('In progress', 'DONE')).to.equal('resolved');
    expect(of('Done', 'INDETERMINATE')).to.equal('open');
  });

  it('filters by status category (Jira does the open/closed half), searches summaries and lists the organization', async () => {
    const { fake, adapter } = await signedIn();
    const make = (subject: string) =>
      adapter.createCase(
        {
          categoryId: CONSULTA,
          formId: 'form:1:11',
          subject,
          description: 'd',
          channel: 'ticket',
          fields: {},
          attachments: []
        },
        { idempotencyKey: subject }
      );
    const waiting = await make('Impresora atascada');
    const progress = await make('Escáner lento');
    const done = await make('Impresora sin tinta');
    await fake.setStatus(progress.id, 'In progress');
    await fake.setStatus(done.id, 'Closed');
    const ids = async (query: Parameters<typeof adapter.listCases>[0]) =>
      (await adapter.listCases(query)).items.map(item => item.id).sort();

    expect(await ids({ scope: 'mine', statusCategories: ['open'] })).to.deep.equal([progress.id]);
    expect(await ids({ scope: 'mine', statusCategories: ['waiting-on-support', 'open'] })).to.deep.equal(
      [waiting.id, progress.id].sort()
    );
    expect(await ids({ scope: 'mine', statusCategories: ['closed', 'resolved'] })).to.deep.equal([done.id]);
    expect(await ids({ scope: 'mine', statusIds: ['Closed'] })).to.deep.equal([done.id]);
    expect(await ids({ scope: 'mine', search: 'impresora' })).to.deep.equal([waiting.id, done.id].sort());
    const queries = (await fake.log())
      .filter(entry => entry.operation === 'getCustomerRequests')
      .map(entry => entry.query);
    expect(queries.some(query => query.includes('requestStatus=OPEN_REQUESTS'))).to.equal(true);
    expect(queries.some(query => query.includes('requestStatus=CLOSED_REQUESTS'))).to.equal(true);
    expect(queries.some(query => query.includes('searchTerm=impresora'))).to.equal(true);

    const colleague = fake.adapterAs('beto', { serviceDeskId: '1' });
    expect((await colleague.listCases({ scope: 'mine' })).items).to.have.length(0);
    const organization = await colleague.listCases({ scope: 'organization' });
    expect(organization.items.map(item => item.id).sort()).to.deep.equal([waiting.id, progress.id, done.id].sort());
    expect(organization.total).to.equal(3);
  });

  it('shows public comments only, agents by role with rendered HTML, customers as typed', async () => {
    const { fake, adapter } = await signedIn();
    const created = await adapter.createCase(
      {
        categoryId: CONSULTA,
        formId: 'form:1:11',
        subject: 'Hilo',
        description: 'd',
        channel: 'ticket',
        fields: {},
        attachments: []
      },
      { idempotencyKey: 'thread' }
    );
    await adapter.addComment(
      created.id,
      { body: 'Gracias <b>pronto</b>', bodyFormat: 'html', attachments: [] },
      { idempotencyKey: 'c1' }
    );
    await fake.agentComment(created.id, 'Nota interna', { public: false });
    await fake.agentComment(created.id, 'Revise el <cable>');
    const file = await adapter.uploadAttachment(textFile('foto.txt'));
    const withFile = await adapter.addComment(created.id, { body: '', attachments: [file] }, { idempotencyKey: 'c2' });
    expect(withFile.body).to.equal('[^foto.txt]');
    expect(withFile.attachments.map(item => item.name)).to.deep.equal(['foto.txt']);

    const thread = (await adapter.listComments(created.id, { order: 'newest-first' })).items;
    expect(thread.map(item => [item.author.role, item.bodyFormat, item.body])).to.deep.equal([
      ['customer', 'text', '[^foto.txt]'],
      ['agent', 'html', '<p>Revise el &#60;cable&#62;</p>'],
      ['customer', 'text', 'Gracias *pronto*']
    ]);
    expect(thread[0]!.attachments.map(item => item.name)).to.deep.equal(['foto.txt']);
  });

  it('suggests knowledge base articles, opting in to the experimental API', async () => {
    const { adapter } = await signedIn();
    const articles = await adapter.suggestArticles('garantía');
    expect(articles).to.deep.equal([
      {
        id: '8786179',
        title: 'Garantía de equipos',
        excerpt: 'Qué cubre la garantía y cómo solicitarla.',
        url: articles[0]?.url
      }
    ]);
    expect(articles[0]!.url).to.match(/\/rest\/servicedeskapi\/knowledgebase\/article\/view\/8786179$/);
    expect(await adapter.suggestArticles(' ')).to.deep.equal([]);
    const off = (await site()).adapterAs('ana', { articles: false });
    expect((await rejection(off.suggestArticles('garantía'))).code).to.equal('unsupported');
  });
});

describe('jira-service-management adapter: session and capabilities', () => {
  it('signs in with a host token the proxy understands, and knows the customer from /myself', async () => {
    const fake = await site();
    const adapter = fake.adapter();
    expect(await adapter.getSession()).to.equal(null);
    expect((await rejection(adapter.listCases({ scope: 'mine' }))).code).to.equal('unauthorized');
    expect(await fake.log()).to.have.length(0); // refused without a request
    expect((await rejection(adapter.signIn({ kind: 'token', token: 'made-up' }))).code).to.equal('unauthorized');
    expect(await adapter.getSession()).to.equal(null);
    const session = await adapter.signIn({ kind: 'token', token: fake.user('ana').token });
    expect(session.user).to.deep.equal({ id: fake.user('ana').accountId, name: 'Ana Pérez', email: 'ana@acme.test' });
    expect((await adapter.getSession())?.user.id).to.equal(session.user.id);
    await adapter.signOut();
    expect(await adapter.getSession()).to.equal(null);
    const password = adapter.signIn({ kind: 'password', login: 'ana@acme.test', password: 'x' });
    expect((await rejection(password)).code).to.equal('unsupported');
  });

  it("uses the host's getToken for every request, and refreshes it once on 401", async () => {
    const fake = await site();
    let current = fake.user('ana').token;
    let refreshes = 0;
    const adapter = fake.adapter({
      serviceDeskId: '1',
      getToken: () => current,
      refreshToken: async () => {
        refreshes += 1;
        current = await fake.issueToken('ana');
        return current;
      }
    });
    expect((await adapter.getSession())?.user.name).to.equal('Ana Pérez');
    await fake.inject({ method: 'GET', path: '/requesttypegroup$', expireSession: true });
    expect((await adapter.listCategories()).length).to.equal(2);
    expect(refreshes).to.equal(1);
  });

  it('says what Jira cannot do: hosted account pages, subject search, no hour bags', async () => {
    const fake = await site();
    const capabilities = await fake
      .adapter({
        portalUrl: 'https://scan.atlassian.net/servicedesk/customer/portal/1',
        signInUrl: 'https://www.example.com/login',
        hostedPages: { changePassword: false }
      })
      .capabilities();
    expect(capabilities.accounts).to.deep.equal({
      passwordSignIn: { mode: 'hosted', url: 'https://www.example.com/login' },
      hostToken: true,
      signup: { mode: 'hosted', url: 'https://scan.atlassian.net/servicedesk/customer/user/signup' },
      passwordReset: { mode: 'hosted', url: 'https://scan.atlassian.net/servicedesk/customer/user/forgotpassword' },
      changePassword: { mode: 'none' }
    });
    expect(capabilities.cases).to.deep.equal({
      list: true,
      search: 'subject',
      organizationScope: true,
      reply: true,
      close: false,
      reopen: false
    });
    expect(capabilities).to.include({
      entitlements: false,
      invoices: false,
      articles: true,
      phoneCallBack: false,
      liveUpdates: false
    });
    const bare = await fake.adapter({ hostToken: false }).capabilities();
    expect(bare.accounts.signup).to.deep.equal({ mode: 'none' });
    expect(bare.accounts.passwordSignIn).to.deep.equal({ mode: 'none' });
  });
});

describe('jira-service-management adapter: rich text', () => {
  it("turns the editor's HTML into Jira wiki markup", () => {
    expect(
      htmlToWiki('<p><strong>Bold</strong>, <em>italic</em> and <u>under</u></p><ul><li>one</li><li>two</li></ul>')
    ).to.equal('*Bold*, _italic_ and +under+\n\n* one\n* two');
    expect(htmlToWiki('<a href="https://x.test">link</a><br>next<script>alert(1)</script>')).to.equal(
      '[link|https://x.test]\nnext'
    );
    expect(htmlToWiki('<ol><li>a</li></ol>')).to.equal('# a');
  });
});

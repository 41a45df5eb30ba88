import { expect } from '@open-wc/testing';
import type { LocalAdapter } from '../../../src/adapters/local/index.js';
import { Case, type CaseQuery } from '../../../src/core/index.js';
import {
  caseInput,
  cleanUp,
  COLLEAGUE,
  DEMO_USER,
  openAdapter,
  otherPreset,
  rejection,
  signedIn,
  uniqueDatabaseName
} from './fixtures.js';

/** Every page of a listing, loaded one after another, with `between` run after the first page. */
async function allPages(adapter: LocalAdapter, query: CaseQuery, between?: () => Promise<void>): Promise<Case[]> {
  const items: Case[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page = await adapter.listCases({ ...query, cursor });
    items.push(...page.items);
    cursor = page.nextCursor;
    pages += 1;
    if (pages === 1) await between?.();
  } while (cursor !== null && pages < 100);
  return items;
}

const textFile = (name = 'notas.txt', text = 'hola') => new File([text], name, { type: 'text/plain' });

describe('local adapter: cases', () => {
  afterEach(cleanUp);

  it('needs a session for every case method', async () => {
    const adapter = await openAdapter();
    await rejection(adapter.listCases({ scope: 'mine' }), 'unauthorized');
    await rejection(adapter.createCase(caseInput(), { idempotencyKey: 'k' }), 'unauthorized');
    await rejection(adapter.getCase('x'), 'unauthorized');
    await rejection(adapter.uploadAttachment(textFile()), 'unauthorized');
  });

  it('creates one case per idempotency key, even when the calls race', async () => {
    const adapter = await signedIn(await openAdapter());
    const before = (await adapter.support.listAllCases()).length;
    const [a, b] = await Promise.all([
      adapter.createCase(caseInput(), { idempotencyKey: 'same-key' }),
      adapter.createCase(caseInput(), { idempotencyKey: 'same-key' })
    ]);
    const c = await adapter.createCase(caseInput({ subject: 'A retry with other text' }), {
      idempotencyKey: 'same-key'
    });
    expect(a.id).to.equal(b.id);
    expect(c.id).to.equal(a.id);
    expect(c.subject).to.equal('El tablero no carga');
    expect(await adapter.support.listAllCases()).to.have.length(before + 1);
    // The key is per user: a colleague's same key is another case.
    await adapter.signOut();
    await signedIn(adapter, COLLEAGUE);
    const theirs = await adapter.createCase(caseInput(), { idempotencyKey: 'same-key' });
    expect(theirs.id).not.to.equal(a.id);
  });

  it('gives references, status, category path and priority as the preset says', async () => {
    const adapter = await signedIn(await openAdapter());
    const created = await adapter.createCase(caseInput({ priority: 'low' }), { idempotencyKey: 'p1' });
    expect(Case.safeParse(created).success).to.equal(true);
    expect(created.reference).to.match(/^CAS-\d{5}-[A-Z0-9]{6}$/);
    expect(created.status).to.deep.equal({ id: 'nuevo', label: 'Nuevo', category: 'new' });
    expect(created.categoryPath.map(step => step.name)).to.deep.equal(['Inconveniente Técnico', 'Lentitud']);
    // The form has no priority field: the card decides, whatever the input says.
    expect(created.priority).to.equal('high');
    expect(created.requester.email).to.equal(DEMO_USER.email);
    expect(created.fields).to.deep.equal({ plataforma: 'web' });

    const emergency = await adapter.createCase(
      caseInput({ categoryId: 'plataforma-inaccesible', formId: 'emergency' }),
      {
        idempotencyKey: 'p2'
      }
    );
    expect(emergency.priority).to.equal('urgent');
    const question = await adapter.createCase(caseInput({ categoryId: 'consultas-otros' }), { idempotencyKey: 'p3' });
    expect(question.priority).to.equal('low');
  });

  it('honours a chosen priority only where the form offers it, and emergencies are always urgent', async () => {
    const adapter = await signedIn(await openAdapter({ preset: otherPreset }));
    const input = { formId: 'rich', subject: 'Refund', description: '', fields: { subject: 'Refund' } };
    const chosen = await adapter.createCase(
      caseInput({ ...input, categoryId: 'support-billing-refunds', priority: 'low' }),
      {
        idempotencyKey: 'a'
      }
    );
    expect(chosen.priority).to.equal('low');
    const inherited = await adapter.createCase(caseInput({ ...input, categoryId: 'support-billing-refunds' }), {
      idempotencyKey: 'b'
    });
    expect(inherited.priority).to.equal('high');
    const fire = await adapter.createCase(caseInput({ ...input, categoryId: 'fire', priority: 'low' }), {
      idempotencyKey: 'c'
    });
    expect(fire.priority).to.equal('urgent');
    expect(fire.reference).to.match(/^TCK-00003-/);
  });

  it('refuses input that breaks the form, with messages per field', async () => {
    const adapter = await signedIn(await openAdapter());
    const error = await rejection(
      adapter.createCase(caseInput({ subject: '  ', description: '', fields: { plataforma: 'mainframe' } }), {
        idempotencyKey: 'bad'
      }),
      'invalid'
    );
    expect(Object.keys(error.fieldErrors)).to.have.members(['titulo', 'descripcion', 'plataforma']);
    expect(error.fieldErrors['titulo']).to.contain('Título');
    await rejection(adapter.createCase(caseInput({ categoryId: 'nope' }), { idempotencyKey: 'bad2' }), 'not-found');
    const wrongForm = await rejection(
      adapter.createCase(caseInput({ formId: 'linkedin' }), { idempotencyKey: 'bad3' }),
      'invalid'
    );
    expect(wrongForm.fieldErrors).to.have.property('formId');
    await rejection(adapter.createCase(caseInput(), { idempotencyKey: '' }), 'invalid');
    // Nothing was created by the refused calls.
    expect((await adapter.listCases({ scope: 'mine', search: 'tablero' })).total).to.equal(0);
  });

  it('checks pattern, length, number range and attachment policy', async () => {
    const adapter = await signedIn(await openAdapter({ preset: otherPreset }));
    const base = { categoryId: 'support', formId: 'rich', subject: 'Hi', description: '' };
    const fields = {
      subject: 'Hi',
      code: 'abc',
      seats: 11,
      app: 'erp',
      module: 'leads',
      customer: 'c9',
      service: ['cloud', 'x']
    };
    const error = await rejection(
      adapter.createCase(caseInput({ ...base, fields }), { idempotencyKey: 'x' }),
      'invalid'
    );
    expect(Object.keys(error.fieldErrors)).to.have.members(['code', 'seats', 'module', 'customer', 'service']);

    const big = await adapter.uploadAttachment(textFile('big.txt', 'x'.repeat(900)));
    const second = await adapter.uploadAttachment(textFile('b.txt'));
    const tooMany = await rejection(
      adapter.createCase(caseInput({ ...base, fields: { subject: 'Hi' }, attachments: [big, second] }), {
        idempotencyKey: 'y'
      }),
      'invalid'
    );
    expect(tooMany.fieldErrors).to.have.property('attachments');
    const pdf = await adapter.uploadAttachment(new File(['%PDF-1.4'], 'a.pdf', { type: 'application/pdf' }));
    const wrongType = await rejection(
      adapter.createCase(caseInput({ ...base, fields: { subject: 'Hi' }, attachments: [pdf] }), {
        idempotencyKey: 'z'
      }),
      'invalid'
    );
    expect(wrongType.fieldErrors).to.have.property('attachments');
    const forged = await rejection(
      adapter.createCase(caseInput({ ...base, fields: { subject: 'Hi' }, attachments: [{ ...big, id: 'forged' }] }), {
        idempotencyKey: 'w'
      }),
      'invalid'
    );
    expect(forged.fieldErrors).to.have.property('attachments');

    const ok = await adapter.createCase(
      caseInput({
        ...base,
        fields: {
          subject: 'Hi',
          code: 'ABC-12',
          seats: 3,
          app: 'erp',
          module: 'payroll',
          customer: 'c1',
          service: ['cloud', 'vm']
        },
        attachments: [big]
      }),
      { idempotencyKey: 'ok' }
    );
    expect(ok.fields['module']).to.equal('payroll');
    expect(ok.attachments).to.have.length(1);
    const url = ok.attachments[0]!.url!;
    expect(url).to.match(/^blob:/);
    expect(await (await fetch(url)).text()).to.equal('x'.repeat(900));
  });

  it('stores uploads with progress, and rejects with AbortError when cancelled', async () => {
    const adapter = await signedIn(await openAdapter());
    const progress: [number, number][] = [];
    const reference = await adapter.uploadAttachment(textFile('log.txt', 'abcdef'), {
      onProgress: (sent, total) => progress.push([sent, total])
    });
    expect(reference).to.include({ name: 'log.txt', size: 6, mimeType: 'text/plain' });
    expect(progress.at(-1)).to.deep.equal([6, 6]);

    const controller = new AbortController();
    controller.abort();
    try {
      await adapter.uploadAttachment(textFile(), { signal: controller.signal });
      expect.fail('should have been aborted');
    } catch (error) {
      expect((error as DOMException).name).to.equal('AbortError');
    }
    const tooBig = await rejection(
      adapter.uploadAttachment(new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'huge.pdf')),
      'invalid'
    );
    expect(tooBig.fieldErrors).to.have.property('attachments');
  });

  it('pages with a keyset cursor that neither repeats nor skips when cases are created between pages', async () => {
    const adapter = await signedIn(await openAdapter());
    await adapter.support.seedBulkCases(40, { requesterEmail: DEMO_USER.email });
    const expected = (await allPages(adapter, { scope: 'mine', size: 100 })).map(item => item.id);
    for (const sort of [
      { field: 'createdAt', direction: 'desc' },
      { field: 'priority', direction: 'asc' },
      { field: 'subject', direction: 'asc' },
      { field: 'status', direction: 'desc' }
    ] as const) {
      let inserted = 0;
      const seen = await allPages(adapter, { scope: 'mine', size: 7, sort }, async () => {
        await adapter.createCase(caseInput({ subject: `Inserted ${sort.field}` }), {
          idempotencyKey: `ins-${sort.field}`
        });
        inserted += 1;
      });
      const ids = seen.map(item => item.id);
      expect(new Set(ids).size, `no repeats when sorted by ${sort.field}`).to.equal(ids.length);
      expect(ids, `nothing skipped when sorted by ${sort.field}`).to.include.members(expected);
      expect(ids.length).to.be.at.most(expected.length + inserted + 3);
    }
  });

  it('sorts totally, and pages carry the total and the default size', async () => {
    const adapter = await signedIn(await openAdapter());
    await adapter.support.seedBulkCases(30, { requesterEmail: DEMO_USER.email });
    const page = await adapter.listCases({ scope: 'mine', sort: { field: 'priority', direction: 'desc' } });
    expect(page.items).to.have.length(25);
    expect(page.total).to.equal(33);
    const ranks = page.items.map(item => ['low', 'normal', 'high', 'urgent'].indexOf(item.priority));
    expect(ranks).to.deep.equal([...ranks].sort((a, b) => b - a));
    expect((await adapter.listCases({ scope: 'mine', size: 1000 })).items).to.have.length(33);
    await rejection(adapter.listCases({ scope: 'mine', cursor: 'not a cursor!' }), 'invalid');
    await rejection(adapter.listCases({ scope: 'mine', cursor: btoa('{"x":1}') }), 'invalid');
    await rejection(
      adapter.listCases({ scope: 'mine', cursor: page.nextCursor, sort: { field: 'createdAt', direction: 'desc' } }),
      'invalid'
    );
    await rejection(adapter.listCases({ scope: 'mine', size: 0 }), 'invalid');
  });

  it('searches reference, subject, description and fields, ignoring accents and case', async () => {
    const adapter = await signedIn(await openAdapter());
    const created = await adapter.createCase(
      caseInput({ subject: 'Cancelación de facturación', description: 'El módulo de PAGOS falla' }),
      { idempotencyKey: 's1' }
    );
    const search = async (text: string) =>
      (await adapter.listCases({ scope: 'mine', search: text })).items.map(item => item.id);
    expect(await search('cancelacion')).to.deep.equal([created.id]);
    expect(await search('FACTURACIÓN')).to.deep.equal([created.id]);
    expect(await search('modulo pagos')).to.deep.equal([created.id]);
    expect(await search(created.reference.toLowerCase())).to.deep.equal([created.id]);
    expect(await search('cancelación inexistente')).to.deep.equal([]);
    expect(await search('Plataforma web')).to.deep.equal([]);
    // String field values count too (the platform's stored value).
    expect(await search('web')).to.include(created.id);
  });

  it('filters by status category and id, and scopes to me or my organization', async () => {
    const databaseName = uniqueDatabaseName();
    const adapter = await signedIn(await openAdapter({ databaseName }));
    const mine = await adapter.listCases({ scope: 'mine' });
    const organization = await adapter.listCases({ scope: 'organization' });
    expect(organization.total).to.equal(mine.total! + 1);
    const resolved = await adapter.listCases({ scope: 'organization', statusCategories: ['resolved'] });
    expect(resolved.items.map(item => item.status.id)).to.deep.equal(['resuelto']);
    const waiting = await adapter.listCases({ scope: 'mine', statusIds: ['esperando-su-respuesta', 'respondido'] });
    expect(waiting.total).to.equal(2);

    const colleagueCase = resolved.items[0]!;
    expect((await adapter.getCase(colleagueCase.id)).id).to.equal(colleagueCase.id);
    // Someone outside the organization sees neither the case nor that it exists.
    const outsider = await openAdapter({ databaseName });
    await outsider.requestSignupLink('fuera@example.com');
    const [mail] = await outsider.mailbox.list();
    await outsider.completeSignup({ token: mail!.link!.token, name: 'Fuera', password: 'Fuera-2026!' });
    await rejection(outsider.listCases({ scope: 'organization' }), 'forbidden');
    const ownId = (await outsider.createCase(caseInput(), { idempotencyKey: 'own' })).id;
    await rejection(adapter.getCase(ownId), 'not-found');
    await rejection(adapter.getCase('no-such-case'), 'not-found');
  });

  it('threads comments newest first by default, with idempotent replies that move the status', async () => {
    const adapter = await signedIn(await openAdapter());
    const created = await adapter.createCase(caseInput(), { idempotencyKey: 'thread' });
    const agent = await adapter.support.reply(created.id, {
      body: '<p>¿Nos envía una captura?</p>',
      bodyFormat: 'html'
    });
    expect(agent.author.role).to.equal('agent');
    expect((await adapter.getCase(created.id)).status.id).to.equal('esperando-su-respuesta');

    const file = await adapter.uploadAttachment(
      new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])], 'captura.png', {
        type: 'image/png'
      })
    );
    const reply = await adapter.addComment(
      created.id,
      { body: 'Adjunto la captura.', attachments: [file] },
      { idempotencyKey: 'r1' }
    );
    const again = await adapter.addComment(
      created.id,
      { body: 'Adjunto la captura.', attachments: [file] },
      { idempotencyKey: 'r1' }
    );
    expect(again.id).to.equal(reply.id);
    expect(reply.attachments[0]!.url).to.match(/^blob:/);
    expect((await adapter.getCase(created.id)).status.id).to.equal('respondido');

    const newest = await adapter.listComments(created.id, { size: 1 });
    expect(newest.items.map(item => item.id)).to.deep.equal([reply.id]);
    const rest = await adapter.listComments(created.id, { size: 1, cursor: newest.nextCursor });
    expect(rest.items.map(item => item.id)).to.deep.equal([agent.id]);
    expect(rest.nextCursor).to.equal(null);
    const oldest = await adapter.listComments(created.id, { order: 'oldest-first' });
    expect(oldest.items.map(item => item.id)).to.deep.equal([agent.id, reply.id]);
    expect(oldest.total).to.equal(2);
    await rejection(
      adapter.addComment(created.id, { body: ' ', attachments: [] }, { idempotencyKey: 'r2' }),
      'invalid'
    );
  });

  it('closes and reopens cases, and the support side sets any status', async () => {
    const adapter = await signedIn(await openAdapter());
    const created = await adapter.createCase(caseInput(), { idempotencyKey: 'close' });
    expect((await adapter.closeCase(created.id)).status.id).to.equal('cerrado');
    expect((await adapter.reopenCase(created.id)).status.id).to.equal('en-revision');
    expect((await adapter.support.setStatus(created.id, 'resuelto')).status.label).to.equal('Resuelto');
    await rejection(adapter.support.setStatus(created.id, 'nope'), 'not-found');
    await rejection(adapter.support.reply('nope', { body: 'x' }), 'not-found');
  });

  it('inserts 10,000 cases in one go and lists them quickly', async function () {
    this.timeout(60_000);
    const adapter = await signedIn(await openAdapter());
    expect(await adapter.support.seedBulkCases(10_000, { requesterEmail: DEMO_USER.email })).to.equal(10_000);
    const page = await adapter.listCases({ scope: 'mine', search: 'lentitud', size: 50 });
    expect(page.items.length).to.be.greaterThan(0);
    expect(page.total).to.be.lessThan(10_000);
    const all = await adapter.listCases({ scope: 'organization' });
    expect(all.total).to.equal(10_000 + 4);
  });
});

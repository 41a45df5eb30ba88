import { expect } from '@open-wc/testing';
import { createLocalAdapter } from '../../../src/adapters/local/index.js';
import { categoryCards } from '../../../src/widget/presets/category-cards.js';
import { caseInput, cleanUp, DEMO_USER, openAdapter, otherPreset, signedIn, uniqueDatabaseName } from './fixtures.js';

describe('local adapter: persistence', () => {
  afterEach(cleanUp);

  it('keeps what was created across a reload, and seeds only once', async () => {
    const databaseName = uniqueDatabaseName();
    const first = await signedIn(await openAdapter({ databaseName }));
    const seeded = await first.support.listAllCases();
    expect(seeded).to.have.length(categoryCards.cases!.length);
    const created = await first.createCase(caseInput(), { idempotencyKey: 'reload-1' });
    first.close();

    // A second instance on the same database is what the page gets after a reload.
    const second = await signedIn(await openAdapter({ databaseName }));
    const all = await second.support.listAllCases();
    expect(all).to.have.length(seeded.length + 1);
    expect((await second.getCase(created.id)).reference).to.equal(created.reference);

    // The reference sequence goes on from where it was: no number is handed out twice.
    const next = await second.createCase(caseInput(), { idempotencyKey: 'reload-2' });
    const sequence = (reference: string) => Number(reference.split('-')[1]);
    expect(sequence(next.reference)).to.equal(sequence(created.reference) + 1);
  });

  it('keeps the session in the chosen Web Storage across instances, and never the password', async () => {
    const databaseName = uniqueDatabaseName();
    const first = await signedIn(await openAdapter({ databaseName, sessionStorage: 'session' }));
    const stored = sessionStorage.getItem(`${databaseName}:session`);
    expect(stored).to.be.a('string').and.not.contain(DEMO_USER.password);
    const second = await openAdapter({ databaseName, sessionStorage: 'session' });
    expect((await second.getSession())?.user.email).to.equal(DEMO_USER.email);
    await first.signOut();
    expect(sessionStorage.getItem(`${databaseName}:session`)).to.equal(null);
    expect(await second.getSession()).to.equal(null);
  });

  it('names its database after the preset, so presets never mix', async () => {
    // Unique preset ids, so this test never touches a real demo database of the same origin.
    const suffix = uniqueDatabaseName();
    const cardsPreset = { ...categoryCards, id: `cards-${suffix}` };
    const otherOne = { ...otherPreset, id: `other-${suffix}` };
    const expected = [`helpdesk-elements:cards-${suffix}`, `helpdesk-elements:other-${suffix}`];
    const cards = createLocalAdapter({ preset: cardsPreset, sessionStorage: 'memory', passwordIterations: 1000 });
    const other = createLocalAdapter({ preset: otherOne, sessionStorage: 'memory', passwordIterations: 1000 });
    try {
      await Promise.all([cards.ready, other.ready]);
      const names = (await indexedDB.databases()).map(database => database.name);
      expect(names).to.include.members(expected);
      expect(await other.support.listAllCases()).to.have.length(0);
      expect((await other.listCategories()).map(category => category.id)).to.deep.equal(['support', 'fire']);
      expect(await cards.support.listAllCases()).to.have.length(categoryCards.cases!.length);
    } finally {
      cards.close();
      other.close();
      for (const name of expected) {
        await new Promise(resolve => {
          const request = indexedDB.deleteDatabase(name);
          request.onsuccess = request.onerror = request.onblocked = () => resolve(undefined);
        });
      }
    }
  });

  it("lists another tab's writes, and its own, without a stale page", async () => {
    const databaseName = uniqueDatabaseName();
    const here = await signedIn(await openAdapter({ databaseName }));
    const there = await signedIn(await openAdapter({ databaseName }));
    const before = (await here.listCases({ scope: 'mine' })).total!;
    const theirs = await there.createCase(caseInput({ subject: 'Desde otra pestaña' }), { idempotencyKey: 'tab-b' });
    const afterTheirs = await here.listCases({ scope: 'mine', search: 'otra pestana' });
    expect(afterTheirs.items.map(item => item.id)).to.deep.equal([theirs.id]);
    const ours = await here.createCase(caseInput({ subject: 'Desde esta pestaña' }), { idempotencyKey: 'tab-a' });
    expect((await here.listCases({ scope: 'mine' })).total).to.equal(before + 2);
    await there.support.setStatus(ours.id, 'cerrado');
    const closed = await here.listCases({ scope: 'mine', statusCategories: ['closed'] });
    expect(closed.items.map(item => item.id)).to.deep.equal([ours.id]);
    // A reset in another tab wipes the sessions too: this tab must sign in again, and sees the seed only.
    await there.reset();
    expect(await here.getSession()).to.equal(null);
    await signedIn(here);
    expect((await here.listCases({ scope: 'mine' })).total).to.equal(before);
  });

  it('reset() wipes everything and seeds again, signing this tab out', async () => {
    const adapter = await signedIn(await openAdapter());
    await adapter.createCase(caseInput(), { idempotencyKey: 'before-reset' });
    await adapter.requestPasswordReset(DEMO_USER.email);
    await adapter.reset();
    expect(await adapter.getSession()).to.equal(null);
    expect(await adapter.mailbox.list()).to.have.length(0);
    expect(await adapter.support.listAllCases()).to.have.length(categoryCards.cases!.length);
    // The seeded accounts work again after a reset.
    await signedIn(adapter);
  });

  it('seeds sample cases with their threads, organization and sequence numbers', async () => {
    const adapter = await signedIn(await openAdapter());
    const page = await adapter.listCases({ scope: 'organization', sort: { field: 'reference', direction: 'asc' } });
    expect(page.total).to.equal(categoryCards.cases!.length);
    expect(page.items.map(item => item.reference.slice(0, 9))).to.deep.equal([
      'CAS-00001',
      'CAS-00002',
      'CAS-00003',
      'CAS-00004'
    ]);
    const [first] = page.items;
    expect(first!.organization?.name).to.equal('Comercializadora Andina S.A.S.');
    expect(first!.categoryPath.map(step => step.name)).to.deep.equal(['Inconveniente Técnico', 'Lentitud']);
    const thread = await adapter.listComments(first!.id, { order: 'oldest-first' });
    expect(thread.items[0]!.author.role).to.equal('agent');
    expect(Date.parse(first!.updatedAt)).to.be.greaterThan(Date.parse(first!.createdAt));
  });
});

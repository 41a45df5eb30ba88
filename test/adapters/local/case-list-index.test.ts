import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import type { LocalAdapter } from '../../../src/adapters/local/index.js';
import { caseSearchKey } from '../../../src/adapters/local/search-key.js';
import { fold, words } from '../../../src/adapters/local/text.js';
import type { Case, CaseQuery, CaseSortField } from '../../../src/core/index.js';
import { categoryCards } from '../../../src/widget/presets/category-cards.js';
import { caseInput, cleanUp, DEMO_USER, openAdapter, signedIn, uniqueDatabaseName } from './fixtures.js';

// The listing keeps sorted orders and filtered listings in memory, patches them on writes, catches up with other
// tabs through a log and starts new pages from a saved snapshot. Whatever path it took, every listing must equal
// a plain sort of every case (the reference below), and keyset pages must neither repeat nor skip.

const FIELDS: CaseSortField[] = ['createdAt', 'updatedAt', 'reference', 'subject', 'priority', 'status'];
const PRIORITIES = ['low', 'normal', 'high', 'urgent'];
const STATUSES = categoryCards.statuses.map(status => status.id);
const ORGANIZATION = 'org-andina';

function sortKey(item: Case, field: CaseSortField): string | number {
  switch (field) {
    case 'createdAt':
      return item.createdAt;
    case 'updatedAt':
      return item.updatedAt;
    case 'reference':
      return item.reference;
    case 'subject':
      return fold(item.subject);
    case 'priority':
      return PRIORITIES.indexOf(item.priority);
    case 'status':
      return STATUSES.indexOf(item.status.id);
  }
}

/** What a listing must hold, computed the slow, obvious way from every case. */
function reference(all: Case[], query: CaseQuery): string[] {
  const sort = query.sort ?? { field: 'createdAt', direction: 'desc' };
  const categories = query.statusCategories;
  const terms = words(query.search ?? '');
  const matching = all.filter(item => {
    const inScope =
      query.scope === 'mine' ? item.requester.id === DEMO_USER.id : item.organization?.id === ORGANIZATION;
    const text = caseSearchKey({
      reference: item.reference,
      subject: item.subject,
      description: item.description,
      fields: item.fields
    });
    return (
      inScope &&
      (!categories || categories.includes(item.status.category)) &&
      (!query.statusIds || query.statusIds.includes(item.status.id)) &&
      terms.every(term => text.includes(term))
    );
  });
  matching.sort((a, b) => {
    const left = sortKey(a, sort.field);
    const right = sortKey(b, sort.field);
    const order = left < right ? -1 : left > right ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    return sort.direction === 'asc' ? order : -order;
  });
  return matching.map(item => item.id);
}

/** Every page of a listing; `between(page)` runs after each page but the last. Also returns the first total. */
async function pages(
  adapter: LocalAdapter,
  query: CaseQuery,
  between?: (page: number) => Promise<void>
): Promise<{ ids: string[]; items: Case[]; total: number | undefined }> {
  const items: Case[] = [];
  let cursor: string | null = null;
  let total: number | undefined;
  let page = 0;
  do {
    const answer = await adapter.listCases({ ...query, cursor });
    items.push(...answer.items);
    total ??= answer.total;
    cursor = answer.nextCursor;
    page += 1;
    if (cursor !== null) await between?.(page);
  } while (cursor !== null && page < 200);
  return { ids: items.map(item => item.id), items, total };
}

/** Every listing of every sort, both directions, with and without filters, against the reference. */
async function expectListingsExact(adapter: LocalAdapter, what: string): Promise<void> {
  const all = await adapter.support.listAllCases();
  const filters: Omit<CaseQuery, 'scope'>[] = [
    {},
    { statusCategories: ['new', 'open', 'waiting-on-customer', 'waiting-on-support'] },
    { statusIds: ['cerrado', 'nuevo'] },
    { search: 'FALLA' },
    { search: 'manana', statusCategories: ['closed', 'resolved'] }
  ];
  for (const field of FIELDS) {
    for (const direction of ['asc', 'desc'] as const) {
      for (const [index, filter] of filters.entries()) {
        for (const scope of index === 0 ? (['mine', 'organization'] as const) : (['mine'] as const)) {
          const query: CaseQuery = { scope, sort: { field, direction }, size: 9, ...filter };
          const expected = reference(all, query);
          const { ids, items, total } = await pages(adapter, query);
          const label = `${what}: ${scope} by ${field} ${direction} ${JSON.stringify(filter)}`;
          expect(ids, label).to.deep.equal(expected);
          expect(total, label).to.equal(expected.length);
          // The cases themselves as they are now (status, dates), not as a kept copy had them.
          if (index === 0) expect(items, label).to.deep.equal(expected.map(id => all.find(item => item.id === id)));
        }
      }
    }
  }
}

/** Some writes of every kind: new cases (accents in the subject), status moves, replies (new `updatedAt`). */
async function writeSome(adapter: LocalAdapter, tag: string): Promise<void> {
  const mine = (await adapter.listCases({ scope: 'mine', size: 40 })).items;
  await adapter.createCase(caseInput({ subject: `Ábaco de mañana ${tag}` }), { idempotencyKey: `a-${tag}` });
  await adapter.createCase(caseInput({ subject: `zeta falla ${tag}` }), { idempotencyKey: `z-${tag}` });
  for (const [index, item] of mine.slice(0, 12).entries()) {
    if (index % 3 === 0) await adapter.support.setStatus(item.id, STATUSES[index % STATUSES.length]!);
    else if (index % 3 === 1) await adapter.support.reply(item.id, { body: `Respuesta ${tag}` });
    else await adapter.closeCase(item.id);
  }
}

describe('local adapter: case listing from the kept index', () => {
  afterEach(cleanUp);

  it('lists exactly what a fresh sort gives, for every sort, filter and search, after writes patched it', async function () {
    this.timeout(60_000);
    const adapter = await signedIn(await openAdapter());
    await adapter.support.seedBulkCases(45, { requesterEmail: DEMO_USER.email });
    // Every sorted order built and kept before the writes, so the writes patch them.
    for (const field of FIELDS) await adapter.listCases({ scope: 'mine', size: 3, sort: { field, direction: 'asc' } });
    await expectListingsExact(adapter, 'before writes');
    await writeSome(adapter, 'one');
    await expectListingsExact(adapter, 'after writes');
  });

  it('hands out copies: changing a listed case changes nothing in the next listing', async () => {
    const adapter = await signedIn(await openAdapter());
    const query: CaseQuery = { scope: 'mine', size: 5 };
    const [first] = (await adapter.listCases(query)).items;
    const pristine = structuredClone(first!);
    first!.subject = 'cambiado';
    first!.categoryPath[0]!.name = 'cambiado';
    first!.requester.name = 'cambiado';
    first!.status.label = 'cambiado';
    first!.fields['plataforma'] = 'cambiado';
    expect((await adapter.listCases(query)).items[0]).to.deep.equal(pristine);
  });

  it('keeps keyset pages exact when cases change between pages, filtered or not', async () => {
    const adapter = await signedIn(await openAdapter());
    await adapter.support.seedBulkCases(40, { requesterEmail: DEMO_USER.email });
    for (const query of [
      { scope: 'mine', size: 6, sort: { field: 'updatedAt', direction: 'desc' } },
      { scope: 'mine', size: 6, sort: { field: 'status', direction: 'asc' } },
      { scope: 'mine', size: 4, statusCategories: ['resolved', 'closed'] },
      { scope: 'organization', size: 5, search: 'consulta', sort: { field: 'subject', direction: 'asc' } }
    ] as CaseQuery[]) {
      const label = JSON.stringify(query);
      const before = reference(await adapter.support.listAllCases(), query);
      const changed = new Set<string>();
      let step = 0;
      const { ids } = await pages(adapter, query, async page => {
        // A new case, and a case further down the listing moved (out of the filter, or elsewhere in the order).
        step += 1;
        const created = await adapter.createCase(caseInput({ subject: `Consulta nueva ${step}` }), {
          idempotencyKey: `${label}-${step}`
        });
        changed.add(created.id);
        const ahead = before[page * (query.size ?? 25) + 2];
        if (ahead && !changed.has(ahead)) {
          changed.add(ahead);
          await adapter.support.setStatus(ahead, step % 2 ? 'en-revision' : 'nuevo');
        }
      });
      expect(new Set(ids).size, `no repeats: ${label}`).to.equal(ids.length);
      const unchanged = before.filter(id => !changed.has(id));
      expect(ids, `nothing unchanged skipped: ${label}`).to.include.members(unchanged);
      // Whatever was handed out still matches the filter or did when it was handed out; the order of unchanged
      // cases is the order they had.
      expect(
        ids.filter(id => unchanged.includes(id)),
        `order: ${label}`
      ).to.deep.equal(unchanged);
      // And a listing after the writes is exact again.
      const all = await adapter.support.listAllCases();
      expect((await pages(adapter, query)).ids, `after: ${label}`).to.deep.equal(reference(all, query));
    }
  });

  it("follows another tab's writes: a few through the log, many or bulk ones by building again", async function () {
    this.timeout(60_000);
    const databaseName = uniqueDatabaseName();
    const here = await signedIn(await openAdapter({ databaseName }));
    const there = await signedIn(await openAdapter({ databaseName }));
    await there.support.seedBulkCases(30, { requesterEmail: DEMO_USER.email });
    for (const field of FIELDS) await here.listCases({ scope: 'mine', size: 3, sort: { field, direction: 'desc' } });

    await writeSome(there, 'tab');
    await expectListingsExact(here, 'a few writes in another tab');

    // More writes than the log remembers (64).
    const ids = (await there.listCases({ scope: 'mine', size: 20 })).items.map(item => item.id);
    for (let i = 0; i < 70; i += 1) await there.support.setStatus(ids[i % ids.length]!, STATUSES[i % STATUSES.length]!);
    await expectListingsExact(here, 'many writes in another tab');

    // A bulk insert logs no ids.
    const total = (await here.listCases({ scope: 'mine' })).total!;
    await there.support.seedBulkCases(150, { requesterEmail: DEMO_USER.email });
    expect((await here.listCases({ scope: 'mine' })).total).to.equal(total + 150);
    const query: CaseQuery = { scope: 'mine', size: 100, sort: { field: 'subject', direction: 'asc' } };
    expect((await pages(here, query)).ids).to.deep.equal(reference(await here.support.listAllCases(), query));
  });

  it('answers a new page’s first plain listing from IndexedDB’s indexes, and pages on exactly', async function () {
    this.timeout(60_000);
    const databaseName = uniqueDatabaseName();
    const first = await signedIn(await openAdapter({ databaseName }));
    await first.support.seedBulkCases(45, { requesterEmail: DEMO_USER.email });
    await writeSome(first, 'before-reload');
    const all = await first.support.listAllCases();
    const queries: CaseQuery[] = [
      { scope: 'mine', size: 7, sort: { field: 'createdAt', direction: 'desc' } },
      { scope: 'mine', size: 7, sort: { field: 'createdAt', direction: 'asc' } },
      { scope: 'organization', size: 7 }
    ];
    // With IndexedDB 3.0's getAllRecords (Chromium), and with the cursor other browsers get.
    const prototype = IDBIndex.prototype as { getAllRecords?: unknown };
    const getAllRecords = prototype.getAllRecords;
    for (const withGetAllRecords of [true, false]) {
      if (!withGetAllRecords) delete prototype.getAllRecords;
      try {
        for (const query of queries) {
          // A new adapter on the same database: its summary is not built yet, so the first page comes from the store.
          const fresh = await signedIn(await openAdapter({ databaseName }));
          const expected = reference(all, query);
          const listed = await pages(fresh, query);
          expect(listed.ids, `${JSON.stringify(query)}, getAllRecords: ${withGetAllRecords}`).to.deep.equal(expected);
          expect(listed.total).to.equal(expected.length);
        }
      } finally {
        if (getAllRecords) prototype.getAllRecords = getAllRecords;
      }
    }
  });

  it('lists for the user as stored now, not as last seen, when their organization changed meanwhile', async function () {
    this.timeout(30_000);
    const databaseName = uniqueDatabaseName();
    const seeding = await signedIn(await openAdapter({ databaseName }));
    await seeding.support.seedBulkCases(12, { requesterEmail: DEMO_USER.email });
    // Support moves the customer to another organization, as another tab or a support console would.
    const moveTo = async (organizationId: string) => {
      const db = await openDB(databaseName);
      const user = await db.get('users', DEMO_USER.id);
      await db.put('users', { ...user, organizationId });
      db.close();
    };
    const organizationCases = (adapter: LocalAdapter, query: Omit<CaseQuery, 'scope'> = {}) =>
      adapter.listCases({ scope: 'organization', ...query });

    // A page's first plain listing (read from IndexedDB's indexes), right after signing in.
    const fresh = await signedIn(await openAdapter({ databaseName }));
    await moveTo('org-elsewhere');
    expect((await organizationCases(fresh)).total).to.equal(0);

    // A listing from the kept index, after an earlier one.
    await moveTo('org-andina');
    const warm = await signedIn(await openAdapter({ databaseName }));
    const open = { statusCategories: ['new', 'open'] } satisfies Omit<CaseQuery, 'scope'>;
    const before = await organizationCases(warm, open);
    expect(before.total).to.be.greaterThan(0);
    await moveTo('org-elsewhere');
    expect((await organizationCases(warm, open)).total).to.equal(0);
    expect((await organizationCases(warm)).items).to.deep.equal([]);
  });

  it('starts a new page from the saved snapshot, catches up with later writes, ignores a broken one', async function () {
    this.timeout(60_000);
    const databaseName = uniqueDatabaseName();
    const first = await signedIn(await openAdapter({ databaseName }));
    // More than one piece of 1,000 summaries.
    await first.support.seedBulkCases(1_030, { requesterEmail: DEMO_USER.email });
    const db = await openDB(databaseName);
    try {
      const saved = await db.get('meta', 'caseSummaries');
      expect(saved).to.include({ format: 2, version: await db.get('meta', 'casesVersion'), chunks: 2 });
      const pieces = [await db.get('meta', 'caseSummaries:0'), await db.get('meta', 'caseSummaries:1')];
      expect(pieces.map(piece => piece.version)).to.deep.equal([saved.version, saved.version]);
      expect(pieces[0].columns.id.length + pieces[1].columns.id.length).to.equal(1_030 + categoryCards.cases!.length);

      // Writes after the snapshot, then a reload: snapshot plus log.
      await writeSome(first, 'after-snapshot');
      expect((await db.get('meta', 'caseSummaries')).version).to.equal(saved.version);
      await expectListingsExact(await signedIn(await openAdapter({ databaseName })), 'reloaded');

      // A snapshot that claims to be current but has a broken piece, or a piece of another version, is not trusted.
      const version = await db.get('meta', 'casesVersion');
      await db.put('meta', { ...saved, version }, 'caseSummaries');
      await db.put('meta', { version, columns: { ...pieces[1].columns, id: [1] } }, 'caseSummaries:1');
      await expectListingsExact(await signedIn(await openAdapter({ databaseName })), 'broken piece');
      await db.put('meta', pieces[1], 'caseSummaries:1');
      await expectListingsExact(await signedIn(await openAdapter({ databaseName })), 'piece of another version');

      // The one-record snapshot of earlier versions is still read (here: one that is a few writes behind).
      const columns = Object.fromEntries(
        Object.keys(pieces[0].columns).map(field => [field, [...pieces[0].columns[field], ...pieces[1].columns[field]]])
      );
      await db.put('meta', { format: 1, version: saved.version, columns }, 'caseSummaries');
      await expectListingsExact(await signedIn(await openAdapter({ databaseName })), 'snapshot of format 1');
    } finally {
      db.close();
    }
  });
});

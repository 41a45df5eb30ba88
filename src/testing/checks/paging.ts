import type { CaseQuery } from '../../core/adapter.js';
import type { Case } from '../../core/model/case.js';
import { assert, assertEqual, fail, rejects, show } from '../assert.js';
import { check, type ConformanceGroup } from '../check.js';
import { delay, skip, uniqueKey, uniqueWord, type CheckContext } from '../context.js';

function duplicatesOf(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
}

/** Follows cursors with a small page size, checking each page keeps to it. */
async function pageIds(t: CheckContext, query: Omit<CaseQuery, 'cursor' | 'size'>, size: number): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 500; page++) {
    const result = await t.adapter.listCases({ ...query, size, cursor });
    assert(result.items.length <= size, `a page asked for ${size} items has ${result.items.length}`);
    ids.push(...result.items.map(item => item.id));
    if (result.nextCursor === null) return ids;
    cursor = result.nextCursor;
  }
  return fail('listCases() kept returning a next cursor after 500 pages');
}

/** Every id of `expected` appears exactly once in `visited`, and nothing appears twice. */
function assertVisitedOnce(visited: readonly string[], expected: readonly string[], what: string): void {
  const duplicates = duplicatesOf(visited);
  assertEqual(duplicates.length, 0, `${what}: cases listed twice (${duplicates.join(', ')})`);
  const missing = expected.filter(id => !visited.includes(id));
  assertEqual(missing.length, 0, `${what}: cases skipped (${missing.join(', ')})`);
}

async function createSeveral(t: CheckContext, count: number, subject?: (index: number) => string): Promise<Case[]> {
  const created: Case[] = [];
  for (let index = 0; index < count; index++) {
    created.push(await t.createCase(subject ? { subject: subject(index) } : {}));
    // Distinct creation times, so orderings by createdAt are unambiguous.
    await delay(15);
  }
  return created;
}

function assertOrdered(items: readonly Case[], direction: 'asc' | 'desc', what: string): void {
  for (let i = 1; i < items.length; i++) {
    const [before, after] = [Date.parse(items[i - 1]!.createdAt), Date.parse(items[i]!.createdAt)];
    const ordered = direction === 'asc' ? before <= after : before >= after;
    assert(ordered, `${what}: ${items[i - 1]!.createdAt} comes before ${items[i]!.createdAt}`);
  }
}

/** Positions of `ids` in `items`, in the order of `ids`. */
function positions(items: readonly Case[], ids: readonly string[]): number[] {
  return ids.map(id => items.findIndex(item => item.id === id));
}

/** Makes `target` a case in a status category other than its initial one, or returns false when it cannot. */
async function moveToClosed(t: CheckContext, target: Case): Promise<boolean> {
  if ((await t.capabilities()).cases.close) {
    await t.adapter.closeCase(target.id);
    return true;
  }
  if (t.fixture.support?.setStatus) {
    await t.fixture.support.setStatus(target.id, 'closed');
    return true;
  }
  return false;
}

export const pagingChecks: ConformanceGroup = {
  name: 'listing and paging',
  checks: [
    check('listCases() returns a page that keeps to the requested size and points to the next one', async t => {
      await t.signIn();
      await t.requireListing();
      await createSeveral(t, 3);
      const page = await t.adapter.listCases({ scope: 'mine', size: 2 });
      assert(page.items.length >= 1 && page.items.length <= 2, `a page of size 2 has ${page.items.length} items`);
      assert(page.nextCursor !== null, 'the first page of 3 or more cases, 2 at a time, has no next cursor');
      if (page.total !== undefined) assert(page.total >= 3, `page.total is ${page.total} with 3 cases created`);
    }),

    check('paging 2 at a time visits every case exactly once, as a full listing does', async t => {
      await t.signIn();
      await t.requireListing();
      const created = await createSeveral(t, 5);
      const full = await t.listAllIds({ scope: 'mine', size: 100 });
      assertVisitedOnce(
        full,
        created.map(item => item.id),
        'the full listing'
      );
      const paged = await pageIds(t, { scope: 'mine' }, 2);
      assertVisitedOnce(paged, full, 'paging 2 at a time');
      assertEqual(paged.length, full.length, 'the number of cases visited by paging');
      const first = await t.adapter.listCases({ scope: 'mine', size: 2 });
      if (first.total !== undefined) assertEqual(first.total, full.length, 'page.total');
    }),

    check('a case created between two page loads neither repeats nor skips the listed cases', async t => {
      await t.signIn();
      await t.requireListing();
      await createSeveral(t, 5);
      const sorts: (CaseQuery['sort'] | undefined)[] = [
        undefined,
        { field: 'createdAt', direction: 'desc' },
        { field: 'createdAt', direction: 'asc' }
      ];
      for (const sort of sorts) {
        const query: Omit<CaseQuery, 'cursor'> = sort ? { scope: 'mine', sort } : { scope: 'mine' };
        const what = sort ? `sorted by createdAt ${sort.direction}` : 'in the default order';
        const before = await t.listAllIds({ ...query, size: 100 });
        const first = await t.adapter.listCases({ ...query, size: 2 });
        await t.createCase();
        const visited = first.items.map(item => item.id);
        let cursor = first.nextCursor;
        for (let page = 0; cursor !== null && page < 500; page++) {
          const next = await t.adapter.listCases({ ...query, size: 2, cursor });
          visited.push(...next.items.map(item => item.id));
          cursor = next.nextCursor;
        }
        assertVisitedOnce(visited, before, `paging ${what} across a new case`);
      }
    }),

    check('paging a filtered, sorted query visits each matching case exactly once', async t => {
      await t.signIn();
      await t.requireListing();
      const created = await createSeveral(t, 4);
      const category = created[0]!.status.category;
      const query: Omit<CaseQuery, 'cursor'> = {
        scope: 'mine',
        statusCategories: [category],
        sort: { field: 'createdAt', direction: 'asc' }
      };
      const full = await t.listAll({ ...query, size: 100 });
      const paged = await pageIds(t, query, 2);
      assertVisitedOnce(
        paged,
        full.map(item => item.id),
        'paging the filtered query'
      );
      assertEqual(paged.length, full.length, 'the number of cases visited by paging');
    }),

    check('a malformed cursor is invalid', async t => {
      await t.signIn();
      await t.requireListing();
      await rejects(
        t.adapter.listCases({ scope: 'mine', cursor: `%%not-a-cursor-${uniqueWord()}%%` }),
        'invalid',
        'listCases() with a malformed cursor'
      );
    }),

    check('statusCategories returns only cases in those categories', async t => {
      await t.signIn();
      await t.requireListing();
      const [open, other] = await createSeveral(t, 2);
      const moved = await moveToClosed(t, other!);
      const openCategory = open!.status.category;
      const otherCategory = (await t.adapter.getCase(other!.id)).status.category;
      const onlyOpen = await t.listAll({ scope: 'mine', size: 100, statusCategories: [openCategory] });
      for (const item of onlyOpen) assertEqual(item.status.category, openCategory, `the status of ${item.id}`);
      assert(
        onlyOpen.some(item => item.id === open!.id),
        `filtering by ${openCategory} misses a case in it`
      );
      if (!moved || otherCategory === openCategory) return;
      assert(!onlyOpen.some(item => item.id === other!.id), `filtering by ${openCategory} lists a ${otherCategory}`);
      const onlyOther = await t.listAll({ scope: 'mine', size: 100, statusCategories: [otherCategory] });
      for (const item of onlyOther) assertEqual(item.status.category, otherCategory, `the status of ${item.id}`);
      assert(
        onlyOther.some(item => item.id === other!.id),
        `filtering by ${otherCategory} misses a case in it`
      );
      const both = await t.listAllIds({ scope: 'mine', size: 100, statusCategories: [openCategory, otherCategory] });
      assert(both.includes(open!.id) && both.includes(other!.id), 'filtering by both categories misses a case');
    }),

    check('statusIds returns only cases in those statuses', async t => {
      await t.signIn();
      await t.requireListing();
      const [open, other] = await createSeveral(t, 2);
      const moved = await moveToClosed(t, other!);
      const statusId = open!.status.id;
      const listed = await t.listAll({ scope: 'mine', size: 100, statusIds: [statusId] });
      for (const item of listed) assertEqual(item.status.id, statusId, `the status of ${item.id}`);
      assert(
        listed.some(item => item.id === open!.id),
        `filtering by status ${statusId} misses a case in it`
      );
      if (moved) assert(!listed.some(item => item.id === other!.id), 'filtering by status lists a closed case');
    }),

    check('search finds a case by a unique word of its subject, and lists only matching cases', async t => {
      await t.signIn();
      await t.requireListing();
      const mode = (await t.capabilities()).cases.search;
      if (mode === 'none') skip('capabilities().cases.search is none');
      const word = uniqueWord();
      const match = await t.createCase({ subject: `Conformance search ${word} subject` });
      const other = await t.createCase();
      const found = await t.listAll({ scope: 'mine', size: 100, search: word });
      assert(
        found.some(item => item.id === match.id),
        `searching ${show(word)} misses the case with it in its subject`
      );
      assert(!found.some(item => item.id === other.id), `searching ${show(word)} lists a case without it`);
      for (const item of found) {
        const text = mode === 'subject' ? item.subject : JSON.stringify(item);
        assert(text.toLowerCase().includes(word), `searching ${show(word)} lists ${item.id} (${show(item.subject)})`);
      }
    }),

    check('fulltext search finds a case by a word of its description', async t => {
      await t.signIn();
      await t.requireListing();
      if ((await t.capabilities()).cases.search !== 'fulltext') skip('capabilities().cases.search is not fulltext');
      const word = uniqueWord();
      const match = await t.createCase({ description: `The conformance suite wrote ${word} in the description.` });
      await t.createCase();
      const found = await t.listAll({ scope: 'mine', size: 100, search: word });
      assertEqual(found.map(item => item.id).join(), match.id, `the cases found by ${show(word)}`);
    }),

    check('search with no match returns an empty last page', async t => {
      await t.signIn();
      await t.requireListing();
      if ((await t.capabilities()).cases.search === 'none') skip('capabilities().cases.search is none');
      await t.createCase();
      const page = await t.adapter.listCases({ scope: 'mine', search: `nomatch${uniqueWord()}` });
      assertEqual(page.items.length, 0, 'the number of cases found');
      assertEqual(page.nextCursor, null, 'nextCursor of an empty result');
      if (page.total !== undefined) assertEqual(page.total, 0, 'page.total of an empty result');
    }),

    check('sorting by createdAt ascending and descending orders the cases, across pages', async t => {
      await t.signIn();
      await t.requireListing();
      const ids = (await createSeveral(t, 3)).map(item => item.id);
      for (const direction of ['asc', 'desc'] as const) {
        const items = await t.listAll({ scope: 'mine', size: 2, sort: { field: 'createdAt', direction } });
        assertOrdered(items, direction, `createdAt ${direction}`);
        const at = positions(items, ids);
        const inOrder = direction === 'asc' ? at[0]! < at[1]! && at[1]! < at[2]! : at[0]! > at[1]! && at[1]! > at[2]!;
        assert(at.every(index => index >= 0) && inOrder, `the three new cases sorted ${direction} are at ${at}`);
      }
    }),

    check('sorting by subject orders the cases in both directions', async t => {
      await t.signIn();
      await t.requireListing();
      const word = uniqueWord();
      // Created out of order, so a listing that merely keeps creation order fails.
      const created = await createSeveral(t, 3, index => `Conformance ${word} ${['b', 'c', 'a'][index]}`);
      const [b, c, a] = created.map(item => item.id);
      for (const direction of ['asc', 'desc'] as const) {
        const items = await t.listAll({ scope: 'mine', size: 100, sort: { field: 'subject', direction } });
        const at = positions(items, direction === 'asc' ? [a!, b!, c!] : [c!, b!, a!]);
        assert(at.every(i => i >= 0) && at[0]! < at[1]! && at[1]! < at[2]!, `subjects ${direction} are at ${at}`);
      }
    }),

    check("the organization scope lists a colleague's case, the mine scope does not", async t => {
      const colleague = t.fixture.colleague;
      if (!colleague) skip('the fixture has no colleague');
      await t.requireListing();
      const { cases } = await t.capabilities();
      await t.signIn(colleague);
      const theirs = await t.createCase();
      await t.adapter.signOut();
      await t.signIn();
      if (!cases.organizationScope) {
        await rejects(t.adapter.listCases({ scope: 'organization' }), ['unsupported', 'forbidden'], 'organization');
        return;
      }
      const organization = await t.listAllIds({ scope: 'organization', size: 100 });
      assert(organization.includes(theirs.id), "the organization scope misses the colleague's case");
      const mine = await t.listAllIds({ scope: 'mine', size: 100 });
      assert(!mine.includes(theirs.id), "the mine scope lists the colleague's case");
      assertEqual((await t.adapter.getCase(theirs.id)).id, theirs.id, "getCase() of the colleague's case");
    }),

    check("a customer of another organization can neither list nor read the customer's cases", async t => {
      const outsider = t.fixture.outsider;
      if (!outsider) skip('the fixture has no outsider');
      await t.signIn();
      const ours = await t.createCase();
      await t.adapter.signOut();
      await t.signIn(outsider);
      const { cases } = await t.capabilities();
      if (cases.list) {
        assert(!(await t.listAllIds()).includes(ours.id), "the outsider's mine scope lists our case");
        if (cases.organizationScope) {
          const theirs = await t.listAllIds({ scope: 'organization', size: 100 });
          assert(!theirs.includes(ours.id), "the outsider's organization scope lists our case");
        }
      }
      await rejects(t.adapter.getCase(ours.id), ['not-found', 'forbidden'], 'getCase() by an outsider');
      await rejects(t.adapter.listComments(ours.id), ['not-found', 'forbidden'], 'listComments() by an outsider');
      await rejects(
        t.adapter.addComment(ours.id, { body: 'Not mine', attachments: [] }, { idempotencyKey: uniqueKey() }),
        ['not-found', 'forbidden', 'unsupported'],
        'addComment() by an outsider'
      );
    }),

    check('listCases() is unsupported when the backend cannot list cases', async t => {
      if ((await t.capabilities()).cases.list) skip('capabilities().cases.list is true');
      await t.signIn();
      await rejects(t.adapter.listCases({ scope: 'mine' }), 'unsupported', 'listCases()');
    })
  ]
};

import * as z from 'zod/mini';
import { HelpDeskError, StatusCategory, type Case, type CaseQuery, type Page } from '../../core/index.js';
import { requireCapability } from './capability-defaults.js';
import { isPlainFirstPage, plainFirstPage, type CaseOwner } from './case-first-page.js';
import type { CasesTransaction, CaseSummary, Placed } from './case-index.js';
import { countBefore, DEFAULT_CASE_SORT, type CaseSort } from './case-order.js';
import { caseOf, CasePage, statusById } from './case-view.js';
import { checked } from './checked.js';
import type { LocalContext } from './context.js';
import { decodeCursor, encodeCursor, pageSize, SortKey } from './cursor.js';
import { invalid } from './errors.js';
import type { CaseRecord, CatalogRecord, UserRecord } from './records.js';
import { lastUserOf, requireUserIn, sessionTokenHash } from './sessions.js';
import { words } from './text.js';

const SORT_FIELDS = ['createdAt', 'updatedAt', 'reference', 'subject', 'priority', 'status'] as const;

/** What a case-list cursor holds: the sort it was made for, and the last case handed out (its key and id). */
const CaseCursor = z.object({
  f: z.enum(SORT_FIELDS),
  d: z.enum(['asc', 'desc']),
  k: SortKey,
  i: z.string()
});

export async function listCases(ctx: LocalContext, query: CaseQuery): Promise<Page<Case>> {
  requireCapability(ctx.capabilities.cases.list, 'case lists');
  const { db, catalog } = await ctx.state();
  const tokenHash = await sessionTokenHash(ctx);
  const sort = checkSort(query.sort);
  const size = pageSize(query.size);
  const after = query.cursor ? decodeCursor(query.cursor, CaseCursor) : undefined;
  if (after && (after.f !== sort.field || after.d !== sort.direction)) {
    throw invalid(
      'The cursor was made for another sort order.',
      { cursor: 'Cursor of another sort order.' },
      'bad-cursor'
    );
  }

  const filter = filterFor(ctx, catalog, query);
  // One transaction for the session, the index's version stamp and the page's cases.
  const tx = db.transaction(['sessions', 'users', 'meta', 'cases']);
  // A plain first page (by creation time, no search or status filter: what a list shows first, and shows again on
  // every refresh) is read through IndexedDB's own indexes, whose work is done off the main thread, instead of
  // filtering every case of the in-memory index on it. That index is built when the page is idle, for the rest.
  const fromStore = isPlainFirstPage(query, sort);
  const listing: Listing = { catalog, scope: query.scope, filter, sort, size, after };
  const generation = ctx.caseIndex.generation;
  const signedIn = requireUserIn(ctx, tx, tokenHash);
  const indexed = fromStore ? undefined : ctx.caseIndex.current(tx);
  // While the session and the stamp are on their way, the page is worked out for the user last signed in, and its
  // cases are requested in the same transaction: one round trip instead of two or three. It stands if neither the
  // user nor the index turn out to have changed (the usual case); else it is worked out again.
  const guessedUser = lastUserOf(ctx, tokenHash);
  const guessedScope = guessedUser && scopeOf(ctx, guessedUser, query.scope);
  const guessed = fromStore ? undefined : guessPage(ctx, tx, guessedScope, listing);
  const guessedFirst = fromStore && guessedScope && plainFirstPage(tx, catalog, guessedScope.owner, sort, size);
  if (guessedFirst) guessedFirst.catch(() => undefined);
  const [user] = await Promise.all([signedIn, indexed]);
  const scope = scopeFilter(ctx, user, query.scope);
  if (fromStore) {
    const stands = guessedFirst && guessedScope.key === scope.key;
    const page = await (stands ? guessedFirst : plainFirstPage(tx, catalog, scope.owner, sort, size));
    ctx.caseIndex.buildWhenIdle(db);
    return page;
  }
  const stands = guessed && guessed.scopeKey === scope.key && ctx.caseIndex.generation === generation;
  const page = stands ? guessed.page : planPage(ctx, scope, listing);
  const records = stands ? await guessed.records : await readCases(ctx, tx, page.slice);
  for (const record of records) if (record) ctx.caseIndex.remember(record);
  // The schema check of the page makes new objects: nothing handed out shares the kept records.
  const items = records.flatMap(record => (record ? [caseOf(catalog, record)] : []));
  return checked(CasePage, { items, nextCursor: page.nextCursor, total: page.count }, 'case page');
}

/** What a listing asks for, checked. */
interface Listing {
  catalog: CatalogRecord;
  scope: CaseQuery['scope'];
  filter: Filter;
  sort: CaseSort;
  size: number;
  after: z.infer<typeof CaseCursor> | undefined;
}

/** A page worked out from the index: its cases' places, the cursor after it and how many match in all. */
interface PagePlan {
  slice: Placed[];
  nextCursor: string | null;
  count: number;
}

interface GuessedPage {
  /** The scope the guess was made for (`scopeFilter`'s key). */
  scopeKey: string;
  page: PagePlan;
  records: Promise<(CaseRecord | undefined)[]>;
}

/** The page a guessed scope would see, its cases requested in `tx`; undefined when there is no guess to make. */
function guessPage(
  ctx: LocalContext,
  tx: CasesTransaction,
  scope: Filter | undefined,
  listing: Listing
): GuessedPage | undefined {
  if (!scope || !ctx.caseIndex.isLoaded) return undefined;
  const page = planPage(ctx, scope, listing);
  const records = readCases(ctx, tx, page.slice);
  // A guess that does not stand is dropped unawaited; a failed read fails the transaction, which the answer reports.
  records.catch(() => undefined);
  return { scopeKey: scope.key, page, records };
}

/** `scopeFilter` for a guessed user; undefined where it would throw (said, if still so, once the session is read). */
function scopeOf(ctx: LocalContext, user: UserRecord, scope: CaseQuery['scope']) {
  try {
    return scopeFilter(ctx, user, scope);
  } catch {
    return undefined;
  }
}

/**
 * The page from the index (call after `current`, or as a guess before it). Ascending by the sort field then id; a
 * descending listing reads it from the end. No sort per call: the order is kept (and patched by writes), the
 * filtered listing too, so a next page is a binary search.
 */
function planPage(ctx: LocalContext, scope: Filter, { catalog, filter, sort, size, after }: Listing): PagePlan {
  const matching = ctx.caseIndex.matching(
    sort.field,
    catalog,
    `${scope.key}\u0000${filter.key}`,
    summary => scope.test(summary) && filter.test(summary)
  );
  const count = matching.length;
  const ascending = sort.direction === 'asc';
  // How far into the listing's direction the page starts: right after the cursor's position, whether or not the
  // case it names is still there (keyset paging).
  const start = !after
    ? 0
    : ascending
      ? countBefore(matching, { key: after.k, id: after.i }, true)
      : count - countBefore(matching, { key: after.k, id: after.i }, false);
  const slice: Placed[] = [];
  for (let at = start; at < Math.min(start + size, count); at += 1) {
    slice.push(matching[ascending ? at : count - 1 - at] as Placed);
  }
  const last = slice.at(-1);
  const nextCursor =
    last && start + size < count ? encodeCursor({ f: sort.field, d: sort.direction, k: last.key, i: last.id }) : null;
  return { slice, nextCursor, count };
}

/** The page's cases in full: those kept from an earlier page at this version, the others read in `tx`. */
function readCases(ctx: LocalContext, tx: CasesTransaction, slice: readonly Placed[]) {
  const cases = tx.objectStore('cases');
  return Promise.all(slice.map(position => ctx.caseIndex.record(position.id) ?? cases.get(position.id)));
}

/** A filter and a key naming everything it depends on (for the index's cache of filtered listings). */
interface Filter {
  key: string;
  test: (summary: CaseSummary) => boolean;
}

function scopeFilter(ctx: LocalContext, me: UserRecord, scope: CaseQuery['scope']): Filter & { owner: CaseOwner } {
  if (scope === 'mine') {
    return {
      key: `mine:${me.id}`,
      test: summary => summary.requesterId === me.id,
      owner: { index: 'requesterCreated', id: me.id }
    };
  }
  if (scope !== 'organization') throw invalid(`Unknown scope "${String(scope)}".`, { scope: 'Unknown scope.' });
  requireCapability(ctx.capabilities.cases.organizationScope, 'organization-wide case lists');
  const organizationId = me.organizationId;
  if (organizationId === undefined) {
    throw new HelpDeskError('forbidden', 'The signed-in user belongs to no organization.');
  }
  return {
    key: `organization:${organizationId}`,
    test: summary => summary.organizationId === organizationId,
    owner: { index: 'organizationCreated', id: organizationId }
  };
}

function checkSort(sort: CaseQuery['sort']): CaseSort {
  if (!sort) return DEFAULT_CASE_SORT;
  if (!SORT_FIELDS.includes(sort.field) || (sort.direction !== 'asc' && sort.direction !== 'desc')) {
    throw invalid('Unknown sort field or direction.', { sort: 'Unknown sort.' });
  }
  return sort;
}

/**
 * Status and search filters, prepared once per call: the statuses a case may have as one set, the search as its
 * folded words (then a substring test per word on each case's precomputed folded key).
 */
function filterFor(ctx: LocalContext, catalog: CatalogRecord, query: CaseQuery): Filter {
  const categories = query.statusCategories;
  if (categories?.some(category => !StatusCategory.options.includes(category))) {
    throw invalid('Unknown status category.', { statusCategories: 'Unknown status category.' });
  }
  const search = query.search?.trim() ?? '';
  const mode = ctx.capabilities.cases.search;
  if (search !== '') requireCapability(mode !== 'none', 'case search');
  const terms = words(search);

  const statusIds = query.statusIds && new Set(query.statusIds);
  const allowed = categories
    ? new Set(
        catalog.statuses
          .filter(status => categories.includes(status.category) && (!statusIds || statusIds.has(status.id)))
          .map(status => status.id)
      )
    : statusIds;
  const known = new Set(catalog.statuses.map(status => status.id));
  const subjectOnly = mode === 'subject';
  const test = (summary: CaseSummary): boolean => {
    if (allowed && !allowed.has(summary.statusId)) {
      // A status the catalog does not know means the database is inconsistent (statusById says so).
      if (categories && !known.has(summary.statusId)) statusById(catalog, summary.statusId);
      return false;
    }
    if (terms.length === 0) return true;
    const key = subjectOnly ? summary.subjectKey : summary.searchKey;
    for (const term of terms) if (!key.includes(term)) return false;
    return true;
  };
  const key = JSON.stringify([categories ?? null, query.statusIds ?? null, subjectOnly, terms]);
  return { key, test };
}

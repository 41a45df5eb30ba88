import * as z from 'zod/mini';
import { Case, HelpDeskError, pageOf, StatusCategory, type CaseQuery, type Page } from '../../core/index.js';
import { requireCapability } from './capability-defaults.js';
import type { CaseSummary } from './case-index.js';
import { caseSortKeyOf, comparePositions, DEFAULT_CASE_SORT, type CaseSort, type Position } from './case-order.js';
import { statusById, toCase } from './case-view.js';
import { checked } from './checked.js';
import type { LocalContext } from './context.js';
import { decodeCursor, encodeCursor, pageSize, SortKey } from './cursor.js';
import { invalid } from './errors.js';
import type { CatalogRecord, UserRecord } from './records.js';
import { requireUser } from './sessions.js';
import { matchesQuery } from './text.js';

const SORT_FIELDS = ['createdAt', 'updatedAt', 'reference', 'subject', 'priority', 'status'] as const;

/** What a case-list cursor holds: the sort it was made for, and the last case handed out (its key and id). */
const CaseCursor = z.object({
  f: z.enum(SORT_FIELDS),
  d: z.enum(['asc', 'desc']),
  k: SortKey,
  i: z.string()
});

const CasePage = pageOf(Case);

export async function listCases(ctx: LocalContext, query: CaseQuery): Promise<Page<Case>> {
  requireCapability(ctx.capabilities.cases.list, 'case lists');
  const user = await requireUser(ctx);
  const { db, catalog } = await ctx.state();
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

  const inScope = scopeFilter(ctx, user, query.scope);
  const matches = filterFor(ctx, catalog, query);
  const matching = [...(await ctx.caseIndex.summaries(db))].filter(summary => inScope(summary) && matches(summary));
  const keyOf = caseSortKeyOf(catalog, sort.field);
  const ordered = matching
    .map(summary => ({ key: keyOf(summary), id: summary.id }))
    .sort((a, b) => comparePositions(a, b, sort.direction));
  const start = after ? firstAfter(ordered, { key: after.k, id: after.i }, sort.direction) : 0;
  const slice = ordered.slice(start, start + size);
  const last = slice.at(-1);
  const nextCursor =
    last && start + size < ordered.length
      ? encodeCursor({ f: sort.field, d: sort.direction, k: last.key, i: last.id })
      : null;

  // Only the page's cases are read in full.
  const tx = db.transaction('cases');
  const records = await Promise.all(slice.map(position => tx.store.get(position.id)));
  const items = records.flatMap(record => (record ? [toCase(catalog, record)] : []));
  return checked(CasePage, { items, nextCursor, total: matching.length }, 'case page');
}

function scopeFilter(ctx: LocalContext, me: UserRecord, scope: CaseQuery['scope']): (summary: CaseSummary) => boolean {
  if (scope === 'mine') return summary => summary.requesterId === me.id;
  if (scope !== 'organization') throw invalid(`Unknown scope "${String(scope)}".`, { scope: 'Unknown scope.' });
  requireCapability(ctx.capabilities.cases.organizationScope, 'organization-wide case lists');
  const organizationId = me.organizationId;
  if (organizationId === undefined) {
    throw new HelpDeskError('forbidden', 'The signed-in user belongs to no organization.');
  }
  return summary => summary.organizationId === organizationId;
}

function checkSort(sort: CaseQuery['sort']): CaseSort {
  if (!sort) return DEFAULT_CASE_SORT;
  if (!SORT_FIELDS.includes(sort.field) || (sort.direction !== 'asc' && sort.direction !== 'desc')) {
    throw invalid('Unknown sort field or direction.', { sort: 'Unknown sort.' });
  }
  return sort;
}

function filterFor(ctx: LocalContext, catalog: CatalogRecord, query: CaseQuery): (summary: CaseSummary) => boolean {
  const categories = query.statusCategories;
  if (categories?.some(category => !StatusCategory.options.includes(category))) {
    throw invalid('Unknown status category.', { statusCategories: 'Unknown status category.' });
  }
  const statusIds = query.statusIds && new Set(query.statusIds);
  const search = query.search?.trim() ?? '';
  const mode = ctx.capabilities.cases.search;
  if (search !== '') requireCapability(mode !== 'none', 'case search');
  const categoryOf = new Map(catalog.statuses.map(status => [status.id, status.category]));
  return record =>
    (!categories ||
      categories.includes(categoryOf.get(record.statusId) ?? statusById(catalog, record.statusId).category)) &&
    (!statusIds || statusIds.has(record.statusId)) &&
    (search === '' || matchesQuery(mode === 'subject' ? record.subjectKey : record.searchKey, search));
}

/** Index of the first item strictly after `cursor` in the listing's order (items are sorted that way). */
function firstAfter(items: Position[], cursor: Position, direction: 'asc' | 'desc'): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const item = items[middle];
    if (item && comparePositions(item, cursor, direction) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

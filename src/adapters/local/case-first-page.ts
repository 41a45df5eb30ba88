import { unwrap, wrap } from 'idb';
import type { Case, CaseQuery, Page } from '../../core/index.js';
import type { CasesTransaction } from './case-index.js';
import type { CaseSort } from './case-order.js';
import { caseOf, CasePage } from './case-view.js';
import { checked } from './checked.js';
import { encodeCursor } from './cursor.js';
import type { CaseRecord, CatalogRecord } from './records.js';

/** `IDBIndex.getAllRecords` (IndexedDB 3.0; Chromium 141+): a page in either direction in one request. */
type WithGetAllRecords = IDBIndex & {
  getAllRecords?: (options: {
    query: IDBKeyRange;
    count: number;
    direction: IDBCursorDirection;
  }) => IDBRequest<{ value: CaseRecord }[]>;
};

/** Whose cases a listing is: the IndexedDB index by owner and creation time, and the owner's id. */
export interface CaseOwner {
  index: 'requesterCreated' | 'organizationCreated';
  id: string;
}

/**
 * Whether a listing can be answered from IndexedDB's own indexes: a first page of every case of one requester or
 * organization, by creation time, without a search or a status filter (the list a customer sees first).
 */
export function isPlainFirstPage(query: CaseQuery, sort: CaseSort): boolean {
  return (
    !query.cursor &&
    sort.field === 'createdAt' &&
    !query.search?.trim() &&
    query.statusCategories === undefined &&
    query.statusIds === undefined
  );
}

/**
 * The first page of a plain listing (`isPlainFirstPage`) read through the `requesterCreated` or
 * `organizationCreated` index: `size` records and a count, instead of the whole in-memory case index, which a page's
 * first listing would otherwise wait for (about 50 ms for 10,000 cases). Same order and cursor as the index gives
 * (creation time, then id), so the next pages continue from it.
 */
export async function plainFirstPage(
  tx: CasesTransaction,
  catalog: CatalogRecord,
  owner: CaseOwner,
  sort: CaseSort,
  size: number
): Promise<Page<Case>> {
  const index = tx.objectStore('cases').index(owner.index);
  // Every [owner, createdAt]: arrays sort after strings, so [owner, []] is past every creation time.
  const range = IDBKeyRange.bound([owner.id], [owner.id, []]);
  const direction = sort.direction === 'desc' ? 'prev' : 'next';
  const counting = index.count(range);
  let records: CaseRecord[] = [];
  const native = unwrap(index) as WithGetAllRecords;
  if (typeof native.getAllRecords === 'function') {
    const found = await wrap(native.getAllRecords({ query: range, count: size, direction }));
    records = found.map(record => record.value);
  } else {
    // A cursor elsewhere: a request per case.
    let cursor = await index.openCursor(range, direction);
    while (cursor) {
      records.push(cursor.value);
      cursor = records.length < size ? await cursor.continue() : null;
    }
  }
  const total = await counting;
  const last = records.at(-1);
  const nextCursor =
    last && records.length < total
      ? encodeCursor({ f: sort.field, d: sort.direction, k: last.createdAt, i: last.id })
      : null;
  return checked(CasePage, { items: records.map(record => caseOf(catalog, record)), nextCursor, total }, 'case page');
}

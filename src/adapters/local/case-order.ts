import { PRIORITY_ORDER, type CaseSortField } from '../../core/index.js';
import { compareKeys, type SortKey } from './cursor.js';
import type { CaseSummary } from './case-index.js';
import type { CatalogRecord } from './records.js';

export interface CaseSort {
  field: CaseSortField;
  direction: 'asc' | 'desc';
}

export const DEFAULT_CASE_SORT: CaseSort = { field: 'createdAt', direction: 'desc' };

/**
 * The value a case sorts by. Subjects sort folded (case and accents ignored), priorities by urgency, statuses by
 * their place in the catalog's workflow (new before closed), times as ISO strings (which sort chronologically).
 */
export function caseSortKeyOf(catalog: CatalogRecord, field: CaseSortField): (record: CaseSummary) => SortKey {
  switch (field) {
    case 'createdAt':
      return record => record.createdAt;
    case 'updatedAt':
      return record => record.updatedAt;
    case 'reference':
      return record => record.reference;
    case 'subject':
      return record => record.subjectKey;
    case 'priority':
      return record => PRIORITY_ORDER.indexOf(record.priority);
    case 'status': {
      const rank = new Map(catalog.statuses.map((status, index) => [status.id, index]));
      return record => rank.get(record.statusId) ?? catalog.statuses.length;
    }
  }
}

/** A position in a sorted listing: the sort key, then the id, which makes the order total. */
export interface Position {
  key: SortKey;
  id: string;
}

/** Compares two positions in ascending order; the id breaks ties, so no two positions are equal. */
export function compareAscending(a: Position, b: Position): number {
  return compareKeys(a.key, b.key) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * How many of `items` (sorted ascending) come before `position`: strictly before it, or also the item at it with
 * `inclusive`. A binary search, so seeking a cursor in 10,000 cases takes about 14 comparisons.
 */
export function countBefore(items: readonly Position[], position: Position, inclusive: boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const order = compareAscending(items[middle] as Position, position);
    if (order < 0 || (inclusive && order === 0)) low = middle + 1;
    else high = middle;
  }
  return low;
}

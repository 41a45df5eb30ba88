import type { ComplexAttributeConverter } from 'lit';
import type { CaseSortField } from '../../core/adapter.js';

// The columns of <hd-case-list>: which there are, which sort, how wide, and the `columns` attribute.

/** The columns a list can show; seed 001's table is `reference,subject,organization,priority,status,createdAt`. */
export type CaseColumn = 'reference' | 'subject' | 'organization' | 'priority' | 'status' | 'createdAt' | 'updatedAt';

export const CASE_COLUMNS: readonly CaseColumn[] = [
  'reference',
  'subject',
  'organization',
  'priority',
  'status',
  'createdAt',
  'updatedAt'
];

export const DEFAULT_COLUMNS: readonly CaseColumn[] = ['reference', 'subject', 'status', 'priority', 'createdAt'];

/** Columns that map to a sort field of the adapter contract. */
export const SORTABLE: Partial<Record<CaseColumn, CaseSortField>> = {
  reference: 'reference',
  subject: 'subject',
  priority: 'priority',
  status: 'status',
  createdAt: 'createdAt',
  updatedAt: 'updatedAt'
};

/**
 * Every row is a grid of its own (a virtualized row is positioned on its own), so columns line up through one shared
 * track list. Text wraps within small minimums (all seven columns still fit in 42rem), so the table never scrolls
 * sideways; below 42rem the rows become cards anyway.
 */
export const COLUMN_TRACKS: Record<CaseColumn, string> = {
  reference: 'minmax(6rem, 1.15fr)',
  subject: 'minmax(6rem, 2.6fr)',
  organization: 'minmax(5rem, 1.3fr)',
  priority: 'minmax(6.5rem, 0.75fr)',
  status: 'minmax(6rem, 1.15fr)',
  createdAt: 'minmax(6rem, 1.1fr)',
  updatedAt: 'minmax(6rem, 1.1fr)'
};

/** `columns="reference, subject,status"`: known keys in the order given; unknown ones are ignored. */
export const columnsConverter: ComplexAttributeConverter<readonly CaseColumn[]> = {
  fromAttribute(value: string | null): readonly CaseColumn[] {
    if (!value) return DEFAULT_COLUMNS;
    const keys = value
      .split(',')
      .map(key => key.trim())
      .filter((key): key is CaseColumn => (CASE_COLUMNS as readonly string[]).includes(key));
    return keys.length ? [...new Set(keys)] : DEFAULT_COLUMNS;
  },
  toAttribute(value: readonly CaseColumn[]): string {
    return value.join(',');
  }
};

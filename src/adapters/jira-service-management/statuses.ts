import type { Status, StatusCategory } from '../../core/index.js';
import type { StatusDto } from './schemas.js';

// Jira gives a request's status by name with one of three status categories (NEW, INDETERMINATE, DONE; UNDEFINED
// when unknown) and no id a customer may use. The name is the status id here. Names of Jira Service Management's
// default workflows say more than the category ("Waiting for customer" is INDETERMINATE, but the customer must act),
// so they are looked up first; then the category decides.

const BY_NAME: Readonly<Record<string, StatusCategory>> = {
  'waiting for support': 'waiting-on-support',
  'waiting for customer': 'waiting-on-customer',
  'waiting for approval': 'waiting-on-support',
  pending: 'waiting-on-support',
  escalated: 'open',
  'in progress': 'open',
  'work in progress': 'open',
  'under investigation': 'open',
  'under review': 'open',
  open: 'new',
  new: 'new',
  'to do': 'new',
  resolved: 'resolved',
  done: 'resolved',
  completed: 'resolved',
  closed: 'closed',
  canceled: 'closed',
  cancelled: 'closed',
  declined: 'closed',
  rejected: 'closed'
};

const BY_JIRA_CATEGORY: Readonly<Record<string, StatusCategory>> = {
  NEW: 'new',
  INDETERMINATE: 'open',
  DONE: 'resolved',
  UNDEFINED: 'open'
};

export type StatusTable = Readonly<Record<string, StatusCategory>>;

/** The built-in names with the vendor's overrides (`statusCategories` option), keys folded to lower case. */
export function statusTable(overrides: Record<string, StatusCategory> | undefined): StatusTable {
  const table: Record<string, StatusCategory> = { ...BY_NAME };
  for (const [name, category] of Object.entries(overrides ?? {})) table[name.trim().toLowerCase()] = category;
  return table;
}

export function mapStatus(table: StatusTable, dto: StatusDto | undefined): Status {
  const name = dto?.status?.trim() || 'Unknown';
  const jiraCategory = dto?.statusCategory ?? 'UNDEFINED';
  let category = table[name.toLowerCase()] ?? BY_JIRA_CATEGORY[jiraCategory] ?? 'open';
  // A name can be reused across workflows; never call a DONE status open, nor an open one done.
  const done = jiraCategory === 'DONE';
  const closedCategory = category === 'resolved' || category === 'closed';
  if (done && !closedCategory) category = 'resolved';
  if (!done && jiraCategory !== 'UNDEFINED' && closedCategory) category = 'open';
  return { id: name, label: name, category };
}

export const CLOSED_CATEGORIES: readonly StatusCategory[] = ['resolved', 'closed'];

/** The coarse filter Jira can apply itself (`requestStatus`); the adapter then filters by the exact categories. */
export function requestStatusFor(categories: readonly StatusCategory[] | undefined): string {
  if (!categories || categories.length === 0) return 'ALL_REQUESTS';
  const closed = categories.filter(category => CLOSED_CATEGORIES.includes(category));
  if (closed.length === categories.length) return 'CLOSED_REQUESTS';
  if (closed.length === 0) return 'OPEN_REQUESTS';
  return 'ALL_REQUESTS';
}

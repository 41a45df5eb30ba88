import type { Status, StatusCategory } from '../../core/index.js';
import type { ZendeskStatus } from './options.js';

// Zendesk's six request statuses and the categories every backend's statuses fall into. From the customer's side:
// `pending` waits for their reply, `hold` waits on a third party (support is still on it), `solved` can still be
// reopened by a reply, `closed` cannot.

export const STATUS_CATEGORY: Readonly<Record<ZendeskStatus, StatusCategory>> = {
  new: 'new',
  open: 'open',
  pending: 'waiting-on-customer',
  hold: 'waiting-on-support',
  solved: 'resolved',
  closed: 'closed'
};

const LABELS: Readonly<Record<ZendeskStatus, string>> = {
  new: 'New',
  open: 'Open',
  pending: 'Awaiting your reply',
  hold: 'On hold',
  solved: 'Solved',
  closed: 'Closed'
};

export const ZENDESK_STATUSES = Object.keys(STATUS_CATEGORY) as ZendeskStatus[];

function isZendeskStatus(value: string): value is ZendeskStatus {
  return value in STATUS_CATEGORY;
}

/** A request's status for the UI; a status Zendesk may add later counts as open. */
export function statusOf(status: string, labels: Partial<Record<ZendeskStatus, string>> = {}): Status {
  if (!isZendeskStatus(status)) return { id: status, label: status, category: 'open' };
  return { id: status, label: labels[status] ?? LABELS[status], category: STATUS_CATEGORY[status] };
}

/**
 * The Zendesk statuses a filter asks for: those of the categories and those named, both when both are given;
 * undefined when there is no filter. An empty list means nothing can match.
 */
export function statusFilter(
  categories?: readonly StatusCategory[],
  ids?: readonly string[]
): ZendeskStatus[] | undefined {
  let statuses: ZendeskStatus[] | undefined;
  if (categories && categories.length > 0)
    statuses = ZENDESK_STATUSES.filter(s => categories.includes(STATUS_CATEGORY[s]));
  if (ids && ids.length > 0) {
    const named = ZENDESK_STATUSES.filter(s => ids.includes(s));
    statuses = statuses ? statuses.filter(s => named.includes(s)) : named;
  }
  return statuses;
}

import {
  HelpDeskError,
  PRIORITY_ORDER,
  type Case,
  type CaseQuery,
  type Page,
  type Session,
  type StatusCategory
} from '../../core/index.js';
import type { ZendeskCatalog } from './catalog.js';
import type { ZendeskClient } from './client.js';
import { decodeCursor, encodeCursor, fingerprint, ListCursor, pageSize } from './cursor.js';
import type { ZendeskAdapterOptions } from './options.js';
import { caseOf, requestValues } from './requests.js';
import { statusFilter } from './status.js';
import { RequestsResponse, type RequestWire } from './wire.js';

// "My cases": `GET /api/v2/requests` (cursor pagination, sorted by creation or update, filtered by status) and
// `GET /api/v2/requests/search` (full text, offset pagination, at most 1,000 results). Orders Zendesk does not
// offer (subject, priority, status; any order of a search) are made here over the whole result, which is read
// 100 at a time up to 1,000 requests.

export interface ListingDeps {
  client: ZendeskClient;
  catalog: ZendeskCatalog;
  options: ZendeskAdapterOptions;
}

const MAX_SORTED = 1000;
const CATEGORY_ORDER: readonly StatusCategory[] = [
  'new',
  'open',
  'waiting-on-support',
  'waiting-on-customer',
  'resolved',
  'closed'
];

type Sort = NonNullable<CaseQuery['sort']>;

function compareCases(sort: Sort): (a: Case, b: Case) => number {
  const value = (item: Case): string | number => {
    switch (sort.field) {
      case 'subject':
        return item.subject.toLocaleLowerCase();
      case 'priority':
        return PRIORITY_ORDER.indexOf(item.priority);
      case 'status':
        return CATEGORY_ORDER.indexOf(item.status.category);
      case 'updatedAt':
        return Date.parse(item.updatedAt);
      case 'reference':
        return Number(item.id);
      default:
        return Date.parse(item.createdAt);
    }
  };
  const sign = sort.direction === 'desc' ? -1 : 1;
  return (a, b) => {
    const [left, right] = [value(a), value(b)];
    const order =
      typeof left === 'string' && typeof right === 'string' ? left.localeCompare(right) : Number(left) - Number(right);
    return (order || Number(a.id) - Number(b.id)) * sign;
  };
}

export async function listCases(
  deps: ListingDeps,
  session: Session,
  query: CaseQuery,
  signal?: AbortSignal
): Promise<Page<Case>> {
  if (query.scope === 'organization') {
    throw new HelpDeskError('unsupported', "Zendesk's end-user API does not list an organization's requests.");
  }
  const size = pageSize(query.size);
  const statuses = statusFilter(query.statusCategories, query.statusIds);
  const search = query.search?.trim() ?? '';
  const sort: Sort = query.sort ?? { field: 'createdAt', direction: 'desc' };
  const native = search === '' && ['createdAt', 'updatedAt', 'reference'].includes(sort.field);
  const q = fingerprint([statuses, search, sort]);
  const cursor = query.cursor ? decodeCursor(query.cursor, ListCursor, q) : undefined;
  if (statuses?.length === 0) return { items: [], nextCursor: null, total: 0 };
  const { fields } = await deps.catalog.load(signal);

  const toCases = (requests: RequestWire[]) =>
    Promise.all(
      requests.map(async request =>
        caseOf(request, {
          fields,
          session,
          options: deps.options,
          path: await deps.catalog.pathOf(request.ticket_form_id, requestValues(request, fields))
        })
      )
    );

  if (native) {
    if (cursor && cursor.m !== 'cursor') throw badCursor();
    const params = new URLSearchParams({
      'page[size]': String(size),
      sort_by: sort.field === 'updatedAt' ? 'updated_at' : 'created_at',
      sort_order: sort.direction
    });
    if (statuses) params.set('status', statuses.join(','));
    if (cursor) params.set('page[after]', cursor.after);
    const answer = await deps.client.get('requests', params, RequestsResponse, 'the list of requests', signal);
    const after = answer.meta?.has_more ? answer.meta.after_cursor : undefined;
    return {
      items: await toCases(answer.requests),
      nextCursor: after ? encodeCursor({ m: 'cursor', q, after }) : null
    };
  }

  if (search !== '' && query.sort === undefined) {
    // Zendesk's own relevance order, a page at a time.
    if (cursor && cursor.m !== 'page') throw badCursor();
    const page = cursor?.m === 'page' ? cursor.page : 1;
    const answer = await deps.client.get(
      'requests/search',
      searchParams(search, statuses, page, size),
      RequestsResponse,
      'the search',
      signal
    );
    const more = answer.next_page !== null && answer.next_page !== undefined && page * size < MAX_SORTED;
    return {
      items: await toCases(answer.requests),
      nextCursor: more ? encodeCursor({ m: 'page', q, page: page + 1 }) : null,
      ...(typeof answer.count === 'number' ? { total: Math.min(answer.count, MAX_SORTED) } : {})
    };
  }

  if (cursor && cursor.m !== 'offset') throw badCursor();
  const all = (await toCases(await readAll(deps, search, statuses, signal))).sort(compareCases(sort));
  const offset = cursor?.m === 'offset' ? cursor.offset : 0;
  const items = all.slice(offset, offset + size);
  return {
    items,
    nextCursor: offset + size < all.length ? encodeCursor({ m: 'offset', q, offset: offset + size }) : null,
    total: all.length
  };
}

function searchParams(search: string, statuses: string[] | undefined, page: number, size: number): URLSearchParams {
  const params = new URLSearchParams({ query: search, page: String(page), per_page: String(size) });
  if (statuses) params.set('status', statuses.join(','));
  return params;
}

/** Every matching request, 100 at a time, up to 1,000. */
async function readAll(
  deps: ListingDeps,
  search: string,
  statuses: string[] | undefined,
  signal?: AbortSignal
): Promise<RequestWire[]> {
  const requests: RequestWire[] = [];
  if (search !== '') {
    for (let page = 1; requests.length < MAX_SORTED; page++) {
      const answer = await deps.client.get(
        'requests/search',
        searchParams(search, statuses, page, 100),
        RequestsResponse,
        'the search',
        signal
      );
      requests.push(...answer.requests);
      if (!answer.next_page || answer.requests.length === 0) break;
    }
    return requests;
  }
  let after: string | null | undefined;
  do {
    const params = new URLSearchParams({ 'page[size]': '100', sort_by: 'created_at', sort_order: 'desc' });
    if (statuses) params.set('status', statuses.join(','));
    if (after) params.set('page[after]', after);
    const answer = await deps.client.get('requests', params, RequestsResponse, 'the list of requests', signal);
    requests.push(...answer.requests);
    after = answer.meta?.has_more ? answer.meta.after_cursor : undefined;
  } while (after && requests.length < MAX_SORTED);
  return requests;
}

function badCursor(): HelpDeskError {
  return new HelpDeskError('invalid', 'The page cursor belongs to another listing.', {
    reason: 'bad-cursor',
    fieldErrors: { cursor: 'Malformed cursor.' }
  });
}

import { base64UrlToText, HelpDeskError, textToBase64Url } from '../../core/index.js';
import type { DateDto } from './schemas.js';

// Jira pages with offsets (`start`, `limit`) over an order it chooses (latest activity first). An offset moves when a
// request is raised between two page loads, so a page would repeat or skip one. The adapter reads the listing, orders
// it itself and hands out keyset cursors: a cursor names the last item given (its sort key and id), never an offset.

export type SortKey = string | number;

export interface Keyed<T> {
  item: T;
  key: SortKey;
  /** A total tie-break: Jira's numeric issue or comment id. */
  id: string;
}

interface CursorPayload {
  /** What kind of listing and order it was made for. */
  o: string;
  k: SortKey;
  i: string;
}

function badCursor(cause?: unknown): HelpDeskError {
  return new HelpDeskError('invalid', 'The page cursor is malformed or belongs to another listing.', {
    reason: 'bad-cursor',
    fieldErrors: { cursor: 'Malformed cursor.' },
    cause
  });
}

export function decodeCursor(cursor: string | null | undefined, order: string): { k: SortKey; i: string } | undefined {
  if (cursor === undefined || cursor === null || cursor === '') return undefined;
  let payload: unknown;
  try {
    payload = JSON.parse(base64UrlToText(cursor));
  } catch (error) {
    throw badCursor(error);
  }
  const value = payload as Partial<CursorPayload> | null;
  if (
    !value ||
    value.o !== order ||
    (typeof value.k !== 'string' && typeof value.k !== 'number') ||
    typeof value.i !== 'string'
  ) {
    throw badCursor();
  }
  return { k: value.k, i: value.i };
}

function compareKeys(a: SortKey, b: SortKey): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const left = String(a);
  const right = String(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

function compareIds(a: string, b: string): number {
  const [x, y] = [Number(a), Number(b)];
  if (Number.isFinite(x) && Number.isFinite(y) && x !== y) return x - y;
  return a < b ? -1 : a > b ? 1 : 0;
}

function compare(a: { key: SortKey; id: string }, b: { key: SortKey; id: string }, direction: 'asc' | 'desc') {
  const order = compareKeys(a.key, b.key) || compareIds(a.id, b.id);
  return direction === 'asc' ? order : -order;
}

/** Page size: `fallback` unless asked, at most `max`; anything but a positive integer is `invalid`. */
export function pageSize(size: number | undefined, fallback: number, max = 100): number {
  if (size === undefined) return fallback;
  if (!Number.isInteger(size) || size < 1) {
    throw new HelpDeskError('invalid', 'The page size must be a positive integer.', {
      fieldErrors: { size: 'Must be a positive integer.' }
    });
  }
  return Math.min(size, max);
}

/** One page of `keyed`, in `direction`, after the cursor's item; the next cursor when more remain. */
export function keysetPage<T>(
  keyed: readonly Keyed<T>[],
  order: string,
  direction: 'asc' | 'desc',
  cursor: string | null | undefined,
  size: number
): { items: T[]; nextCursor: string | null } {
  const after = decodeCursor(cursor, order);
  const sorted = [...keyed].sort((a, b) => compare(a, b, direction));
  const start = after ? sorted.findIndex(entry => compare(entry, { key: after.k, id: after.i }, direction) > 0) : 0;
  if (start === -1) return { items: [], nextCursor: null };
  const slice = sorted.slice(start, start + size);
  const last = slice.at(-1);
  const more = start + slice.length < sorted.length;
  const nextCursor = more && last ? textToBase64Url(JSON.stringify({ o: order, k: last.key, i: last.id })) : null;
  return { items: slice.map(entry => entry.item), nextCursor };
}

/** A Jira DateDTO as an ISO 8601 instant (`epochMillis` first; Jira's `iso8601` has no colon in its offset). */
export function isoOf(date: DateDto | undefined): string | undefined {
  if (!date) return undefined;
  if (typeof date.epochMillis === 'number' && Number.isFinite(date.epochMillis)) {
    return new Date(date.epochMillis).toISOString();
  }
  if (date.iso8601) {
    const normalized = date.iso8601.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
    const ms = Date.parse(normalized);
    if (!Number.isNaN(ms)) return new Date(ms).toISOString();
  }
  return undefined;
}

import * as z from 'zod/mini';
import { HelpDeskError } from '../../core/index.js';
import { base64UrlToText, textToBase64Url } from './encoding.js';

// Keyset cursors: a page cursor names the last item handed out (its sort key and id), not an offset, so items
// created or deleted between two page loads never make a page repeat or skip an item. The payload is JSON in
// base64url: opaque to callers, who must hand it back unchanged.

export const SortKey = z.union([z.string(), z.number()]);
export type SortKey = z.infer<typeof SortKey>;

export function encodeCursor(payload: unknown): string {
  return textToBase64Url(JSON.stringify(payload));
}

/** Decodes a cursor made by `encodeCursor` for the same kind of listing; anything else is `invalid`. */
export function decodeCursor<T extends z.ZodMiniType>(cursor: string, schema: T): z.infer<T> {
  let payload: unknown;
  try {
    payload = JSON.parse(base64UrlToText(cursor));
  } catch (error) {
    throw malformed(error);
  }
  const result = schema.safeParse(payload);
  if (!result.success) throw malformed(result.error);
  return result.data;
}

function malformed(cause: unknown): HelpDeskError {
  return new HelpDeskError('invalid', 'The page cursor is malformed or belongs to another listing.', {
    reason: 'bad-cursor',
    fieldErrors: { cursor: 'Malformed cursor.' },
    cause
  });
}

/** Compares two sort keys of the same field: numbers numerically, strings by code unit (total and stable). */
export function compareKeys(a: SortKey, b: SortKey): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const left = String(a);
  const right = String(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Page size: 25 unless asked, at most 100; anything but a positive integer is `invalid`. */
export function pageSize(size: number | undefined, fallback = 25, max = 100): number {
  if (size === undefined) return fallback;
  if (!Number.isInteger(size) || size < 1) {
    throw new HelpDeskError('invalid', 'The page size must be a positive integer.', {
      fieldErrors: { size: 'Must be a positive integer.' }
    });
  }
  return Math.min(size, max);
}

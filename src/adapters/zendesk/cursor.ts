import * as z from 'zod/mini';
import { base64UrlToText, HelpDeskError, textToBase64Url } from '../../core/index.js';

// Page cursors handed to the UI: JSON in base64url, opaque to callers. They wrap Zendesk's own cursor (cursor
// pagination), a page number (search, which Zendesk pages by offset only), or an offset into a list the adapter
// sorted itself; `q` ties a cursor to the listing it came from, so a cursor of another listing is refused.

export const ListCursor = z.union([
  z.object({ m: z.literal('cursor'), q: z.string(), after: z.string().check(z.minLength(1)) }),
  z.object({ m: z.literal('page'), q: z.string(), page: z.number().check(z.int(), z.minimum(2)) }),
  z.object({ m: z.literal('offset'), q: z.string(), offset: z.number().check(z.int(), z.minimum(1)) })
]);
export type ListCursor = z.infer<typeof ListCursor>;

export function encodeCursor(cursor: ListCursor | { m: 'comments'; q: string; after: string }): string {
  return textToBase64Url(JSON.stringify(cursor));
}

function malformed(cause?: unknown): HelpDeskError {
  return new HelpDeskError('invalid', 'The page cursor is malformed or belongs to another listing.', {
    reason: 'bad-cursor',
    fieldErrors: { cursor: 'Malformed cursor.' },
    cause
  });
}

/** Decodes a cursor of this adapter for the listing `q`; anything else is `invalid`. */
export function decodeCursor<S extends z.ZodMiniType<{ q: string }>>(cursor: string, schema: S, q: string): z.infer<S> {
  let payload: unknown;
  try {
    payload = JSON.parse(base64UrlToText(cursor));
  } catch (error) {
    throw malformed(error);
  }
  const result = z.safeParse(schema, payload);
  if (!result.success || result.data.q !== q) throw malformed(result.error);
  return result.data;
}

export const CommentCursor = z.object({
  m: z.literal('comments'),
  q: z.string(),
  after: z.string().check(z.minLength(1))
});

/** A short fingerprint of a listing's parameters (FNV-1a), so cursors stay small. */
export function fingerprint(value: unknown): string {
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(value)) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** Page size: 25 unless asked, at most 100 (Zendesk's limit); anything but a positive integer is `invalid`. */
export function pageSize(size: number | undefined, fallback = 25): number {
  if (size === undefined) return fallback;
  if (!Number.isInteger(size) || size < 1) {
    throw new HelpDeskError('invalid', 'The page size must be a positive integer.', {
      fieldErrors: { size: 'Must be a positive integer.' }
    });
  }
  return Math.min(size, 100);
}
